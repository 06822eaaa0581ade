package org.anju.organisation;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.anju.platform.persistence.BaseEntity;
import org.anju.platform.security.Hashes;

/** A staff account's API token for an integration: its hash, a name to recognise it by, and its lifetime. */
@Entity
@Table(name = "staff_api_token")
class ApiToken extends BaseEntity {

	private long staffId;

	private String name;

	private String tokenHash;

	private Instant createdAt;

	private Instant expiresAt;

	private Instant revokedAt;

	protected ApiToken() {
	}

	ApiToken(long staffId, String name, String token, Instant now, Instant expiresAt) {
		this.staffId = staffId;
		this.name = name;
		this.tokenHash = Hashes.sha256(token);
		this.createdAt = now;
		this.expiresAt = expiresAt;
	}

	boolean isValid(Instant now) {
		return revokedAt == null && now.isBefore(expiresAt);
	}

	void revoke(Instant now) {
		if (revokedAt == null) {
			revokedAt = now;
		}
	}

	long getStaffId() {
		return staffId;
	}

	String getName() {
		return name;
	}

	String getTokenHash() {
		return tokenHash;
	}

	Instant getCreatedAt() {
		return createdAt;
	}

	Instant getExpiresAt() {
		return expiresAt;
	}

	Instant getRevokedAt() {
		return revokedAt;
	}

}
