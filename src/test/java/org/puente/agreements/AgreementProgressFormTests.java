package org.puente.agreements;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.puente.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.puente.PageContent.holds;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A progress report refused for one of its fields (walk 8, fp-panama in Portuguese by keyboard): the summary links to
 * the field to correct, and the field says it is wrong, with what was typed kept.
 */
@PuenteTest
class AgreementProgressFormTests extends WebTestSupport {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aRefusedLinkIsLinkedFromTheSummaryAndMarkedOnItsField() throws Exception {
		mvc.perform(report("fp-panama", "pt").param("status", "IN_PROGRESS")
			.param("note", "Apresentação preparada.")
			.param("evidenceUrl", "www.example.org/apresentacao.pdf"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(holds("<a href=\"#evidenceUrl\">O link para a evidência deve começar por http:// ou https://.</a>",
					"aria-invalid=\"true\" aria-describedby=\"evidenceUrl-hint evidenceUrl-error\"",
					"id=\"evidenceUrl-error\"", "value=\"www.example.org/apresentacao.pdf\"", "Apresentação preparada."));
		mvc.perform(report("fp-panama", "pt").param("note", " "))
			.andExpect(status().isUnprocessableContent())
			.andExpect(holds("<a href=\"#note\">", "id=\"note-error\"", "aria-describedby=\"note-error\""));
	}

	/**
	 * Walk of 5 December, evening: an observer's report with a mistake in it was answered 422 with the agreement's
	 * page, which shows an observer no form and so no reason. Who may report comes first, as in the API: 403.
	 */
	@Test
	void anObserversReportIsForbiddenWhateverItHolds() throws Exception {
		mvc.perform(report("observer-oim", "en").param("status", "DONE").param("note", "Done.")
			.param("evidenceUrl", "www.example.org"))
			.andExpect(status().isForbidden())
			.andExpect(holds("may report progress"));
	}

	/** A progress report on Chile's and Panama's agreement no. 14, sent by {@code account} from a page in {@code lang}. */
	private MockHttpServletRequestBuilder report(String account, String lang) {
		Map<String, Object> item = jdbc.queryForMap(
				"select id, version from agreement where text like 'Chile y Panamá presentarán%' limit 1");
		return post("/agreements/items/" + item.get("id") + "/updates").with(as(account)).with(csrf())
			.header("Accept-Language", lang)
			.param("version", String.valueOf(item.get("version")));
	}
}
