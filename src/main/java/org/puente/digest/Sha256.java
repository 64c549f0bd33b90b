package org.puente.digest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 in lower-case hexadecimal, written once: a document version's checksum, the source text of minutes under
 * review (the same minutes uploaded again are recognised), a public page's entity tag.
 */
public final class Sha256 {

	private Sha256() {
	}

	/** The 64 hexadecimal digits of the bytes' SHA-256. */
	public static String hex(byte[] bytes) {
		return HexFormat.of().formatHex(digest(bytes));
	}

	/** The SHA-256 of the text's UTF-8 bytes. */
	public static String hex(String text) {
		return hex(text.getBytes(StandardCharsets.UTF_8));
	}

	/** The first {@code bytes} bytes of the SHA-256, in hexadecimal (twice as many digits): enough for a tag. */
	public static String hexPrefix(byte[] content, int bytes) {
		return HexFormat.of().formatHex(digest(content), 0, bytes);
	}

	private static byte[] digest(byte[] bytes) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(bytes);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java platform has SHA-256", ex);
		}
	}
}
