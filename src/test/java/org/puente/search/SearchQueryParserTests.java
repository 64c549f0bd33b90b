package org.puente.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the search box accepts, read without the application: words, phrases, alternatives, exclusions, refusals. */
class SearchQueryParserTests {

	@Test
	void readsWordsPhrasesAlternativesAndExclusions() {
		ParsedQuery q = SearchQueryParser.parse("  trata \"de personas\" -tráfico or remesas ");
		assertThat(q.display()).isEqualTo("trata \"de personas\" -tráfico or remesas");
		assertThat(q.words()).containsExactly("trata", "de", "personas", "remesas");
		assertThat(q.simpleQueryString()).isEqualTo("(trata + \"de personas\" + -tráfico) | (remesas)");
	}

	@Test
	void keepsHyphensApostrophesAndSlashesInsideWordsAndDropsOperators() {
		assertThat(SearchQueryParser.parse("extra-regional l'OIM 2017/2018").simpleQueryString())
			.isEqualTo("(extra\\-regional + l'OIM + 2017/2018)");
		assertThat(SearchQueryParser.parse("migra* (a|b) ~c \\d +e").display()).isEqualTo("migra a b c d e");
		assertThat(SearchQueryParser.parse("'; drop table document; --").display()).isEqualTo("drop table document");
	}

	@Test
	void anUnclosedQuoteRunsToTheEnd() {
		ParsedQuery q = SearchQueryParser.parse("\"trata de personas");
		assertThat(q.alternatives().get(0)).containsExactly(new ParsedQuery.Term("trata de personas", true, false));
	}

	@Test
	void refusesWhatCannotBeSearchedWithTheReason() {
		assertThatThrownBy(() -> SearchQueryParser.parse("   ")).hasMessage("search.empty");
		assertThatThrownBy(() -> SearchQueryParser.parse("- | ( ) * ~ + or OR \"\" -")).hasMessage("search.noWords");
		assertThatThrownBy(() -> SearchQueryParser.parse("-solo -excluidas")).hasMessage("search.noWords");
		assertThatThrownBy(() -> SearchQueryParser.parse("x".repeat(10_000))).hasMessage("search.tooLong");
		assertThatThrownBy(() -> SearchQueryParser.parse("a ".repeat(40))).hasMessage("search.tooManyWords");
	}

	@Test
	void foldsAccentsCaseHyphensAndDoubledRsAlike() {
		assertThat(SearchText.fold("Extra-regionales")).isEqualTo(SearchText.fold("extrarregionales"))
			.isEqualTo(SearchText.fold("EXTRAREGIONALES")).isEqualTo("extraregionales");
		assertThat(SearchText.fold("Migración, l'intégration")).isEqualTo("migracion integration");
	}

	@Test
	void countsSayWhetherTheyAreExact() {
		assertThat(new SearchResults.Count(999, true).relation()).isEqualTo("eq");
		assertThat(new SearchResults.Count(SearchQuery.COUNT_BOUND, false).relation()).isEqualTo("gte");
	}
}
