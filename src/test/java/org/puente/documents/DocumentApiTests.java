package org.puente.documents;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.puente.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The documents through the API (/api/v1/documents): a secretariat uploads, corrects and versions a document as the
 * form does, readers list and download what the pages show them, and every refusal of the form is the API's too.
 */
@PuenteTest
class DocumentApiTests extends WebTestSupport {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ObjectMapper json;

	/** The upload form's fields, sent to the API. */
	static MockMultipartHttpServletRequestBuilder upload(MockMultipartFile file, String... fields) {
		return DocumentForms.upload("/api/v1/documents", file, fields);
	}

	static MockMultipartFile text(String name, String content) {
		return DocumentForms.text(name, content);
	}

	JsonNode uploaded(MockMultipartHttpServletRequestBuilder request) throws Exception {
		var response = mvc.perform(request.with(as("st-crm")).with(csrf()))
			.andExpect(status().isCreated())
			.andReturn().getResponse();
		JsonNode document = json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
		assertThat(response.getHeader("Location")).isEqualTo("/api/v1/documents/" + document.get("id").asString());
		return document;
	}

	@Test
	void aSecretariatUploadsCorrectsAndVersionsADocumentThatReadersListAndDownload() throws Exception {
		JsonNode created = uploaded(upload(text("informe-api.txt", "Informe de Panamá sobre retornos, junio"),
				"title.es", "Informe sobre retornos", "title.en", "Report on returns", "kind", "REPORT",
				"confidentiality", "PUBLIC", "thematicSessions", "2", "objectives", "21"));
		String id = created.get("id").asString();
		assertThat(created.get("kind").asString()).isEqualTo("REPORT");
		assertThat(created.get("versions").get(0).get("fileName").asString()).isEqualTo("informe-api.txt");
		// the audit records the upload, as for the form's
		await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
				"select count(*) from audit_entry where entity_id = ? and action = 'CREATE'", Long.class, id) == 1);

		// anybody lists and reads it, in their language; the file comes with the page's own name and type
		mvc.perform(get("/api/v1/documents").param("kind", "REPORT").param("size", "100")
			.header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(header().exists("X-Total-Count"))
			.andExpect(jsonPath("$[?(@.id == '" + id + "')].title").value("Report on returns"));
		mvc.perform(get("/api/v1/documents/" + id)).andExpect(status().isOk())
			.andExpect(jsonPath("$.title").value("Informe sobre retornos"))
			.andExpect(jsonPath("$.thematicSessions[0]").value(2))
			.andExpect(jsonPath("$.file").value("/api/v1/documents/" + id + "/versions/1"));
		String page = mvc.perform(get("/documents/" + id + "/versions/1")).andReturn().getResponse()
			.getHeader("Content-Disposition");
		mvc.perform(get("/api/v1/documents/" + id + "/versions/1"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", page))
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("informe-api.txt")))
			.andExpect(content().string("Informe de Panamá sobre retornos, junio"));

		// a new version, then corrected metadata against the version read; a stale one is 409 with the current one
		mvc.perform(multipart("/api/v1/documents/" + id + "/versions")
			.file(text("informe-api-v2.txt", "Informe de Panamá sobre retornos, julio"))
			.param("note", "Cifras de julio").with(as("st-crm")).with(csrf()))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", "/api/v1/documents/" + id + "/versions/2"))
			.andExpect(jsonPath("$.currentVersion").value(2))
			.andExpect(jsonPath("$.versions[0].note").value("Cifras de julio"));
		long version = json.readTree(mvc.perform(get("/api/v1/documents/" + id)).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).get("version").asLong();
		String body = """
				{"title": {"es": "Informe sobre retornos asistidos"}, "kind": "REPORT", "language": "es",
				 "date": "2017-07-01", "confidentiality": "CONFERENCES", "processes": ["CRM"], "version": %d}""";
		mvc.perform(put("/api/v1/documents/" + id).with(as("st-crm")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(body.formatted(version)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.title").value("Informe sobre retornos asistidos"))
			.andExpect(jsonPath("$.confidentiality").value("CONFERENCES"))
			.andExpect(jsonPath("$.version").value(version + 1));
		mvc.perform(put("/api/v1/documents/" + id).with(as("st-crm")).with(csrf()).header("Accept-Language", "pt")
			.contentType(MediaType.APPLICATION_JSON).content(body.formatted(version).replace("asistidos", "voluntarios")))
			.andExpect(status().isConflict())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.currentVersion").value(version + 1));
		assertThat(jdbc.queryForObject("select title_es from document where id = ?::uuid", String.class, id))
			.isEqualTo("Informe sobre retornos asistidos");
		// now reserved to the conferences: nobody anonymous sees it, listed or by its address
		mvc.perform(get("/api/v1/documents/" + id)).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/documents/" + id + "/versions/2")).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/documents").param("size", "100"))
			.andExpect(jsonPath("$[?(@.id == '" + id + "')]").isEmpty());
		mvc.perform(get("/api/v1/documents/" + id).with(as("observer-oim"))).andExpect(status().isOk());
	}

	/**
	 * The OpenAPI describes the upload's parts as the form binds them (apigaps20): on main the body was the bound form,
	 * title and summary as JSON objects and no file part at all, so a client generated from it sent no file.
	 */
	@Test
	void theUploadsDescriptionHasItsFilePartAndTheTitlesAsTheFormNamesThem() throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(jsonPath("$.paths['/api/v1/documents'].post.requestBody.content['multipart/form-data'].schema"
					+ "['$ref']").value("#/components/schemas/DocumentUpload"))
			.andExpect(jsonPath("$.components.schemas.DocumentUpload.properties.file.format").value("binary"))
			.andExpect(jsonPath("$.components.schemas.DocumentUpload.required[0]").value("file"))
			.andExpect(jsonPath("$.components.schemas.DocumentUpload.properties['title.es'].type").value("string"))
			.andExpect(jsonPath("$.components.schemas.DocumentUpload.properties.processes.items.enum[1]").value("CSM"));
	}

	@Test
	void aDocumentReservedToTheSecretariatsIsAnUnknownOneForEveryoneElse() throws Exception {
		String id = uploaded(upload(text("nota-reservada.txt", "Nota reservada a las secretarías"),
				"confidentiality", "SECRETARIATS")).get("id").asString();
		for (String reader : new String[] { "fp-panama", "observer-oim" }) {
			mvc.perform(get("/api/v1/documents/" + id).with(as(reader))).andExpect(status().isNotFound())
				.andExpect(jsonPath("$.code").value("documents.notFound"));
			mvc.perform(get("/api/v1/documents/" + id + "/versions/1").with(as(reader)))
				.andExpect(status().isNotFound());
			mvc.perform(get("/api/v1/documents").param("size", "100").with(as(reader)))
				.andExpect(jsonPath("$[?(@.id == '" + id + "')]").isEmpty());
		}
		mvc.perform(get("/api/v1/documents").param("size", "100").param("process", "CRM").with(as("st-csm")))
			.andExpect(jsonPath("$[?(@.id == '" + id + "')]").isNotEmpty());
		mvc.perform(get("/api/v1/documents").param("process", "CSM").with(as("st-csm")))
			.andExpect(jsonPath("$[?(@.id == '" + id + "')]").isEmpty());
	}

	@Test
	void listsInPagesAndRefusesAnUnknownFilterNamingIt() throws Exception {
		long total = jdbc.queryForObject(
				"select count(*) from document where confidentiality = 'PUBLIC' and current_version > 0", Long.class);
		mvc.perform(get("/api/v1/documents").param("size", "1"))
			.andExpect(status().isOk())
			.andExpect(header().string("X-Total-Count", String.valueOf(total)))
			.andExpect(header().string("Link", org.hamcrest.Matchers.containsString("rel=\"next\"")))
			.andExpect(jsonPath("$.length()").value(1));
		mvc.perform(get("/api/v1/documents").param("process", "XYZ").header("Accept-Language", "pt"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("«process»: o valor enviado não tem o formato esperado."));
		mvc.perform(get("/api/v1/documents").param("kind", "NOVEL")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("error.400.unreadable"));
		mvc.perform(get("/api/v1/documents").param("size", "500")).andExpect(status().isBadRequest());
	}

	@Test
	void refusesWhatTheFormRefusesAsProblemReportsInTheCallersLanguageStoringNothing() throws Exception {
		// no credentials: asked to sign in; a focal point or an observer: not theirs to upload
		storingNothingIn("document", upload(text("a.txt", "Texto"))).andExpect(status().isUnauthorized());
		for (String reader : new String[] { "fp-panama", "observer-oim" }) {
			storingNothingIn("document", upload(text("a.txt", "Texto")).with(as(reader)).with(csrf()))
				.andExpect(status().isForbidden());
		}
		// a CRM secretariat cannot give a document to the CSM alone
		storingNothingIn("document", upload(text("a.txt", "Texto"), "processes", "CSM").with(as("st-crm"))
			.with(csrf()).header("Accept-Language", "en"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("documents.form.notYourConference"));
		// no file, no title: 422, each mistake in errors
		storingNothingIn("document", multipart("/api/v1/documents").param("kind", "REPORT").with(as("st-crm"))
			.with(csrf()).header("Accept-Language", "pt"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[?(@.field == 'title')].code").value("documents.form.titleRequired"))
			.andExpect(jsonPath("$.errors[?(@.code == 'error.upload.none')].message")
				.value("Escolha o arquivo que deseja enviar."));
		storingNothingIn("document", upload(new MockMultipartFile("file", "vacio.txt", "text/plain", new byte[0]))
			.with(as("st-crm")).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].code").value("documents.upload.empty"));
		storingNothingIn("document", upload(text("a.txt", "Texto"), "date", "2017-13-45").with(as("st-crm"))
			.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("date"));
		storingNothingIn("document", upload(text("a.txt", "Texto"), "thematicSessions", "9").with(as("st-crm"))
			.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("documents.form.referenceUnknown"));
		// a program, or a file that is not what its name says: 415, saying what it really is
		storingNothingIn("document", upload(text("programa.exe", "MZ"))
			.with(as("st-crm")).with(csrf()))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(jsonPath("$.code").value("documents.upload.unsupported"));
		storingNothingIn("document", upload(new MockMultipartFile("file", "informe.pdf", "application/pdf",
				DocumentsTests.zip("a.txt", "hola".getBytes(StandardCharsets.UTF_8)))).with(as("st-crm")).with(csrf())
			.header("Accept-Language", "en"))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(jsonPath("$.code").value("documents.upload.mismatch"))
			.andExpect(jsonPath("$.detail").value(startsWith("The content of")));
	}

	@Test
	void refusesAFileLargerThanTheLimitWith413() throws Exception {
		byte[] big = new byte[51 * 1024 * 1024];
		java.util.Arrays.fill(big, (byte) 'a');
		storingNothingIn("document", upload(new MockMultipartFile("file", "grande.txt", "text/plain", big))
			.with(as("st-crm")).with(csrf()))
			.andExpect(status().isPayloadTooLarge())
			.andExpect(jsonPath("$.code").value("documents.upload.tooLarge"));
	}

	@Test
	void theSameFileAgainIs409NamingTheDocumentThatHoldsItAndStoredWhenConfirmed() throws Exception {
		String content = "Acta de la reunión técnica, única copia " + UUID.randomUUID();
		String first = uploaded(upload(text("acta-tecnica.txt", content), "title.es", "Acta técnica"))
			.get("id").asString();
		storingNothingIn("document", upload(text("acta-tecnica-copia.txt", content)).with(as("st-crm")).with(csrf())
			.header("Accept-Language", "en"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("documents.upload.sameFile"))
			.andExpect(jsonPath("$.existing").value("/api/v1/documents/" + first))
			.andExpect(jsonPath("$.confirmWith").value("duplicate=allow"))
			.andExpect(jsonPath("$.detail").value(startsWith("This same file is already in Puente, in “Acta técnica”")));
		String second = uploaded(upload(text("acta-tecnica-copia.txt", content), "duplicate", "allow"))
			.get("id").asString();
		assertThat(second).isNotEqualTo(first);
		// a version identical to the latest is refused as on the page
		storingNothingIn("document_version", multipart("/api/v1/documents/" + first + "/versions")
			.file(text("otra.txt", content)).with(as("st-crm")).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("documents.version.same"));
		storingNothingIn("document_version", multipart("/api/v1/documents/" + first + "/versions")
			.with(as("st-crm")).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("file"));
		// only the secretariats of its conferences version or correct it; an unknown document is 404 for all
		storingNothingIn("document_version", multipart("/api/v1/documents/" + first + "/versions")
			.file(text("otra.txt", "Otra cosa")).with(as("st-csm")).with(csrf()))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("documents.edit.forbidden"));
		mvc.perform(put("/api/v1/documents/" + first).with(as("st-csm")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"title\": {\"es\": \"Otro\"}, \"version\": 0}"))
			.andExpect(status().isForbidden());
		mvc.perform(put("/api/v1/documents/" + first).with(as("st-crm")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"title\": {\"es\": \"\"}, \"version\": 0}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("title"));
		String unknown = "/api/v1/documents/" + UUID.randomUUID();
		mvc.perform(put(unknown).with(as("st-crm")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\": 0}")).andExpect(status().isNotFound());
		mvc.perform(multipart(unknown + "/versions").file(text("otra.txt", "Otra")).with(as("fp-panama"))
			.with(csrf())).andExpect(status().isNotFound());
	}

}
