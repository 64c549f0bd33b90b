package org.puente.minutes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Where an item starts under a numbered point that only names a topic (made-up minutes in the corpus's shapes). */
class PointHeadingsTests {

	@Test
	void aToldSentenceInTheAccountBelowATopicHeadingStartsAnItem() {
		List<String> lines = List.of("1 – Subventions du club", "Eliane et Fred nous informent que la mise à jour des"
				+ " signatures est réalisée. Une demande de subvention sera demandée à la municipalité.");
		Segment point = new Segment("1", null, "Subventions du club Eliane et Fred nous informent que la mise à jour des"
				+ " signatures est réalisée. Une demande de subvention sera demandée à la municipalité.");
		assertThat(PointHeadings.cut(lines, List.of(point), ReadingContext.of(String.join("\n", lines)))).extracting(Segment::number, Segment::text)
			.containsExactly(tuple("1", "Subventions du club Eliane et Fred nous informent que la mise à jour des"
					+ " signatures est réalisée."), tuple("", "Une demande de subvention sera demandée à la municipalité."));
	}

	@Test
	void eachDashLineUnderATopicHeadingIsAPointOfItsOwnAndTheHeadingAloneIsNone() {
		List<String> texts = texts("""
				1. Vie administrative du club
				- Obtention d’un minibus par la Région en janvier, mis à disposition gratuitement.
				- Réorganisation des rôles au sein du bureau pour fluidifier la communication.
				2. Pôle éducatif
				- Arbre de Noël fixé au 17 décembre, de 18h à 20h.
				- Accès au jeu libre autorisé cette saison pour les cadets (vote unanime).
				""");
		assertThat(texts).contains("Réorganisation des rôles au sein du bureau pour fluidifier la communication.",
				"Arbre de Noël fixé au 17 décembre, de 18h à 20h.")
			.noneMatch(t -> t.equals("Pôle éducatif") || t.equals("Vie administrative du club"));
	}

	@Test
	void dashLinesThatDetailASentenceStayInIt() {
		List<String> texts = texts("""
				2- Déneigement
				Le prestataire actuel ne peut plus assurer le déneigement. Ses tarifs sont :
				- Charges fixes : 160€ annuelle
				- Le passage : 67€/heure
				3- Vente des tables
				La mairie dispose de vingt tables.
				""");
		assertThat(texts).noneMatch(t -> t.startsWith("Charges fixes") || t.startsWith("Le passage"));
	}

	@Test
	void aNumberedParagraphOrAPointThatOpensWithItsDecisionStaysWhole() {
		// the number before a sentence: one numbered paragraph, read whole (the labellers read its start two ways)
		assertThat(PointHeadings.topic("Con motivo del inicio del nuevo año se analizan los valores.")).isFalse();
		assertThat(PointHeadings.topic("Proponer a la CRM un calendario de reuniones")).isFalse();
		assertThat(PointHeadings.topic("Northern Wave Competition")).isTrue();
		assertThat(PointHeadings.topic("Vente des tables de la salle des fêtes")).isTrue();
		List<String> lines = List.of("9. Proponer a la CRM un calendario de reuniones",
				"En ese sentido, la PPT enviará la propuesta a los países.");
		assertThat(PointHeadings.headings(lines)).isEmpty();
	}

	private static List<String> texts(String minutes) {
		return Segmenter.segment(minutes, ReadingContext.of(minutes)).stream().map(Segment::text).toList();
	}
}
