package org.puente.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the readers found and no register keeps: bare bullets, the meeting's procedure (made-up examples). */
class PrecisionLeftOutTests {

	@Test
	void aBulletOrANumberAloneOnItsLineIsNoItem() {
		String text = """
				Summary of the meeting

				Agreements

				●

				The participants agreed to publish the release in October.

				●

				●

				The editorial team will update the annex.

				3-
				""";
		assertThat(TestFiles.itemTexts(text, "en"))
			.containsExactly("The participants agreed to publish the release in October.",
				"The editorial team will update the annex.");
	}
}
