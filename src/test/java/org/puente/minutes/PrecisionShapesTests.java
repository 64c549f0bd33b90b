package org.puente.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Shapes that look like sections of decisions or like items and are neither (made-up examples). */
class PrecisionShapesTests {

	@Test
	void aNumberedResolutionHeadingNamesItsPointAndIsNoListOfDecisions() {
		String text = """
				# Assemblée du club

				## Résolutions

				### Résolution 1 – Rapport moral

				La présidente présente l'année écoulée.

				Trois sorties ont été organisées au printemps.

				### Résolution 2 – Cotisations

				Il est décidé de porter la cotisation à 20 euros.
				""";
		assertThat(TestFiles.readText(text, "fr").items()).extracting(MinutesItem::text)
			.containsExactly("Il est décidé de porter la cotisation à 20 euros.");
	}
}
