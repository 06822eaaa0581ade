package org.anju.portal;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.anju.platform.persistence.BaseEntity;
import org.anju.platform.security.Hashes;

/** A one-time code sent to a mobile: valid until it expires, is used, or was guessed wrong too often. */
@Entity
@Table(name = "portal_login_code")
class LoginCode extends BaseEntity {

	static final int MAX_ATTEMPTS = 5;

	private String mobile;

	private String codeHash;

	private Instant createdAt;

	private Instant expiresAt;

	private int attempts;

	private Instant usedAt;

	protected LoginCode() {
	}

	LoginCode(String mobile, String code, Instant now, Duration validity) {
		this.mobile = mobile;
		this.codeHash = Hashes.sha256(mobile + ":" + code);
		this.createdAt = now;
		this.expiresAt = now.plus(validity);
	}

	boolean isLive(Instant now) {
		return usedAt == null && attempts < MAX_ATTEMPTS && now.isBefore(expiresAt);
	}

	/** Checks a code typed in; a wrong one counts against the code. */
	boolean matches(String code) {
		if (Hashes.same(codeHash, mobile + ":" + code)) {
			return true;
		}
		attempts++;
		return false;
	}

	void use(Instant now) {
		usedAt = now;
	}

	int attemptsLeft() {
		return MAX_ATTEMPTS - attempts;
	}

	Instant getCreatedAt() {
		return createdAt;
	}

}
