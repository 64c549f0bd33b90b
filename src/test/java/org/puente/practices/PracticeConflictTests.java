package org.puente.practices;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.puente.WebTestSupport;
import org.puente.web.HtmlValidityTests;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.puente.PageContent.holds;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A focal point edits a practice in two tabs: the second save sees the first one's values beside its own (409), and
 * saving again unchanged does not undo them; a field it chooses replaces the first one's.
 */
@PuenteTest
class PracticeConflictTests extends WebTestSupport {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theSecondTabSeesTheFirstTabsChangeAndKeepsItUnlessChoosingOtherwise() throws Exception {
		String title = "Practica en dos pestanas " + UUID.randomUUID();
		String location = mvc.perform(form("/practices", title, "Resumen original.", "2016", 0))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		String id = location.substring(location.lastIndexOf('/') + 1);
		long started = version(id);

		mvc.perform(form(location, title, "Resumen de la pestana A.", "2016", started))
			.andExpect(status().is3xxRedirection());
		String page = mvc.perform(form(location, title, "Resumen original.", "2015", started))
			.andExpect(status().isConflict())
			.andExpect(holds("Outra pessoa salvou este registro enquanto você escrevia", "Resumen de la pestana A.",
					"Resumo — espanhol", "name=\"conflictVersion\" value=\"" + version(id) + "\"",
					"name=\"version\" value=\"" + started + "\""))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		HtmlValidityTests.validPage("practice conflict", page);

		// the second tab keeps its first year; the first tab's summary stays
		mvc.perform(form(location, title, "Resumen original.", "2015", started)
			.param("conflictVersion", String.valueOf(version(id))).param("keepMine", "periodFrom"))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.queryForObject("select period_from from practice where id = ?::uuid", Integer.class, id))
			.isEqualTo(2015);
		assertThat(jdbc.queryForObject(
				"select summary from practice_text where practice_id = ?::uuid and language = 'es'", String.class, id))
			.isEqualTo("Resumen de la pestana A.");
	}

	private long version(String id) {
		return jdbc.queryForObject("select version from practice where id = ?::uuid", Long.class, id);
	}

	private MockHttpServletRequestBuilder form(String path, String title, String summary, String from, long version) {
		return post(path).with(as("fp-mexico")).with(csrf()).header("Accept-Language", "pt")
			.param("countries", "MX").param("originalLanguage", "es").param("esTitle", title)
			.param("esSummary", summary).param("esWhy", "Porque funciona.").param("esHow", "Aporta al objetivo 7.")
			.param("sessions", "2").param("objectives", "7").param("targetGroups", "CHILDREN")
			.param("periodFrom", from).param("version", String.valueOf(version));
	}
}
