package org.puente.documents;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.puente.PageContent;
import org.puente.PuenteTest;
import org.puente.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The same file uploaded twice: said, with the document that holds it, unless the person confirms. */
@PuenteTest
class DocumentSameFileTests extends WebTestSupport {

	@Autowired
	JdbcTemplate jdbc;

	MockMultipartHttpServletRequestBuilder upload(String content, String... fields) {
		return DocumentForms.upload(DocumentForms.text("informe-consular.txt", content), fields)
			.with(as("st-crm"))
			.with(csrf());
	}

	UUID uploaded(MockMultipartHttpServletRequestBuilder request) throws Exception {
		String to = mvc.perform(request).andExpect(status().is3xxRedirection()).andReturn().getResponse()
			.getRedirectedUrl();
		return UUID.fromString(to.replace("/documents/", ""));
	}

	@Test
	void theSameFileAgainIsShownWithTheDocumentThatHoldsItAndStoredOnlyWhenConfirmed() throws Exception {
		String content = "Informe consular de Costa Rica, segunda quincena de junio";
		UUID first = uploaded(upload(content, "title.es", "Informe consular de junio"));
		storingNothingIn("document", upload(content, "title.es", "Informe consular (copia)"))
			.andExpect(status().isConflict())
			.andExpect(PageContent.holds("Este mismo archivo ya está en Puente, en «Informe consular de junio»"))
			.andExpect(PageContent.holds("href=\"/documents/" + first + "\""))
			.andExpect(PageContent.holds("Subirlo de todos modos como un documento aparte"));
		mvc.perform(upload(content, "title.es", "Informe consular (copia)").header("Accept-Language", "fr"))
			.andExpect(status().isConflict())
			.andExpect(PageContent.holds("Ce même fichier est déjà dans Puente, dans « Informe consular de junio »"));

		UUID second = uploaded(upload(content, "title.es", "Informe consular (copia)", "duplicate", "allow"));
		assertThat(second).isNotEqualTo(first);
		// the audit entry of the second says it was uploaded knowing the first holds the same file
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.queryForList(
				"select after_state::text from audit_entry where entity_id = ? and action = 'CREATE'", String.class,
				second.toString())).singleElement().asString().contains("\"sameFileAs\"", first.toString()));
	}

	@Test
	void aScriptGets409WithTheAddressOfTheDocumentThatHoldsTheFile() throws Exception {
		String content = "Nota verbal sobre el retorno asistido, versión única";
		UUID first = uploaded(upload(content, "title.es", "Nota verbal"));
		storingNothingIn("document", upload(content).header("Accept", "application/json")
			.header("Accept-Language", "en"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.existing").value("/documents/" + first))
			.andExpect(jsonPath("$.code").value("documents.upload.sameFile"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith(
					"This same file is already in Puente, in “Nota verbal”")));
		mvc.perform(upload(content, "duplicate", "allow").header("Accept", "application/json"))
			.andExpect(status().is3xxRedirection());
	}

	/** The same annex attached to two meetings is two documents, one per meeting: nothing to ask. */
	@Test
	void theSameFileForAnotherMeetingOrWithoutOneIsNotAskedAbout() throws Exception {
		String content = "Anexo: lista de participantes de la reunión";
		UUID meeting = jdbc.queryForObject("select id from meeting order by uid limit 1", UUID.class);
		uploaded(upload(content, "title.es", "Anexo de la reunión", "meetingId", meeting.toString()));
		uploaded(upload(content, "title.es", "Anexo sin reunión"));
		mvc.perform(upload(content, "title.es", "Anexo de la reunión, otra vez", "meetingId", meeting.toString()))
			.andExpect(status().isConflict())
			.andExpect(PageContent.holds("en «Anexo de la reunión»"));
	}
}
