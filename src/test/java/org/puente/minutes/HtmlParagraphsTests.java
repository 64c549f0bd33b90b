package org.puente.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Minutes published as a web page's HTML (one {@code <p>} a line, labels in {@code <strong>}, a list in {@code <ul>}):
 * read as a person reads the page, each paragraph a line, the tags never in an item's words, and each item's span on
 * its words in the text as given (the review page marks the source from it).
 */
class HtmlParagraphsTests {

	private static final String SPANISH = """
			<p><strong>Asistentes:</strong></p>
			<p>Lucía Pérez, presidenta</p>
			<p>Tomás Gil, tesorero</p>
			<p><strong>1. Bienvenida</strong></p>
			<p>La presidenta abrió la sesión y recordó los objetivos del grupo:</p>
			<ul><li>Mejorar la biblioteca del barrio;</li>
			<li>Organizar talleres de lectura.</li>
			</ul><p>Se habló largamente de la falta de voluntarios en verano y de los horarios de apertura.</p>
			<p><strong>Acción 1:</strong> Tomás Gil enviará el presupuesto del taller a todos los socios.</p>
			<p><strong>2. Reglamento</strong></p>
			<p>El reglamento interno fue aprobado por unanimidad.</p>
			<p><strong>Acción 2:</strong> Lucía Pérez publicará el reglamento en la web&nbsp;del grupo.</p>
			<p>La próxima reunión será el 12 de mayo.</p>
			""";

	@Test
	void readsTheActionsAndDecisionsOfAWebPageInParagraphsWithoutItsTags() {
		MinutesReading.Result result = TestFiles.readText(SPANISH, "es");
		List<String> texts = result.items().stream().map(MinutesItem::text).toList();
		assertThat(texts).anySatisfy(t -> assertThat(t).contains("Tomás Gil enviará el presupuesto del taller"))
			.anySatisfy(t -> assertThat(t).contains("El reglamento interno fue aprobado por unanimidad"))
			.anySatisfy(t -> assertThat(t).contains("Lucía Pérez publicará el reglamento en la web del grupo"))
			.allSatisfy(t -> assertThat(t).doesNotContain("<").doesNotContain("&nbsp;"));
		assertThat(texts).noneMatch(t -> t.contains("Lucía Pérez, presidenta"));
	}

	@Test
	void placesEachItemOfAWebPageOnItsWordsInTheTextAsGiven() {
		MinutesReading.Result result = TestFiles.readText(SPANISH, "es");
		MinutesItem approved = result.items().stream().filter(i -> i.text().contains("reglamento interno")).findFirst()
			.orElseThrow();
		assertThat(SPANISH.substring(approved.span().start(), approved.span().end()))
			.endsWith("El reglamento interno fue aprobado por unanimidad.");
		MinutesItem action = result.items().stream().filter(i -> i.text().contains("enviará el presupuesto")).findFirst()
			.orElseThrow();
		assertThat(SPANISH.substring(action.span().start(), action.span().end())).contains("enviará el presupuesto")
			.doesNotContain("<p>");
	}

	@Test
	void blanksTheTagsOfHtmlForTheScoringEveryCharacterAtItsOffset() {
		String html = "<p><strong>Action 1:</strong> Send the&nbsp;draft.</p>\n<h2>Decisions</h2>";
		String scored = Structure.scored(html);
		assertThat(scored).hasSameSizeAs(html).doesNotContain("<").doesNotContain("&");
		assertThat(scored.indexOf("Send")).isEqualTo(html.indexOf("Send"));
		assertThat(scored.lines().map(l -> l.strip().replaceAll("\\s+", " ")).filter(l -> !l.isEmpty()))
			.containsExactly("Action 1: Send the draft.", "Decisions");
		String plain = "Plain minutes: no tag.";
		assertThat(Structure.scored(plain)).isSameAs(plain);
	}
}
