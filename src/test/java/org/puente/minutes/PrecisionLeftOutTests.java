package org.puente.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
		assertThat(TestFiles.itemTexts(text, "en")).hasSize(2).noneMatch(Structure::wordless) // the layout may lead with a bullet
			.anyMatch(t -> t.endsWith("The participants agreed to publish the release in October."))
			.anyMatch(t -> t.endsWith("The editorial team will update the annex."));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			3- | true
			… | true
			https://www.example.org/guide | true
			<https://example.org> | true
			Ana will publish the guide on https://www.example.org | false
			""")
	void aBareLinkOrANumberAloneIsNoItem(String text, boolean wordless) {
		assertThat(Structure.wordless(text)).isEqualTo(wordless);
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

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			NL: Jesper Cockx (WG1 leader) | true
			Ana Ruiz de la Fuente (tesorera) | true
			Sandra Alves | true
			Sandra Alves will send the report | false
			Responsável: Dayane Lima | false
			Migrar la base de datos | false
			""")
	void aLineOfTheAttendanceListIsNoItemButANamedTaskOrAnOwnerLabelIs(String text, boolean attendance) {
		assertThat(Procedural.frame(text)).isEqualTo(attendance); // "Responsável:" names the owner of the item above
	}
}
