package org.anju.knowledge;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.anju.platform.persistence.BaseEntity;

/** Something the playbook requires recorded on a complaint, and (once taken) its value. */
@Entity
@Table(name = "knowledge_record")
class RecordValue extends BaseEntity {

	private long complaintId;

	private String recordKey;

	private String label;

	@Column(name = "record_value")
	private String value;

	private Instant recordedAt;

	private String recordedBy;

	protected RecordValue() {
	}

	RecordValue(long complaintId, String key, String label) {
		this.complaintId = complaintId;
		this.recordKey = key;
		this.label = label;
	}

	void take(String value, String by, Instant now) {
		this.value = value;
		this.recordedBy = by;
		this.recordedAt = now;
	}

	boolean isMissing() {
		return value == null || value.isBlank();
	}

	String getRecordKey() {
		return recordKey;
	}

	String getLabel() {
		return label;
	}

	String getValue() {
		return value;
	}

	Instant getRecordedAt() {
		return recordedAt;
	}

	String getRecordedBy() {
		return recordedBy;
	}

}
