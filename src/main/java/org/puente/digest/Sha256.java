package org.puente.digest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
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

	/** The bytes of a stream as it is read, with their SHA-256 computed on the way rather than in a second pass. */
	public record Read(byte[] bytes, String hex) {
	}

	/** Reads the whole stream and closes it. */
	public static Read read(InputStream in) throws IOException {
		MessageDigest digest = newDigest();
		try (DigestInputStream digesting = new DigestInputStream(in, digest)) {
			byte[] bytes = digesting.readAllBytes();
			return new Read(bytes, HexFormat.of().formatHex(digest.digest()));
		}
	}

	private static byte[] digest(byte[] bytes) {
		return newDigest().digest(bytes);
	}

	private static MessageDigest newDigest() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java platform has SHA-256", ex);
		}
	}
}
