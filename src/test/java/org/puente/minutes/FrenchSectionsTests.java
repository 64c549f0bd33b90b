package org.puente.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The French names of the sections that hold decisions and tasks, as their es/pt/en counterparts are read. */
class FrenchSectionsTests {

	@ParameterizedTest
	@ValueSource(strings = { "À réaliser avant la prochaine réunion", "À prévoir", "Engagements",
			"Recommandations", "Responsabilités", "Points d'action", "Points d’action",
			"Objectifs à atteindre", "Objetivos a alcanzar" })
	void namesADecisionsSection(String heading) {
		assertThat(SectionCues.heading(heading)).isEqualTo(SectionCues.Kind.DECISIONS);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Objectif de la réunion", "Objetivo", "Objective" })
	void leavesTheMeetingsPurposeOut(String heading) {
		assertThat(SectionCues.heading(heading)).isEqualTo(SectionCues.Kind.NEVER);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Répartition des choses à faire :", "Répartition des tâches", "Reparto de tareas",
			"Distribuição de tarefas", "Allocation of action items" })
	void opensAPlainTextTasksList(String line) {
		assertThat(Cues.isAgreementsHeading(line)).isTrue();
	}

	@Test
	void readsTheTasksBelowAPlainTextLabel() {
		MinutesReading.Result result = TestFiles.READING.read("""
				Compte rendu de la réunion du 5 novembre 2014
				1) Compost : le retournement est prévu la semaine prochaine.
				2) Permanence : 22 bénévoles sont inscrits.
				Répartition des choses à faire :
				-Thierry s’occupe de la messagerie ;
				-Yannick actualise le site internet ;
				-Michèle crée un fichier des inscrits ;
				""", LocalDate.of(2014, 11, 5), Optional.of("fr"));
		assertThat(result.items()).extracting(MinutesItem::text).contains("Yannick actualise le site internet ;",
				"Michèle crée un fichier des inscrits ;");
	}

	@Test
	void readsMarkdownTasksBelowAFrenchHeading() {
		MinutesReading.Result result = TestFiles.READING.read("""
				# Compte rendu

				La réunion a permis de repartir sur de nouvelles bases.

				## À réaliser avant la prochaine réunion
				* Déposer le cahier des charges sur Moodle.
				* Choisir les technologies.
				""", LocalDate.of(2020, 9, 9), Optional.of("fr"));
		assertThat(result.items()).extracting(MinutesItem::text).contains("Choisir les technologies.");
	}

	/** A section of outcomes is headed in the singular as often as in the plural (branch fr16). */
	@ParameterizedTest
	@ValueSource(strings = { "Conclusion", "Prochaine étape", "Engagement", "Recommandation", "Conclusão" })
	void namesADecisionsSectionInTheSingular(String heading) {
		assertThat(SectionCues.heading(heading)).isEqualTo(SectionCues.Kind.DECISIONS);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Conclusion :", "Prochaine étape :", "Engagement :", "Recommandation :" })
	void opensAPlainTextListInTheSingular(String line) {
		assertThat(Cues.isAgreementsHeading(line)).isTrue();
	}

	@Test
	void readsTheOutcomesBelowASingularConclusion() {
		assertThat(TestFiles.itemTexts("""
				Réunion du groupe de travail sur les jardins partagés

				Les membres ont fait le tour des parcelles et des demandes en attente. Plusieurs pistes ont été
				évoquées pour la saison prochaine.

				Conclusion :
				- Parcelle du fond pour l'école du quartier.
				- Rangement des outils dans le nouveau cabanon.
				""", "fr")).contains("Parcelle du fond pour l'école du quartier.",
				"Rangement des outils dans le nouveau cabanon.");
	}
}
