package org.puente.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Lines that only record a vote or name what follows are no items (made-up examples). */
class BareLinesTests {

	@Test
	void theSecondAndTheOutcomeOfAMotionAreNoItemsOfTheirOwn() {
		String text = """
				# Club meeting

				### Treasurer's Report

				* Motion to approve the Treasurer's Report as amended by Ana
				* Seconded by Luis
				* Motion carried unanimously

				### Picnic

				A donation of $50 for the picnic was moved by Ana. Luis seconded.
				""";
		assertThat(TestFiles.itemTexts(text, "en")).noneMatch(t -> t.startsWith("Seconded"))
			.noneMatch(t -> t.startsWith("Motion carried")).noneMatch(t -> t.equals("Luis seconded."));
	}

	@Test
	void aNameOrALabelEndingInAColonIsNoItemButAPersonsTaskIs() {
		String text = """
				# Reunião da equipe

				## Encaminhamentos

				- Carlos Souza para:
				  - documentar a reunião 15
				  - revisar a documentação da reunião 18
				- Principais funcionalidades:
				  - cadastro de jogos

				## Tasks

				- Kriti will own:
				  - the release notes
				""";
		assertThat(TestFiles.itemTexts(text, "pt")).noneMatch(t -> t.strip().equals("Carlos Souza para:"))
			.noneMatch(t -> t.strip().equals("Principais funcionalidades:"))
			.anyMatch(t -> t.startsWith("documentar a reunião 15"));
	}
}
