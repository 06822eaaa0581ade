package org.anju.intake;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.anju.platform.persistence.BaseEntity;

/**
 * A WeChat user's claim to be a resident, waiting for the code that was sent by SMS to the
 * resident's mobile. Only a hash of the code is kept; a claim expires, and too many wrong codes
 * void it.
 */
@Entity
@Table(name = "intake_wechat_binding")
class WechatBinding extends BaseEntity {

	static final int MAX_ATTEMPTS = 5;

	private String openId;

	private long residentId;

	private String codeHash;

	private Instant createdAt;

	private Instant expiresAt;

	private int attempts;

	protected WechatBinding() {
	}

	WechatBinding(String openId) {
		this.openId = openId;
	}

	/** A new claim (or one replacing an earlier one of the same WeChat user). */
	void claim(long residentId, String code, Instant now, Duration validity) {
		this.residentId = residentId;
		this.codeHash = hash(code);
		this.createdAt = now;
		this.expiresAt = now.plus(validity);
		this.attempts = 0;
	}

	/** Whether the code is the one sent; a wrong one counts against {@link #MAX_ATTEMPTS}. */
	boolean confirm(String code) {
		if (MessageDigest.isEqual(codeHash.getBytes(StandardCharsets.US_ASCII),
				hash(code).getBytes(StandardCharsets.US_ASCII))) {
			return true;
		}
		attempts++;
		return false;
	}

	boolean isExpired(Instant now) {
		return !now.isBefore(expiresAt);
	}

	boolean isVoid() {
		return attempts >= MAX_ATTEMPTS;
	}

	int attemptsLeft() {
		return MAX_ATTEMPTS - attempts;
	}

	private String hash(String code) {
		try {
			MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(sha256.digest((openId + ":" + code).getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	String getOpenId() {
		return openId;
	}

	long getResidentId() {
		return residentId;
	}

	Instant getCreatedAt() {
		return createdAt;
	}

}
