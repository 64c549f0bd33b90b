package org.puente.glossary;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.puente.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A secretariat's home lists the shared definitions awaiting agreement with statements that do not grow with the
 * glossary: it used to ask for each term's shared definition on its own, one statement per term (perf20).
 */
@PuenteTest
class GlossaryHomeStatementsTests extends WebTestSupport {

	@Autowired
	JdbcTemplate jdbc;

	private long statementsOfHome() throws Exception {
		Reading home = fewestStatements("/home", "st-crm");
		assertThat(home.html()).contains("id=\"panel-definitions-awaiting\"");
		return home.statements();
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
