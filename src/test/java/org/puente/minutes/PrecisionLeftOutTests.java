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

				● ●

				The editorial team will update the annex.
				""";
		assertThat(TestFiles.itemTexts(text, "en"))
			.containsExactly("The participants agreed to publish the release in October.",
				"The editorial team will update the annex.");
	}

	@Test
	void aBareLinkOrANumberAloneIsNoItem() {
		assertThat(Structure.wordless("3-")).isTrue();
		assertThat(Structure.wordless("…")).isTrue();
		assertThat(Structure.wordless("https://www.example.org/guide")).isTrue();
		assertThat(Structure.wordless("<https://example.org>")).isTrue();
		assertThat(Structure.wordless("Ana will publish the guide on https://www.example.org")).isFalse();
	}

	@Test
	void theMeetingsPurposeExamplesAndPointsForInformationHoldNoDecisions() {
		for (String heading : new String[] { "Purpose:", "Propósito de la reunión", "Exemples", "Ejemplos", "Points for information",
				"Para conhecimento", "Pour information", "Informe de la presidencia" }) {
			assertThat(SectionCues.heading(heading)).as(heading).isEqualTo(SectionCues.Kind.NEVER);
		}
		assertThat(SectionCues.heading("Objectifs prochaine réunion")).isNotEqualTo(SectionCues.Kind.NEVER);
		String text = """
				# Weekly call

				## Purpose

				- Review the drafted provisions
				- Discuss the proposed changes

				## Decisions

				- The team agreed to publish the draft on 3 May.
				""";
		assertThat(TestFiles.itemTexts(text, "en")).containsExactly("The team agreed to publish the draft on 3 May.");
	}

	@Test
	void aLineOfTheAttendanceListIsNoItemButANamedTaskIs() {
		assertThat(Procedural.frame("NL: Jesper Cockx (WG1 leader)")).isTrue();
		assertThat(Procedural.frame("Ana Ruiz de la Fuente (tesorera)")).isTrue();
		assertThat(Procedural.frame("Sandra Alves")).isTrue();
		assertThat(Procedural.frame("Sandra Alves will send the report")).isFalse();
		assertThat(Procedural.frame("Responsável: Dayane Lima")).isFalse(); // the owner of the item above, merged into it
		assertThat(Procedural.frame("Migrar la base de datos")).isFalse();
	}
}
