package org.puente.search;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.puente.PuenteApplication;
import org.puente.PuenteTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two application nodes on one PostgreSQL, each with its own index: what one node writes, the other finds within
 * seconds, and what one removes, the other stops finding.
 */
@PuenteTest
class SeveralNodesTests {

	@Autowired
	SearchEntries entries;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	Search search;

	@Test
	void aChangeMadeOnOneNodeIsFoundOnTheOther() throws Exception {
		try (ConfigurableApplicationContext other = new SpringApplicationBuilder(PuenteApplication.class)
			.profiles("test")
			// as arguments, not default properties: those rank below application.properties and the test profile,
			// so the second node took port 8080, cleaned the shared database and loaded the demo again
			.run("--server.port=0", "--puente.db.clean-on-start=false", "--puente.scheduler.enabled=false",
					"--puente.demo.enabled=false", "--spring.jmx.enabled=false", "--server.shutdown=immediate")) {
			Search elsewhere = other.getBean(Search.class);
			SearchEntry entry = SearchEntry.builder("document", "00000000-0000-4000-8000-00000000cafe",
					"/documents/00000000-0000-4000-8000-00000000cafe")
				.language("es").title("es", "Informe sobre la quinoa andina").kind("REPORT").build();
			transactions.executeWithoutResult(status -> entries.put(entry));
			assertThat(found(search)).as("at once on the node that wrote it").isEqualTo(1);
			awaitFound(elsewhere, 1);
			transactions.executeWithoutResult(status -> entries.remove("document", entry.id()));
			assertThat(found(search)).isZero();
			awaitFound(elsewhere, 0);
		}
	}

	private static void awaitFound(Search node, long expected) {
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(found(node)).as("within seconds on the other node").isEqualTo(expected));
	}

	private static long found(Search node) {
		return node.search(new SearchQuery(SearchQueryParser.parse("quinoa"), SearchFilters.NONE,
				Locale.forLanguageTag("es"), Optional.empty(), 1)).total().value();
	}
}
