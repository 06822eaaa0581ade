package org.anju.portal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.anju.platform.persistence.BaseEntity;
import org.anju.platform.security.Hashes;
import org.anju.platform.security.Owner;

/** An app's or mini-program's sign-in: the hash of a bearer token and the owner it stands for. */
@Entity
@Table(name = "portal_owner_token")
class OwnerToken extends BaseEntity {

	private String tokenHash;

	private long residentId;

	private long householdId;

	private long projectId;

	private String ownerName;

	private Instant createdAt;

	private Instant expiresAt;

	private Instant revokedAt;

	protected OwnerToken() {
	}

	OwnerToken(String token, Owner owner, Instant now, Instant expiresAt) {
		this.tokenHash = Hashes.sha256(token);
		this.residentId = owner.residentId();
		this.householdId = owner.householdId();
		this.projectId = owner.projectId();
		this.ownerName = owner.name();
		this.createdAt = now;
		this.expiresAt = expiresAt;
	}

	boolean isValid(Instant now) {
		return revokedAt == null && now.isBefore(expiresAt);
	}

	void revoke(Instant now) {
		revokedAt = now;
	}

	Owner owner() {
		return new Owner(residentId, householdId, projectId, ownerName);
	}

	long getResidentId() {
		return residentId;
	}

}
