package org.anju.complaint;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A link from one complaint to a related one (repeat, duplicate, related). */
@Entity
@Table(name = "complaint_link")
public class ComplaintLink {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Complaint complaint;

	private long relatedId;

	@Enumerated(EnumType.STRING)
	private LinkType type;

	private Instant createdAt;

	protected ComplaintLink() {
	}

	ComplaintLink(Complaint complaint, long relatedId, LinkType type, Instant createdAt) {
		this.complaint = complaint;
		this.relatedId = relatedId;
		this.type = type;
		this.createdAt = createdAt;
	}

	public long getRelatedId() {
		return relatedId;
	}

	public LinkType getType() {
		return type;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

}
