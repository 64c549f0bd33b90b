package org.puente.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * How the text is cut, whatever a document's words: a sentence is not cut after a title or a reference written with a
 * stop ("Sr.", "Dra.", "art.", "Mr.", "M."), in es/en/pt/fr.
 */
class TextCutsTests {

	private static List<String> units(String block) {
		return Units.units(block, 0, block.length()).stream().map(u -> block.substring(u[0], u[1])).toList();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Pregunta el Sr. Presidente si se aprueba la propuesta de la comisión de fiestas del barrio.",
			"La Dra. Ana Pérez enviará el informe a la comisión antes del viernes de la semana que viene.",
			"Se aprueba, según el art. 7 - Régimen interno, la nueva cuota de los socios para el curso que viene.",
			"The committee thanked Mr. Smith and agreed that St. Louis will host the next annual meeting of members.",
			"Le conseil remercie M. Dupont et Mme. Martin, qui rédigeront la lettre au maire pour la fin du mois.",
			"O Prof. Carlos apresentou a proposta e a Sra. Maria enviará o convite aos associados até sexta-feira." })
	void doesNotCutASentenceAfterATitleOrAReference(String sentence) {
		// no unit may begin right after the abbreviation: the sentence is one unit from its first word
		assertThat(units(sentence)).allSatisfy(unit -> assertThat(sentence).startsWith(unit));
		assertThat(Narrative.sentences(sentence, true)).hasSize(1);
	}

	@Test
	void stillCutsAfterAWordThatEndsASentence() {
		String block = "La comisión revisó con detalle el presupuesto anual del año que viene. Ana Pérez enviará el informe a la comisión antes del viernes.";
		assertThat(Narrative.sentences(block, true)).hasSize(2);
		assertThat(units(block)).contains("Ana Pérez enviará el informe a la comisión antes del viernes.");
	}
}
