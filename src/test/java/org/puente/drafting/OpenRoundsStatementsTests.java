package org.puente.drafting;

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
 * The home's "open rounds" panel reads the texts, their current rounds and their open amendments in as many
 * statements with five more rounds open: it read them round by round, three statements each (perf21).
 */
@PuenteTest
class OpenRoundsStatementsTests extends WebTestSupport {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theOpenRoundsPanelCostsAsManyStatementsWithFiveMoreRoundsOpen() throws Exception {
		Reading before = fewestStatements("/home", "st-crm");
		String panel = panel(before.html(), "open-rounds");
		assertThat(panel).contains("<li").contains("por decidir");
		List<UUID> added = new ArrayList<>();
		try {
			for (int i = 1; i <= 5; i++) {
				UUID text = UUID.randomUUID();
				jdbc.update("""
						insert into drafting_text (id, kind, title_es, processes, status, created_by)
						values (?, 'CONFERENCE_DRAFT', ?, '{CRM}', 'DRAFTING', 'st-crm')""", text,
						"Texto contado perf21 " + i);
				added.add(text);
				jdbc.update("""
						insert into drafting_round (id, text_id, opens_on, closes_at, late_policy, opened_by)
						values (?, ?, current_date, now() + interval '30 days', 'REFUSE', 'st-crm')""",
						UUID.randomUUID(), text);
			}
			Reading after = fewestStatements("/home", "st-crm");
			System.out.println("Secretariat's home statements (Hibernate): " + before.statements()
					+ ", with 5 more open rounds " + after.statements());
			assertThat(after.statements()).isEqualTo(before.statements());
			String panelAfter = panel(after.html(), "open-rounds");
			// the rounds open before, each with its last day and its amendments to decide, and the five new ones
			for (String item : panel.split("<li")) {
				assertThat(panelAfter).contains(item.contains("</li>") ? item.substring(0, item.indexOf("</li>")) : "");
			}
			for (UUID text : added) {
				assertThat(panelAfter).contains("/drafting/" + text);
			}
			assertThat(panelAfter).contains("Texto contado perf21 5").contains("ninguna enmienda por decidir");
		}
		finally {
			added.forEach(id -> jdbc.update("delete from drafting_text where id = ?", id));
		}
	}
}
