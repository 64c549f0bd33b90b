package org.puente.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The outcome of a vote or a validation told on its own line after the point it settles ("Résultats : 1 abstention / 7
 * POUR", "Candidature de X : validé"): association minutes record the decision there, and the corpus labels that line.
 * Made-up lines of the shapes found in the development parts.
 */
class VoteOutcomesTests {

	@ParameterizedTest
	@ValueSource(strings = { "**Résultats** : 1 abstention / 7 POUR", "D’accord 89% / 16 votes",
			"Candidature de Paul Martin en remplacement de Léa Roux : validé", "Inscription validée au forum des associations",
			"GitHub adopté comme espace de travail commun", "Sujet retenu (doit tenir en 4 pages),",
			"Le nouveau règlement du pôle a été voté à l’unanimité.", "Resultado: 7 a favor, 1 abstención",
			"De acuerdo 90% / 12 votos", "Presupuesto 2024: aprobado", "Results: 12 for, 0 against", "Budget: approved." })
	void anOutcomeLineStatesADecision(String line) {
		assertThat(SectionCues.inline(line)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Cette requête n'a pas été validée par la mairie.", "Dossier validé par la banque",
			"Le budget a été présenté par la trésorière.", "Résultats du sondage en annexe", "Ordre du jour : voir ci-dessous",
			"Distinguer hypothèses et éléments validés" })
	void aReportOfWhatOthersValidatedIsNone(String line) {
		assertThat(SectionCues.inline(line)).isFalse();
	}

	@Test
	void theOutcomeUnderItsPointIsTheItem() {
		String text = """
				# AG du club

				## Validation du bilan moral
				D’accord 89% / 16 votes\\
				S’abstenir 11% / 2 votes

				## Bureau
				- Candidature de Paul Martin en remplacement de Léa Roux : validé
				- Le bureau présente le calendrier de l'année.

				## Rapport de la trésorière
				La trésorière présente les comptes de l'année.
				""";
		assertThat(TestFiles.readText(text, "fr").items()).extracting(MinutesItem::text).anySatisfy(
				t -> assertThat(t).startsWith("D’accord 89% / 16 votes")).anySatisfy(
				t -> assertThat(t).startsWith("Candidature de Paul Martin en remplacement de Léa Roux : validé"))
			.noneSatisfy(t -> assertThat(t).contains("La trésorière présente"));
	}

	@Test
	void theSameShapeInSpanish() {
		String text = """
				# Asamblea del club

				## Aprobación de las cuentas
				Resultado: 14 a favor, 1 abstención

				## Informe de la presidenta
				La presidenta presenta las actividades del año.
				""";
		assertThat(TestFiles.readText(text, "es").items()).extracting(MinutesItem::text)
			.anySatisfy(t -> assertThat(t).startsWith("Resultado: 14 a favor, 1 abstención"))
			.noneSatisfy(t -> assertThat(t).contains("La presidenta presenta"));
	}
}
