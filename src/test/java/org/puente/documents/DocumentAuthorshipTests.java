package org.puente.documents;


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

/** A secretariat gives documents only to the conferences it serves; observers read reserved ones. */
@PuenteTest
class DocumentAuthorshipTests extends WebTestSupport {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aCrmSecretariatCannotPublishADocumentThatBelongsOnlyToTheCsm() throws Exception {
		storingNothingIn("document", DocumentForms.upload(DocumentForms.text("csm.txt", "Solo CSM"), "title.es",
				"Documento solo de la CSM", "processes", "CSM").with(as("st-crm")).with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	void aCrmSecretariatCannotHandItsDocumentOverToTheCsmOnly() throws Exception {
		String id = mvc.perform(DocumentForms.upload(DocumentForms.text("crm.txt", "CRM"), "title.es", "Documento de la CRM",
				"confidentiality", "CONFERENCES").with(as("st-crm")).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl().replace("/documents/", "");
		long version = jdbc.queryForObject("select version from document where id = ?::uuid", Long.class, id);
		mvc.perform(post("/documents/" + id).param("title.es", "Documento de la CRM").param("kind", "REPORT")
				.param("language", "es").param("date", "2017-06-20").param("confidentiality", "CONFERENCES")
				.param("processes", "CSM").param("version", String.valueOf(version)).with(as("st-crm")).with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(jdbc.queryForObject("select processes::text from document where id = ?::uuid", String.class, id))
			.contains("CRM");
		// an observer reads it, as it reads reserved meetings
		mvc.perform(get("/documents/" + id).with(as("observer-oim"))).andExpect(status().isOk());
		mvc.perform(get("/documents/" + id)).andExpect(status().isNotFound());
	}
}
