package org.anju.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 in hex: codes and tokens are stored as hashes only, and compared in constant time. */
public final class Hashes {

	private Hashes() {
	}

	public static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java has SHA-256", ex);
		}
	}

	public static boolean same(String hash, String text) {
		return MessageDigest.isEqual(hash.getBytes(StandardCharsets.US_ASCII),
				sha256(text).getBytes(StandardCharsets.US_ASCII));
	}

}
