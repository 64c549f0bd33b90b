package org.puente.agreements;

import org.puente.digest.Sha256;

/**
 * An uploaded minutes file: its name, its bytes and their SHA-256, so that the same file sent again is recognised
 * before it is read (reading is what takes long; hashing the bytes in memory takes milliseconds).
 */
record MinutesUpload(String name, byte[] bytes, String sha256) {

	static MinutesUpload of(String name, byte[] bytes) {
		return new MinutesUpload(name, bytes, Sha256.hex(bytes));
	}
}
