package org.puente.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Minutes copied from a web page or a PDF often hold no blank line at all: one line a sentence, and now and then a
 * line that opens like a list item ("1. Approbation …", "M. BESSE est élu …" read as the letter "M."). The sentences
 * told on the unindented lines after it are the minutes' own, not that item's continuation: a decision or a task
 * among them is a candidate ({@link Prose#told}). A line indented under the item, or one after a line that did not
 * end its sentence, stays the item's (the list readers weigh it). Made-up lines of the shape found in y, n, o and af
 * of the development parts.
 */
class ProseAfterListLineTests {

	@Test
	void theLineAfterTheListLineIsReadAsASentenceOfTheMinutes() {
		assertThat(told("1. Point sur la fête de l'école.\nMarc rédigera l'affiche avant vendredi.\n"))
			.containsExactly("Marc rédigera l'affiche avant vendredi.");
		assertThat(told("""
				M. Colin est élu secrétaire de séance.
				Nous faisons le point sur les inscriptions des bénévoles.
				Claire contactera la mairie pour réserver la salle avant le 30 mars.
				""")).singleElement().asString().contains("Claire contactera la mairie pour réserver la salle");
	}

	@Test
	void anIndentedLineOrTheRestOfASentenceStaysTheItems() {
		assertThat(told("1. Point sur la fête de l'école.\n   Marc rédigera l'affiche avant vendredi.\n")).isEmpty();
		assertThat(told("- Point sur la fête de l'école, dont\nMarc rédigera l'affiche avant vendredi.\n")).isEmpty();
	}

	private static List<String> told(String text) {
		return Prose.told(text, List.of(), ReadingContext.of(text)).stream().map(c -> c.segment().text()).toList();
	}
}
