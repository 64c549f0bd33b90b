package org.puente.documents;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.puente.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.awaitility.Awaitility.await;

/** Uploads, versions, extraction failures and the input workflow, over HTTP on the real database. */
@PuenteTest
class DocumentsTests extends WebTestSupport {

	@Autowired
	JdbcTemplate jdbc;

	MockMultipartHttpServletRequestBuilder upload(String fileName, byte[] bytes) {
		return DocumentForms.upload(new MockMultipartFile("file", fileName, "application/octet-stream", bytes))
			.with(as("st-crm"))
			.with(csrf());
	}

	/**
	 * The demo Acta is one document: the minutes the demo agreements were confirmed from, described as the final act,
	 * linked from its meeting and its minutes page, and listed once (the same for the Minuta).
	 */
	@Test
	void theDemoShowsEachSeedOnceLinkedFromItsMeetingAndItsMinutes() throws Exception {
		for (String seed : new String[] { "acta-final-2017-06-08.txt", "minuta-2017-05-11.txt" }) {
			assertThat(jdbc.queryForList("select document_id from document_version where file_name = ? and number = 1",
					UUID.class, seed)).as(seed).hasSize(1);
		}
		UUID acta = jdbc.queryForObject("""
				select d.id from document d join document_version v on v.document_id = d.id and v.number = 1
				where v.file_name = 'acta-final-2017-06-08.txt'""", UUID.class);
		assertThat(jdbc.queryForObject("select kind from document where id = ?", String.class, acta))
			.isEqualTo("FINAL_ACT");
		UUID review = jdbc.queryForObject("select id from agreement_review where minutes_document_id = ?", UUID.class,
				acta);
		UUID meeting = jdbc.queryForObject("select meeting_id from document where id = ?", UUID.class, acta);
		String link = "href=\"/documents/" + acta + "\"";
		String title = "Acta final de la reunión bi-regional CRM–CSM (8 de junio de 2017)";
		mvc.perform(get("/agreements/minutes/" + review)).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString(link)));
		mvc.perform(get("/meetings/" + meeting)).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString(link)));
		String list = mvc.perform(get("/documents").param("kind", "FINAL_ACT")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(list.split(java.util.regex.Pattern.quote(title), -1)).as("listed once").hasSize(2);
		mvc.perform(get("/documents/" + acta)).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString(title)));
	}

	@Test
	void storesAnUploadedTextAndExtractsItInTheBackground() throws Exception {
		MvcResult result = mvc.perform(upload("informe.txt",
				"Informe sobre la cooperación consular\nSegunda línea con palabra zanahoriaúnica".getBytes(
						StandardCharsets.UTF_8)))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		UUID id = UUID.fromString(result.getResponse().getRedirectedUrl().replace("/documents/", ""));
		assertThat(waitForExtraction(id, 1)).isEqualTo("DONE");
		mvc.perform(get("/documents/" + id + "/versions/1"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("zanahoriaúnica")));
	}

	/** Extraction is a module listener: after the commit, recorded in the event publication registry until done. */
	@Test
	void schedulesTheExtractionThroughThePublicationRegistryAfterTheCommit() throws Exception {
		MvcResult result = mvc.perform(upload("registro.txt", "Texto para el registro de eventos".getBytes(
				StandardCharsets.UTF_8)))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		UUID id = UUID.fromString(result.getResponse().getRedirectedUrl().replace("/documents/", ""));
		assertThat(waitForExtraction(id, 1)).isEqualTo("DONE");
		String sql = """
				select count(*) from event_publication
				where listener_id like '%Extraction%' and event_type like '%DocumentVersionUploaded'
				  and serialized_event like ? and completion_date is not null""";
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(jdbc.queryForObject(sql, Integer.class, "%" + id + "%")).isEqualTo(1));
	}

	@Test
	void refusesAFileWhoseExtensionIsNotAccepted() throws Exception {
		storingNothingIn("document", upload("programa.exe", "MZ\u0090\u0000binary".getBytes(StandardCharsets.ISO_8859_1)))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("no es de un formato admitido")));
	}

	@Test
	void refusesAZipPretendingToBeAPdfAndStoresNothing() throws Exception {
		storingNothingIn("document", upload("acta.pdf", zip("hola.txt", "hola".getBytes())))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("application/zip")));
	}

	@Test
	void refusesAnEmptyFile() throws Exception {
		mvc.perform(upload("vacio.txt", new byte[0])).andExpect(status().isUnprocessableContent())
			.andExpect(org.puente.PageContent.holds("<title>Error: Subir un documento — Puente</title>"));
		mvc.perform(upload("vacio.txt", new byte[0]).header("Accept-Language", "fr"))
			.andExpect(org.puente.PageContent.holds("<title>Erreur : Téléverser un document — Puente</title>"));
		mvc.perform(get("/documents/new").with(as("st-crm")))
			.andExpect(org.puente.PageContent.holds("<title>Subir un documento — Puente</title>"));
	}

	@Test
	void aFormRefusedForAnotherFieldSaysToChooseTheFileAgain() throws Exception {
		// browsers empty the file field of a form that comes back: seen in the walk-through, a date left empty was the
		// only problem listed, and the next send was refused for a missing file
		storingNothingIn("document", DocumentForms.upload(DocumentForms.text("informe.txt", "Informe de Panamá"), "date", "")
			.with(as("st-crm"))
			.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(org.puente.PageContent.holds("Vuelva a elegir el archivo «informe.txt»"));
		mvc.perform(DocumentForms.upload(DocumentForms.text("informe.txt", "Informe"), "date", "")
			.with(as("st-crm"))
			.with(csrf())
			.header("Accept-Language", "pt"))
			.andExpect(org.puente.PageContent.holds("Escolha de novo o arquivo “informe.txt”"));
	}

	@Test
	void theConfidentialityHintSaysObserversReadConferenceDocuments() throws Exception {
		// observer accounts (IOM) read the "Conferencias" level: the secretariat choosing it is told so
		mvc.perform(get("/documents/new").with(as("st-crm")))
			.andExpect(org.puente.PageContent.holds("organizaciones observadoras (como la OIM)"));
	}

	@Test
	void refusesAFileLargerThanTheLimit() throws Exception {
		byte[] big = new byte[51 * 1024 * 1024];
		java.util.Arrays.fill(big, (byte) 'a');
		storingNothingIn("document", upload("grande.txt", big)).andExpect(status().isPayloadTooLarge());
	}

	@Test
	void marksACorruptPdfAsFailedWithAReasonButKeepsTheFile() throws Exception {
		MvcResult result = mvc.perform(upload("roto.pdf", "%PDF-1.4\n1 0 obj << /Type /Catalog >>\ngarbage"
			.getBytes(StandardCharsets.ISO_8859_1))).andExpect(status().is3xxRedirection()).andReturn();
		UUID id = UUID.fromString(result.getResponse().getRedirectedUrl().replace("/documents/", ""));
		assertThat(waitForExtraction(id, 1)).isEqualTo("FAILED");
		mvc.perform(get("/documents/" + id))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("No se pudo leer")));
		mvc.perform(get("/documents/" + id + "/versions/1")).andExpect(status().isOk());
	}

	@Test
	void marksAZipBombAsFailedAndKeepsServing() throws Exception {
		// the finding: 1 MB whose word/document.xml inflates to 1 GiB used to take this JVM's heap
		byte[] bomb = TestFiles.docxBomb(1L << 30);
		MvcResult result = mvc.perform(upload("bomba.docx", bomb)).andExpect(status().is3xxRedirection()).andReturn();
		UUID id = UUID.fromString(result.getResponse().getRedirectedUrl().replace("/documents/", ""));
		assertThat(waitForExtraction(id, 1)).isEqualTo("FAILED");
		assertThat(jdbc.queryForObject("select extraction_error from document_version where document_id = ?",
				String.class, id)).isEqualTo("documents.extraction.bomb");
		mvc.perform(get("/documents/" + id).with(as("st-crm")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("posible bomba de compresión")));
	}

	@Test
	void keepsEveryVersionAndShowsTheDiff() throws Exception {
		MvcResult result = mvc.perform(upload("insumo.md", "# Insumo\nPrimera línea\nSegunda línea\n".getBytes(
				StandardCharsets.UTF_8))).andReturn();
		UUID id = UUID.fromString(result.getResponse().getRedirectedUrl().replace("/documents/", ""));
		mvc.perform(multipart("/documents/" + id + "/versions")
			.file(new MockMultipartFile("file", "insumo-v2.md", "text/markdown",
					"# Insumo\nPrimera línea\nLínea nueva añadida\n".getBytes(StandardCharsets.UTF_8)))
			.param("note", "Revisión de la CSM")
			.with(as("st-crm"))
			.with(csrf())).andExpect(status().is3xxRedirection());
		waitForExtraction(id, 1);
		waitForExtraction(id, 2);
		mvc.perform(get("/documents/" + id + "/diff?from=1&to=2").with(as("fp-panama")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("<ins>Línea nueva añadida</ins>")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("<del>Segunda línea</del>")));
		mvc.perform(get("/documents/" + id + "/versions/2"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Línea nueva")));
	}

	@Test
	void refusesANewVersionIdenticalToTheLatestButTakesAnOlderOneBack() throws Exception {
		// seen in the walk-through: the file of version 1 chosen again was saved as version 2
		byte[] first = "Informe de Panamá\nPrimera redacción\n".getBytes(StandardCharsets.UTF_8);
		byte[] second = "Informe de Panamá\nSegunda redacción\n".getBytes(StandardCharsets.UTF_8);
		String page = mvc.perform(upload("informe.txt", first)).andReturn().getResponse().getRedirectedUrl();
		storingNothingIn("document_version", multipart(page + "/versions")
			.file(new MockMultipartFile("file", "informe-copia.txt", "text/plain", first))
			.with(as("st-crm"))
			.with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(org.puente.PageContent.holds("Este archivo es idéntico a la versión 1, la última"));
		mvc.perform(multipart(page + "/versions").file(new MockMultipartFile("file", "informe-v2.txt", "text/plain", second))
			.with(as("st-crm"))
			.with(csrf())).andExpect(status().is3xxRedirection());
		// back to the first wording: a change, taken as version 3
		mvc.perform(multipart(page + "/versions").file(new MockMultipartFile("file", "informe.txt", "text/plain", first))
			.with(as("st-crm"))
			.with(csrf())).andExpect(status().is3xxRedirection());
	}

	@Test
	void refusesANewVersionFromAnotherConferencesSecretariatAndAnEmptyOne() throws Exception {
		MvcResult result = mvc.perform(upload("crm.txt", "Solo CRM".getBytes())).andReturn();
		String url = result.getResponse().getRedirectedUrl();
		mvc.perform(multipart(url + "/versions").file(new MockMultipartFile("file", "crm.txt", "text/plain",
				"otra".getBytes())).with(as("st-csm")).with(csrf())).andExpect(status().isForbidden())
			.andExpect(org.puente.PageContent.lacks("Subir una nueva versión"));
		// an empty file: the document's page again, the reason above the upload form
		mvc.perform(multipart(url + "/versions").file(new MockMultipartFile("file", "vacio.txt", "text/plain",
				new byte[0])).param("note", "Nota").with(as("st-crm")).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(org.puente.PageContent.holds("id=\"error-summary\"",
					"El archivo está vacío: elija un archivo con contenido.", "Subir una nueva versión"));
	}

	@Test
	void movesAnInputOnlyForwardAndOnlyForItsSecretariat() throws Exception {
		UUID id = jdbc.queryForObject("""
				select id from document where kind = 'BIREGIONAL_INPUT' and workflow_state = 'DRAFT'
				  and 'CRM' = any(processes) and confidentiality = 'PUBLIC' order by document_date limit 1""",
				UUID.class);
		long version = jdbc.queryForObject("select version from document where id = ?", Long.class, id);
		// a focal point comments but does not move
		mvc.perform(post("/documents/" + id + "/transitions").param("target", "AGREED_IN_CONFERENCE")
			.param("version", String.valueOf(version)).with(as("fp-panama")).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/documents/" + id + "/comments").param("body", "Panamá propone añadir un párrafo.")
			.with(as("fp-panama")).with(csrf())).andExpect(status().is3xxRedirection());
		// skipping steps is refused with a sentence
		mvc.perform(post("/documents/" + id + "/transitions").param("target", "SUBMITTED")
			.param("version", String.valueOf(version)).with(as("st-crm")).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("no puede pasar a")));
		mvc.perform(post("/documents/" + id + "/transitions").param("target", "AGREED_IN_CONFERENCE")
			.param("version", String.valueOf(version)).with(as("st-crm")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.queryForObject("select workflow_state from document where id = ?", String.class, id))
			.isEqualTo("AGREED_IN_CONFERENCE");
		assertThat(jdbc.queryForObject("select actor from document_transition where document_id = ? order by id desc limit 1",
				String.class, id)).isEqualTo("st-crm");
		// a second secretariat working from the same page gets a conflict, not a silent overwrite
		mvc.perform(post("/documents/" + id + "/transitions").param("target", "DRAFT")
			.param("version", String.valueOf(version)).with(as("st-crm")).with(csrf()))
			.andExpect(status().isConflict());
		mvc.perform(get("/documents/inputs")).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Insumo bi-regional: remesas")));
	}

	/** The version's extraction status once it is neither PENDING nor RUNNING (fails after 30 s). */
	String waitForExtraction(UUID id, int number) {
		return await().atMost(Duration.ofSeconds(30))
			.until(() -> jdbc.queryForObject(
					"select extraction_status from document_version where document_id = ? and number = ?", String.class,
					id, number), status -> !"PENDING".equals(status) && !"RUNNING".equals(status));
	}

	static byte[] zip(String name, byte[] content) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry(name));
			zip.write(content);
			zip.closeEntry();
		}
		return out.toByteArray();
	}
}
