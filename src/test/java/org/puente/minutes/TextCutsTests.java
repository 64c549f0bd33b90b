package org.puente.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * How the text is cut, whatever a document's words: a sentence is not cut after a title or a reference written with a
 * stop ("Sr.", "Dra.", "art.", "Mr.", "M."), in es/en/pt/fr; a list number run into its words ("5.Senate …",
 * "3)Aprobar …") is still a number.
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
		assertThat(Narrative.sentences(sentence, true, ReadingContext.of(sentence))).hasSize(1);
	}

	@Test
	void stillCutsAfterAWordThatEndsASentence() {
		String block = "La comisión revisó con detalle el presupuesto anual del año que viene. Ana Pérez enviará el informe a la comisión antes del viernes.";
		assertThat(Narrative.sentences(block, true, ReadingContext.of(block))).hasSize(2);
		assertThat(units(block)).contains("Ana Pérez enviará el informe a la comisión antes del viernes.");
	}

	@ParameterizedTest
	@ValueSource(strings = { "5.Senate approved the committee chair selection.", "3)Aprobar el presupuesto del curso.",
			"12.Ficou decidido o calendário.", "2)Point sur le compost." })
	void readsANumberWithoutASpaceAsItsMarker(String line) {
		Markers.Marker marker = Markers.marker(line);
		assertThat(marker).isNotNull();
		assertThat(marker.type()).isEqualTo(Markers.MarkerType.NUMBER);
		assertThat(line).endsWith(marker.content()).doesNotStartWith(marker.content());
	}

	@ParameterizedTest
	@ValueSource(strings = { "2.x is the version.", "10.A", "3.js was updated." })
	void leavesAVersionOrALoneCapitalAlone(String line) {
		assertThat(Markers.marker(line)).isNull();
	}

	@Test
	void readsTheItemsOfAListNumberedWithoutSpaces() {
		String text = "Summary of actions\n\n1.Senate approved the minutes of the last meeting.\n"
				+ "2.Senate approved the new general education requirements.\n";
		assertThat(TestFiles.readText(text, "en").items()).extracting(MinutesItem::text)
			.anySatisfy(item -> assertThat(item).startsWith("Senate approved the new general education"));
	}
}
