package org.puente.drafting;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.puente.accounts.AccountSummary;
import org.puente.accounts.Accounts;
import org.puente.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** What the drafting tests share: the application, the demo accounts, and a fresh text with a round open. */
abstract class DraftingTestSupport extends WebTestSupport {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DraftingManagement drafting;

	@Autowired
	Rounds rounds;

	@Autowired
	Accounts accounts;

	UUID text;

	List<UUID> paragraphs;

	AccountSummary account(String username) {
		return accounts.byUsername(username).orElseThrow();
	}

	/** A fresh bi-regional text with three paragraphs and a round open for a week. */
	@BeforeEach
	void draftAText() {
		text = drafting.create(new DraftingManagement.NewText(TextKind.BIREGIONAL_INPUT, "Texto de prueba " + UUID.randomUUID(),
				null, null, null, null, List.of("CRM", "CSM"),
				"Primer párrafo sobre la cooperación regional.\n\nSegundo párrafo con el retorno digno de las personas.\n\n"
						+ "Tercer párrafo final."),
				account("st-crm"));
		rounds.open(text, LocalDate.now().plusDays(7), LatePolicy.REFUSE, account("st-crm"));
		paragraphs = jdbc.queryForList("select id from drafting_paragraph where text_id = ? order by position",
				UUID.class, text);
	}

	int amendments() {
		return jdbc.queryForObject("select count(*) from drafting_amendment where text_id = ?", Integer.class, text);
	}

	String propose(String who, int paragraph, String kind, String original, String replacement, String reason,
			String proponent) throws Exception {
		return mvc.perform(post("/drafting/paragraphs/" + paragraphs.get(paragraph) + "/amendments").with(as(who))
			.with(csrf())
			.param("kind", kind)
			.param("original", original)
			.param("replacement", replacement)
			.param("reason", reason)
			.param("proponent", proponent)
			.param("seenRevision", "1"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
	}
}
