package org.puente.search;

import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Snippets mark every word the index matched, in the passage that has most of them, escaped. */
class SearchSnippetsTests {

	@Test
	void marksTheWordsAStemCameFromInThePassageWithMostOfThem() {
		String text = "Introducción general. " + "palabra ".repeat(60)
				+ "Los migrantes extra-regionales y la migración <segura> de las personas migrantes. " + "fin ".repeat(60);
		String snippet = Snippets.marked(text, SearchAnalysis.language("es", true), Set.of("migrant", "extraregional"));
		assertThat(snippet).startsWith("… ").endsWith(" …")
			.contains("<mark>migrantes</mark> <mark>extra-regionales</mark>")
			.contains("personas <mark>migrantes</mark>")
			.contains("&lt;segura&gt;")
			.contains("migración")
			.doesNotContain("Introducción");
		assertThat(snippet.length()).isLessThan(Snippets.LENGTH + 80);
	}

	@Test
	void findsNothingWhenNoneOfTheWordsIsThere() {
		assertThat(Snippets.marked("Nada que ver aquí.", SearchAnalysis.language("es", true), Set.of("migrant")))
			.isNull();
		assertThat(Snippets.marked("Los migrantes", SearchAnalysis.language("es", true), Set.of())).isNull();
	}
}
