package org.puente.search;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Walk 9 #22: "migração" found 7 results where "migración" found 19. The query set ({@link QuerySet}) asks each
 * subject in the four languages; each query should find what its subject's word forms are written in, whatever
 * the reader's language and accents.
 */
@PuenteTest
class SearchAcrossLanguagesTests {

	@Autowired
	Search search;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	List<SearchSource> sources;

	@Autowired
	EntryIndex index;

	@Autowired
	SearchEntries entries;

	@Autowired
	org.springframework.transaction.support.TransactionTemplate transactions;

	/** Walk 9's eight subjects; the others (search11) are words that are not cognates. */
	static final Set<String> WALK9 = Set.of("migration", "trafficking", "return", "children", "refuge", "remittances",
			"rights", "employment");

	@Test
	void theQuerySetFindsEachSubjectInEveryLanguage() {
		QuerySet set = QuerySet.read();
		Map<String, Set<String>> expected = set.expected(jdbc, sources);
		List<QuerySet.Outcome> without;
		try {
			index.useEquivalents(false);
			without = set.measure(search, expected);
		}
		finally {
			index.useEquivalents(true);
		}
		List<QuerySet.Outcome> outcomes = set.measure(search, expected);
		System.out.println("Without the glossary's equivalents:\n" + QuerySet.table(without));
		System.out.println("With them:\n" + QuerySet.table(outcomes));
		assertThat(set.queries).hasSizeGreaterThanOrEqualTo(64);
		expected.forEach((subject, keys) -> assertThat(keys).as(subject).isNotEmpty());
		// main found 7 of 22 for "migração", 18 for "migración", 12 for "migration"
		assertThat(outcomes).filteredOn(o -> o.query().subject().equals("migration"))
			.allSatisfy(o -> assertThat(o.found()).as(o.query().text()).isEqualTo(o.expected()));
		// main found 120 of walk 9's 192 (0.625), search9 159 (0.828)
		assertThat(recall(outcomes, true)).isGreaterThanOrEqualTo(0.85);
		// the glossary's terms bring words that are not cognates together: "return" and "retour" reach "retorno"
		// (search11, Snowball stemmers: 244 of 292 without the thesaurus, 252 with it)
		assertThat(found(outcomes)).isGreaterThan(found(without));
		assertThat(outcomes).filteredOn(o -> o.query().subject().equals("return"))
			.allSatisfy(o -> assertThat(o.found()).as(o.query().text()).isEqualTo(o.expected()));
	}

	/**
	 * A term an editor saves reaches the next search: the glossary puts its entry (on its own event), and the
	 * thesaurus is read again from the index that took it. "border" finds the Spanish "frontera" once a term names
	 * both, and no longer once the term is gone.
	 */
	@Test
	void aSavedTermWidensTheNextSearch() {
		QuerySet set = QuerySet.read();
		set.queries.removeIf(q -> !(q.subject().equals("border") && q.language().equals("en")));
		Map<String, Set<String>> expected = set.expected(jdbc, sources);
		assertThat(set.measure(search, expected).get(0).found()).isEqualTo(1);
		SearchEntry term = SearchEntry.builder("term", "search11-border", "/glossary/search11-border")
			.title("es", "frontera").title("en", "border").title("pt", "fronteira").title("fr", "frontière")
			.names(List.of("frontera", "border", "fronteira", "frontière"))
			.build();
		try {
			transactions.executeWithoutResult(t -> entries.put(term));
			QuerySet.Outcome widened = set.measure(search, expected).get(0);
			// the term's own entry is found too, and it is not among the expected
			assertThat(widened.found()).isEqualTo(widened.expected());
		}
		finally {
			transactions.executeWithoutResult(t -> entries.remove("term", "search11-border"));
		}
		assertThat(set.measure(search, expected).get(0).found()).isEqualTo(1);
	}

	private static int found(List<QuerySet.Outcome> outcomes) {
		return outcomes.stream().mapToInt(QuerySet.Outcome::found).sum();
	}

	private static double recall(List<QuerySet.Outcome> outcomes, boolean walk9) {
		List<QuerySet.Outcome> some = outcomes.stream()
			.filter(o -> WALK9.contains(o.query().subject()) == walk9)
			.toList();
		return (double) some.stream().mapToInt(QuerySet.Outcome::found).sum()
				/ some.stream().mapToInt(QuerySet.Outcome::expected).sum();
	}
}
