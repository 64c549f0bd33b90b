package org.puente.documents;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.puente.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A refused move of an input to the plenary keeps what the secretariat typed (moved out of DocumentsTests for size). */
@PuenteTest
class PlenaryMoveRefusalTests extends WebTestSupport {

	@Autowired
	JdbcTemplate jdbc;

	/**
	 * A refused move to the plenary shows the document's page again (not an error page), the reason in the move's form
	 * linked to the meeting's title, the title as typed, and the status that says what happened.
	 */
	@Test
	void aRefusedMoveToThePlenaryKeepsTheTypedTitle() throws Exception {
		// the last draft input, moved to agreed (the first is DocumentsTests' workflow test's)
		UUID id = jdbc.queryForObject("""
				select id from document where kind = 'BIREGIONAL_INPUT' and workflow_state = 'DRAFT'
				  and 'CRM' = any(processes) and confidentiality = 'PUBLIC' order by document_date desc limit 1""",
				UUID.class);
		mvc.perform(post("/documents/" + id + "/transitions").param("target", "AGREED_IN_CONFERENCE")
			.param("version", String.valueOf(version(id))).with(as("st-crm")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		long version = version(id);

		Element form = plenaryForm(mvc.perform(post("/documents/" + id + "/transitions")
			.param("target", "APPROVED_IN_PLENARY").param("version", String.valueOf(version)).param("meetingTitle", " ")
			.with(as("st-crm")).with(csrf())).andExpect(status().isUnprocessableContent()));
		assertThat(form.selectFirst("#error-summary a[href='#meetingTitle']").text())
			.isEqualTo("Indique la reunión plenaria que aprobó el insumo.");
		assertThat(form.selectFirst("#meetingTitle").attr("aria-invalid")).isEqualTo("true");

		// someone moved it meanwhile (its version changed): 409, and the title typed is still in the form
		jdbc.update("update document set version = version + 1 where id = ?", id);
		form = plenaryForm(mvc.perform(post("/documents/" + id + "/transitions").param("target", "APPROVED_IN_PLENARY")
			.param("version", String.valueOf(version)).param("meetingTitle", "XXII Conferencia Regional, Ciudad de Panamá")
			.with(as("st-crm")).with(csrf())).andExpect(status().isConflict()));
		assertThat(form.selectFirst("#meetingTitle").attr("value")).isEqualTo("XXII Conferencia Regional, Ciudad de Panamá");
		assertThat(form.selectFirst("#error-summary[role=alert]").text()).contains("Otra persona guardó cambios");
		assertThat(jdbc.queryForObject("select workflow_state from document where id = ?", String.class, id))
			.isEqualTo("AGREED_IN_CONFERENCE");
	}

	private long version(UUID document) {
		return jdbc.queryForObject("select version from document where id = ?", Long.class, document);
	}

	private static Element plenaryForm(ResultActions page)
			throws Exception {
		return Jsoup.parse(page.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
			.selectFirst("form.workflow-move:has(input[name=target][value=APPROVED_IN_PLENARY])");
	}
}
