package org.puente.glossary;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.puente.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A secretariat's home lists the shared definitions awaiting agreement with statements that do not grow with the
 * glossary: it used to ask for each term's shared definition on its own, one statement per term (perf20).
 */
@PuenteTest
class GlossaryHomeStatementsTests extends WebTestSupport {

	@Autowired
	EntityManagerFactory entityManagers;

	@Autowired
	JdbcTemplate jdbc;

	/**
	 * The fewest statements of three readings: Hibernate's statistics count the whole application's, and in the whole
	 * suite a background task (a notice's retry, a scheduled job) sometimes adds one during a reading — never takes one
	 * away (one such reading gave 105 before and 104 after).
	 */
	private long statementsOfHome() throws Exception {
		Statistics statistics = entityManagers.unwrap(SessionFactory.class).getStatistics();
		mvc.perform(get("/home").header("Accept-Language", "es").with(as("st-crm"))); // warm
		long fewest = Long.MAX_VALUE;
		for (int reading = 0; reading < 3; reading++) {
			statistics.clear();
			String html = mvc.perform(get("/home").header("Accept-Language", "es").with(as("st-crm"))).andReturn()
				.getResponse().getContentAsString(StandardCharsets.UTF_8);
			assertThat(html).contains("id=\"panel-definitions-awaiting\"");
			fewest = Math.min(fewest, statistics.getPrepareStatementCount());
		}
		return fewest;
	}

	@Test
	void theHomeOfASecretariatCostsAsManyStatementsWithTenMoreTerms() throws Exception {
		long before = statementsOfHome();
		List<UUID> added = new ArrayList<>();
		try {
			for (int i = 0; i < 10; i++) {
				UUID id = UUID.randomUUID();
				jdbc.update("insert into glossary_term (id, slug, label_es) values (?, ?, ?)", id, "perf20-" + id,
						"Término contado " + i);
				added.add(id);
			}
			long after = statementsOfHome();
			System.out.println("Secretariat's home statements (Hibernate): " + before + ", with 10 more terms " + after);
			assertThat(after).isEqualTo(before);
		}
		finally {
			added.forEach(id -> jdbc.update("delete from glossary_term where id = ?", id));
		}
	}
}
