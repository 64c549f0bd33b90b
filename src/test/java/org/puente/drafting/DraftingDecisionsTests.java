package org.puente.drafting;

import java.io.ByteArrayInputStream;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;

import static org.puente.PageContent.holds;
import static org.puente.PageContent.lacks;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Joint drafting's decisions on the real database: accepting and rejecting, compilations, approval in plenary. */
@PuenteTest
class DraftingDecisionsTests extends DraftingTestSupport {

	@Test
	void acceptingAppliesTheChangeRejectingDoesNotAndAStaleFormIsAConflict() throws Exception {
		propose("fp-mexico", 1, "REPLACE", "retorno digno", "retorno digno y sostenible", "OIM.", "MX");
		propose("fp-chile", 2, "DELETE", "", "", "Sobra.", "CL");
		Map<String, Object> mexico = jdbc.queryForMap("select id, version from drafting_amendment where text_id = ? and proponent = 'MX'", text);
		Map<String, Object> chile = jdbc.queryForMap("select id, version from drafting_amendment where text_id = ? and proponent = 'CL'", text);
		mvc.perform(post("/drafting/amendments/" + mexico.get("id") + "/decision").with(as("st-crm")).with(csrf())
			.param("outcome", "ACCEPTED").param("version", String.valueOf(mexico.get("version"))))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/drafting/amendments/" + chile.get("id") + "/decision").with(as("st-csm")).with(csrf())
			.param("outcome", "REJECTED").param("version", String.valueOf(chile.get("version")))
			.param("note", "La plenaria mantiene el párrafo."))
			.andExpect(status().is3xxRedirection());
		// a second decision from a page opened before the first
		mvc.perform(post("/drafting/amendments/" + chile.get("id") + "/decision").with(as("st-crm")).with(csrf())
			.param("outcome", "ACCEPTED").param("version", String.valueOf(chile.get("version"))))
			.andExpect(status().isConflict())
			.andExpect(holds("Otra persona guardó cambios"));
		assertThat(jdbc.queryForList("select body from drafting_paragraph where text_id = ? and not deleted order by position",
				String.class, text)).containsExactly("Primer párrafo sobre la cooperación regional.",
						"Segundo párrafo con el retorno digno y sostenible de las personas.", "Tercer párrafo final.");
		// a focal point cannot decide
		mvc.perform(post("/drafting/amendments/" + chile.get("id") + "/decision").with(as("fp-chile")).with(csrf())
			.param("outcome", "ACCEPTED").param("version", "5"))
			.andExpect(status().isForbidden());
	}

	@Test
	void aDecisionOnAnAmendmentDecidedMeanwhileIsAConflictThatGivesTheTypedNoteBack() throws Exception {
		propose("fp-mexico", 1, "REPLACE", "retorno digno", "retorno digno y sostenible", "OIM.", "MX");
		Map<String, Object> mexico = jdbc.queryForMap("select id, version from drafting_amendment where text_id = ?", text);
		String decision = "/drafting/amendments/" + mexico.get("id") + "/decision";
		mvc.perform(post(decision).with(as("st-csm")).with(csrf())
			.param("outcome", "REJECTED").param("version", String.valueOf(mexico.get("version"))))
			.andExpect(status().is3xxRedirection());
		String note = "Nota larga escrita mientras otra secretaría decidía, que no debe perderse.";
		mvc.perform(post(decision).with(as("st-crm")).with(csrf())
			.param("outcome", "ACCEPTED").param("version", String.valueOf(mexico.get("version"))).param("note", note))
			.andExpect(status().isConflict())
			.andExpect(holds("Otra persona guardó cambios", note))
			// who decided, as people read it: the secretariat, not its account name (walk of 5 December, evening)
			.andExpect(holds("por Secretaría Técnica CSM el"))
			.andExpect(lacks("por st-csm"));
		assertThat(jdbc.queryForObject("select decision_note from drafting_amendment where id = ?", String.class,
				mexico.get("id"))).isNull();
	}

	/** The note of a decision has the limit its field shows (maxlength): a longer one is refused, and kept typed. */
	@Test
	void aDecisionNoteOverTheLimitIsRefusedWithTheNoteKeptAndTheAmendmentOpen() throws Exception {
		propose("fp-mexico", 1, "REPLACE", "retorno digno", "retorno digno y sostenible", "OIM.", "MX");
		Map<String, Object> mexico = jdbc.queryForMap("select id, version from drafting_amendment where text_id = ?", text);
		String note = "La plenaria lo discutió. " + "n".repeat(AmendmentChange.MAX_TEXT);
		mvc.perform(post("/drafting/amendments/" + mexico.get("id") + "/decision").with(as("st-crm")).with(csrf())
			.param("outcome", "REJECTED").param("version", String.valueOf(mexico.get("version"))).param("note", note))
			.andExpect(status().isUnprocessableContent())
			.andExpect(holds("El texto es demasiado largo", note + "</textarea>"));
		assertThat(jdbc.queryForMap("select status, decision_note from drafting_amendment where id = ?",
				mexico.get("id"))).containsEntry("status", "PROPOSED").containsEntry("decision_note", null);
	}

	@Test
	void aDecisionThatIsNoOutcomeSaysWhichOutcomesThereAre() throws Exception {
		propose("fp-mexico", 1, "REPLACE", "retorno digno", "retorno digno y sostenible", "OIM.", "MX");
		Map<String, Object> mexico = jdbc.queryForMap("select id, version from drafting_amendment where text_id = ?", text);
		mvc.perform(post("/drafting/amendments/" + mexico.get("id") + "/decision").with(as("st-crm")).with(csrf())
			.param("outcome", "WITHDRAWN").param("version", String.valueOf(mexico.get("version"))))
			.andExpect(status().isUnprocessableContent())
			.andExpect(holds("La decisión sobre una enmienda es aceptarla, rechazarla o fusionarla"));
		assertThat(jdbc.queryForMap("select status from drafting_amendment where id = ?", mexico.get("id")))
			.containsEntry("status", "PROPOSED");
	}

	@Test
	void theTrackedWordCompilationCarriesRealRevisionsWithTheirAuthors() throws Exception {
		propose("fp-mexico", 1, "REPLACE", "retorno digno", "retorno digno y sostenible", "OIM.", "MX");
		propose("fp-chile", 2, "DELETE", "", "", "Sobra.", "CL");
		propose("st-csm", 0, "COMMENT", "", "", "La CSM pide citar el Acta de Panamá.", "CSM");
		byte[] docx = mvc.perform(get("/api/v1/drafting/texts/" + text + "/compilation").param("format", "docx")
			.param("tracked", "true").with(as("observer-oim")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("wordprocessingml")))
			.andReturn().getResponse().getContentAsByteArray();
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
			String xml = doc.getDocument().xmlText();
			assertThat(xml).contains("w:author=\"México\"").contains("<w:t xml:space=\"preserve\">retorno digno y sostenible</w:t>");
			assertThat(xml).contains("w:del ").contains("w:author=\"Chile\"").contains("Tercer párrafo final.");
			assertThat(doc.getComments()).extracting(c -> c.getAuthor()).containsExactly("CSM");
		}
		byte[] clean = mvc.perform(get("/api/v1/drafting/texts/" + text + "/compilation").param("format", "docx")
			.with(as("fp-chile"))).andReturn().getResponse().getContentAsByteArray();
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(clean))) {
			assertThat(doc.getDocument().xmlText()).doesNotContain("w:ins").doesNotContain("w:del ");
		}
		byte[] pdf = mvc.perform(get("/drafting/" + text + "/compilation").param("format", "pdf").param("tracked", "true")
			.with(as("st-crm"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
			String words = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
			assertThat(words).contains("retorno digno y sostenible").contains("[México]").contains("[Chile]");
		}
	}

	@Test
	void theMatrixAndTheHtmlCompilationShowWhoProposedWhat() throws Exception {
		propose("fp-mexico", 1, "REPLACE", "retorno digno", "retorno digno y sostenible", "OIM.", "MX");
		mvc.perform(get("/drafting/" + text + "/matrix").with(as("fp-chile")))
			.andExpect(status().isOk())
			.andExpect(holds("México", "Reemplazar palabras · Propuesta"));
		mvc.perform(get("/api/v1/drafting/texts/" + text + "/compilation").param("format", "html").param("tracked", "true")
			.with(as("fp-chile")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<ins>retorno digno y sostenible</ins>")));
		mvc.perform(get("/api/v1/drafting/texts/" + text + "/compilation").param("format", "odt").with(as("fp-chile")))
			.andExpect(status().isBadRequest());
	}

	@Test
	void approvalInPlenaryMakesTheTextANewDocumentVersionAndFreezesItForGood() throws Exception {
		mvc.perform(post("/drafting/" + text + "/approval").with(as("st-crm")).with(csrf())
			.param("meetingTitle", "Consulta plenaria de prueba").param("on", "2017-09-27")
			.param("agreement", "Acuerdo 1"))
			.andExpect(status().is3xxRedirection());
		Map<String, Object> approved = jdbc.queryForMap("select status, document_id from drafting_text where id = ?", text);
		assertThat(approved.get("status")).isEqualTo("APPROVED");
		assertThat(jdbc.queryForObject("select workflow_state from document where id = ?", String.class,
				approved.get("document_id"))).isEqualTo("APPROVED_IN_PLENARY");
		mvc.perform(post("/drafting/paragraphs/" + paragraphs.get(0) + "/amendments").with(as("fp-chile")).with(csrf())
			.param("kind", "COMMENT").param("reason", "x").param("proponent", "CL").param("seenRevision", "1"))
			.andExpect(status().isConflict());
		mvc.perform(post("/drafting/" + text + "/submission").with(as("st-crm")).with(csrf())
			.param("on", "2017-10-02").param("reference", "Nota 41"))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.queryForObject("select workflow_state from document where id = ?", String.class,
				approved.get("document_id"))).isEqualTo("SUBMITTED");
	}

	@Test
	void approvalWaitsUntilEveryAmendmentIsDecided() throws Exception {
		propose("fp-mexico", 1, "REPLACE", "retorno digno", "retorno digno y sostenible", "OIM.", "MX");
		mvc.perform(post("/drafting/" + text + "/approval").with(as("st-crm")).with(csrf())
			.param("meetingTitle", "Plenaria").param("on", "2017-09-27"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Queda 1 enmienda abierta")));
		assertThat(jdbc.queryForObject("select status from drafting_text where id = ?", String.class, text))
			.isEqualTo("DRAFTING");
	}

	@Test
	void aRefusedActionShowsTheTextAgainWithTheReasonAndWhatWasTyped() throws Exception {
		propose("fp-mexico", 1, "REPLACE", "retorno digno", "retorno digno y sostenible", "OIM.", "MX");
		Object mexico = jdbc.queryForObject("select id from drafting_amendment where text_id = ?", Object.class, text);
		mvc.perform(post("/drafting/amendments/" + mexico + "/support").with(as("fp-mexico")).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(holds("Su país propuso esta enmienda: no hace falta apoyarla."));
		String tooLong = "Comentario largo " + "x".repeat(Amending.MAX_COMMENT);
		mvc.perform(post("/drafting/amendments/" + mexico + "/comments").with(as("fp-chile")).with(csrf())
			.param("body", tooLong))
			.andExpect(status().isUnprocessableContent())
			.andExpect(holds("El texto es demasiado largo", tooLong));
		mvc.perform(post("/drafting/" + text + "/rounds").with(as("st-crm")).with(csrf()).param("lastDay", "2099-05-04"))
			.andExpect(status().isConflict())
			.andExpect(holds("Ya hay una ronda abierta para este texto."));
		mvc.perform(post("/drafting/paragraphs/" + paragraphs.get(0)).with(as("st-crm")).with(csrf())
			.param("textId", text.toString()).param("version", "99").param("body", "Primer párrafo reescrito tarde."))
			.andExpect(status().isConflict())
			.andExpect(holds("Otra persona guardó cambios", "Primer párrafo reescrito tarde."));
	}
}
