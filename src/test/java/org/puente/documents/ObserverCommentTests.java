package org.puente.documents;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.puente.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * One rule for observers (walk 8 #12): they have a voice, not a vote. IOM, OAS and UNHCR speak in the conferences'
 * meetings (the Minuta of 11 May 2017: IOM offers a coordination mechanism and a repository), so an observer may
 * comment on a document — the form is shown, the comment kept — and the page that refuses them anything else says
 * so, instead of "changes nothing" beside a comment form that works.
 */
@PuenteTest
class ObserverCommentTests extends WebTestSupport {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anObserverCommentsOnADocumentAndTheRefusalPageSaysSo() throws Exception {
		UUID id = jdbc.queryForObject("select id from document where kind = 'BIREGIONAL_INPUT' order by document_date limit 1",
				UUID.class);
		String page = mvc.perform(get("/documents/" + id).with(as("observer-oim")).header("Accept-Language", "fr"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("action=\"/documents/" + id + "/comments\"");

		String words = "L’OIM propose un mécanisme de coordination " + UUID.randomUUID();
		mvc.perform(post("/documents/" + id + "/comments").param("body", words).with(as("observer-oim")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.queryForObject("select count(*) from document_comment where document_id = ? and body = ?",
				Integer.class, id, words)).isEqualTo(1);
		// walk 10 #1: the comment is signed with who the commenter is, not the account name
		assertThat(mvc.perform(get("/documents/" + id).with(as("st-csm")).header("Accept-Language", "pt"))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
			.contains("<strong>OIM (observador)</strong>").doesNotContain("<strong>observer-oim</strong>")
			// walk 10 #13: the page's Portuguese is Brazil's, as everywhere else ("Descarregar" is Portugal's)
			.contains("Baixar a última versão").doesNotContain("Descarregar");

		String refused = mvc.perform(get("/consultations").with(as("observer-oim")).header("Accept-Language", "fr"))
			.andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(refused).contains("peut commenter les documents, mais ne modifie rien d’autre")
			.doesNotContain("mais ne modifie rien :");
		assertThat(mvc.perform(get("/consultations").with(as("observer-oim")).header("Accept-Language", "pt"))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
			.contains("pode comentar os documentos, mas não altera mais nada");
	}
}
