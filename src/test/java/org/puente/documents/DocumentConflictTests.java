package org.puente.documents;

import java.nio.charset.StandardCharsets;

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
 * Two secretariat officers correct a document's metadata from two sessions: the second sees the first one's values
 * beside its own (409), and saving again unchanged does not undo them; a field it chooses replaces the first one's.
 */
@PuenteTest
class DocumentConflictTests extends WebTestSupport {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theSecondOfficerSeesTheFirstOnesTitleAndKeepsItUnlessChoosingOtherwise() throws Exception {
		String id = mvc.perform(DocumentForms.upload(DocumentForms.text("dos-sesiones.txt", "Texto"), "title.es",
				"Documento de dos sesiones").with(as("st-crm")).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl().replace("/documents/", "");
		long started = version(id);

		mvc.perform(edit(id, "st-crm", "Documento corregido por A", "2017-06-20", started))
			.andExpect(status().is3xxRedirection());
		String page = mvc.perform(edit(id, "admin", "Documento de dos sesiones", "2017-07-01", started))
			.andExpect(status().isConflict())
			.andExpect(holds("Otra persona guardó este registro mientras usted escribía", "Lo guardó Secretaría Técnica CRM el",
					"Documento corregido por A", "value=\"2017-07-01\"",
					"name=\"conflictVersion\" value=\"" + version(id) + "\"",
					"name=\"version\" value=\"" + started + "\""))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		HtmlValidityTests.validPage("document conflict", page);

		// B chooses its date only: A's title stays
		mvc.perform(edit(id, "admin", "Documento de dos sesiones", "2017-07-01", started)
			.param("conflictVersion", String.valueOf(version(id))).param("keepMine", "date"))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.queryForObject("select title_es from document where id = ?::uuid", String.class, id))
			.isEqualTo("Documento corregido por A");
		assertThat(jdbc.queryForObject("select document_date::text from document where id = ?::uuid", String.class,
				id)).isEqualTo("2017-07-01");
	}

	private long version(String id) {
		return jdbc.queryForObject("select version from document where id = ?::uuid", Long.class, id);
	}

	private MockHttpServletRequestBuilder edit(String id, String who, String title, String date,
			long version) {
		return post("/documents/" + id).param("title.es", title).param("kind", "REPORT").param("language", "es")
			.param("date", date).param("confidentiality", "PUBLIC").param("processes", "CRM")
			.param("version", String.valueOf(version)).with(as(who)).with(csrf());
	}
}
