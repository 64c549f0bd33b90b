package org.puente.agreements;

import java.io.IOException;
import java.io.InputStream;

import org.puente.digest.Sha256;

/**
 * An uploaded minutes file: its name, its bytes and their SHA-256, so that the same file sent again is recognised
 * before it is read (reading is what takes long).
 */
record MinutesUpload(String name, byte[] bytes, String sha256) {

	/** A file already in memory (the demo's seeds). */
	static MinutesUpload of(String name, byte[] bytes) {
		return new MinutesUpload(name, bytes, Sha256.hex(bytes));
	}

	/** A file read from the upload's stream, its SHA-256 computed as it streams in. */
	static MinutesUpload streamed(String name, InputStream in) throws IOException {
		Sha256.Read read = Sha256.read(in);
		return new MinutesUpload(name, read.bytes(), read.hex());
	}
}
