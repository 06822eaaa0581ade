package org.anju.complaint;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A photo, recording or document of a complaint; the bytes live in the data directory under {@code storageKey}. */
@Entity
@Table(name = "complaint_attachment")
public class Attachment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Complaint complaint;

	private String fileName;

	private String contentType;

	private long sizeBytes;

	private String storageKey;

	private Instant uploadedAt;

	private Long uploadedBy;

	protected Attachment() {
	}

	Attachment(Complaint complaint, StoredFile file, Instant uploadedAt, Long uploadedBy) {
		this.complaint = complaint;
		this.fileName = file.fileName();
		this.contentType = file.contentType();
		this.sizeBytes = file.sizeBytes();
		this.storageKey = file.storageKey();
		this.uploadedAt = uploadedAt;
		this.uploadedBy = uploadedBy;
	}

	public Long getId() {
		return id;
	}

	public String getFileName() {
		return fileName;
	}

	public String getContentType() {
		return contentType;
	}

	public long getSizeBytes() {
		return sizeBytes;
	}

	public String getStorageKey() {
		return storageKey;
	}

	public Instant getUploadedAt() {
		return uploadedAt;
	}

	public Long getUploadedBy() {
		return uploadedBy;
	}

}
