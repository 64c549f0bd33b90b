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

	@Test
	void theQuerySetFindsEachSubjectInEveryLanguage() {
		QuerySet set = QuerySet.read();
		Map<String, Set<String>> expected = set.expected(jdbc, sources);
		List<QuerySet.Outcome> outcomes = set.measure(search, expected);
		System.out.println(QuerySet.table(outcomes));
		assertThat(set.queries).hasSizeGreaterThanOrEqualTo(24);
		expected.forEach((subject, keys) -> assertThat(keys).as(subject).isNotEmpty());
		// main found 7 of 22 for "migração", 18 for "migración", 12 for "migration"
		assertThat(outcomes).filteredOn(o -> o.query().subject().equals("migration"))
			.allSatisfy(o -> assertThat(o.found()).as(o.query().text()).isEqualTo(o.expected()));
		// main found 120 of 192 (0.625)
		int found = outcomes.stream().mapToInt(QuerySet.Outcome::found).sum();
		int wanted = outcomes.stream().mapToInt(QuerySet.Outcome::expected).sum();
		assertThat((double) found / wanted).isGreaterThanOrEqualTo(0.8);
	}
}
