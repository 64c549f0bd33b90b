package org.puente.digest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class Sha256Tests {

	@Test
	void writesTheStandardDigestInLowerCaseHexadecimal() {
		String abc = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
		assertThat(Sha256.hex("abc")).isEqualTo(abc);
		assertThat(Sha256.hex("abc".getBytes(java.nio.charset.StandardCharsets.UTF_8))).isEqualTo(abc);
		assertThat(Sha256.hexPrefix("abc".getBytes(java.nio.charset.StandardCharsets.UTF_8), 12))
			.isEqualTo(abc.substring(0, 24));
	}
}
