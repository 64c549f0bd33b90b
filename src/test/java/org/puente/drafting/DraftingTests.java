package org.puente.drafting;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import org.puente.TestMail;
import org.puente.PuenteTest;
import org.puente.accounts.AccountSummary;
import org.puente.accounts.Accounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Joint drafting over HTTP on the real database: rounds, amendments, conflicts, decisions, compilations, approval. */
@PuenteTest
@AutoConfigureMockMvc
class DraftingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DraftingManagement drafting;

	@Autowired
	Rounds rounds;

	@Autowired
	Accounts accounts;

	UUID text;

	List<UUID> paragraphs;

	RequestPostProcessor as(String username) {
		return user(users.loadUserByUsername(username));
	}

	AccountSummary account(String username) {
		return accounts.byUsername(username).orElseThrow();
	}

	/** A fresh bi-regional text with three paragraphs and a round open for a week. */
	@BeforeEach
	void draftAText() {
		text = drafting.create(new DraftingManagement.NewText(TextKind.BIREGIONAL_INPUT, "Texto de prueba " + UUID.randomUUID(),
				null, null, null, null, List.of("CRM", "CSM"),
				"Primer párrafo sobre la cooperación regional.\n\nSegundo párrafo con el retorno digno de las personas.\n\n"
						+ "Tercer párrafo final."),
				account("st-crm"));
		rounds.open(text, LocalDate.now().plusDays(7), LatePolicy.REFUSE, account("st-crm"));
		paragraphs = jdbc.queryForList("select id from drafting_paragraph where text_id = ? order by position",
				UUID.class, text);
	}

	int amendments() {
		return jdbc.queryForObject("select count(*) from drafting_amendment where text_id = ?", Integer.class, text);
	}

	String propose(String who, int paragraph, String kind, String original, String replacement, String reason,
			String proponent) throws Exception {
		return mvc.perform(post("/drafting/paragraphs/" + paragraphs.get(paragraph) + "/amendments").with(as(who))
			.with(csrf())
			.param("kind", kind)
			.param("original", original)
			.param("replacement", replacement)
			.param("reason", reason)
			.param("proponent", proponent)
			.param("seenRevision", "1"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
	}

	@Test
	void theDemoHoldsTheSixThematicInputsAndTheCamDeclarationInEveryState() {
		Map<String, Object> counts = jdbc.queryForMap("""
				select count(*) filter (where kind = 'BIREGIONAL_INPUT' and created_by = 'admin') inputs,
				       count(*) filter (where kind = 'CONFERENCE_DRAFT') drafts,
				       count(*) filter (where status = 'SUBMITTED') submitted
				from drafting_text""");
		assertThat(counts.get("inputs")).isEqualTo(6L);
		assertThat(counts.get("drafts")).isEqualTo(1L);
		assertThat((Long) counts.get("submitted")).isGreaterThanOrEqualTo(1L);
		assertThat(jdbc.queryForList("select distinct status from drafting_amendment", String.class))
			.contains("PROPOSED", "ACCEPTED", "REJECTED", "MERGED", "WITHDRAWN");
		// Mexico's accepted amendment is part of the submitted input's text
		assertThat(jdbc.queryForObject("""
				select count(*) from drafting_paragraph where body like '%sin discriminación alguna y en igualdad%'""",
				Integer.class)).isEqualTo(1);
	}

	@Test
	void twoCountriesAmendOneParagraphAndNeitherOverwritesTheOther() throws Exception {
		assertThat(propose("fp-mexico", 1, "REPLACE", "retorno digno", "retorno digno y sostenible", "Terminología de la OIM.",
				"MX")).startsWith("/drafting/" + text);
		assertThat(propose("fp-chile", 1, "REPLACE", "retorno digno", "retorno voluntario y digno", "Preferentemente voluntario.",
				"CL")).startsWith("/drafting/" + text);
		assertThat(jdbc.queryForList("select proponent from drafting_amendment where text_id = ? order by proponent",
				String.class, text)).containsExactly("CL", "MX");
		mvc.perform(get("/drafting/" + text).with(as("st-csm")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("retorno digno y sostenible")))
			.andExpect(content().string(containsString("retorno voluntario y digno")));
	}

	@Test
	void aParagraphChangedSinceItWasReadShowsBothWordingsAndStoresNothing() throws Exception {
		long version = jdbc.queryForObject("select version from drafting_paragraph where id = ?", Long.class,
				paragraphs.get(1));
		drafting.rewrite(paragraphs.get(1), version, "Segundo párrafo con el retorno seguro de las personas.",
				account("st-crm"));
		mvc.perform(post("/drafting/paragraphs/" + paragraphs.get(1) + "/amendments").with(as("fp-mexico")).with(csrf())
			.param("kind", "REPLACE")
			.param("original", "retorno seguro")
			.param("replacement", "retorno digno y seguro")
			.param("reason", "Recupera la dignidad.")
			.param("proponent", "MX")
			.param("seenRevision", "1"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Segundo párrafo con el retorno digno de las personas.")))
			.andExpect(content().string(containsString("Segundo párrafo con el retorno seguro de las personas.")))
			.andExpect(content().string(containsString("retorno digno y seguro")))
			.andExpect(content().string(containsString("name=\"seenRevision\" value=\"2\"")));
		assertThat(amendments()).isZero();
	}

	@Test
	void refusesBadProposalsWithTheirReasonAndStoresNothing() throws Exception {
		mvc.perform(post("/drafting/paragraphs/" + paragraphs.get(0) + "/amendments").with(as("fp-mexico")).with(csrf())
			.param("kind", "REPLACE").param("original", "cooperación").param("replacement", "x").param("reason", "")
			.param("proponent", "MX").param("seenRevision", "1"))
			.andExpect(status().isUnprocessableContent());
		mvc.perform(post("/drafting/paragraphs/" + paragraphs.get(0) + "/amendments").with(as("fp-mexico")).with(csrf())
			.param("kind", "INSERT_AFTER").param("replacement", "<script>alert(1)</script>").param("reason", "x")
			.param("proponent", "MX").param("seenRevision", "1"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("texto simple")));
		mvc.perform(post("/drafting/paragraphs/" + paragraphs.get(0) + "/amendments").with(as("fp-mexico")).with(csrf())
			.param("kind", "INSERT_AFTER").param("replacement", "a".repeat(1_000_000)).param("reason", "x")
			.param("proponent", "MX").param("seenRevision", "1"))
			.andExpect(status().isUnprocessableContent());
		mvc.perform(post("/drafting/paragraphs/" + paragraphs.get(0) + "/amendments").with(as("fp-mexico")).with(csrf())
			.param("kind", "REPLACE").param("original", "palabras que no están").param("replacement", "x")
			.param("reason", "x").param("proponent", "MX").param("seenRevision", "1"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("no están en el párrafo")));
		// Mexico's focal point cannot speak for Chile; France is not a member of either conference
		mvc.perform(post("/drafting/paragraphs/" + paragraphs.get(0) + "/amendments").with(as("fp-mexico")).with(csrf())
			.param("kind", "COMMENT").param("reason", "x").param("proponent", "CL").param("seenRevision", "1"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/drafting/paragraphs/" + paragraphs.get(0) + "/amendments").with(as("st-crm")).with(csrf())
			.contentType("application/json")
			.content("{\"kind\":\"COMMENT\",\"reason\":\"x\",\"proponent\":\"FR\",\"seenRevision\":1}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("FR")));
		assertThat(amendments()).isZero();
	}

	@Test
	void aClosedRoundFreezesTheTextAndRefusesLateProposalsWithTheDate() throws Exception {
		mvc.perform(post("/drafting/" + text + "/rounds/closing").with(as("st-crm")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.queryForObject("select status from drafting_text where id = ?", String.class, text))
			.isEqualTo("FROZEN");
		mvc.perform(post("/drafting/paragraphs/" + paragraphs.get(0) + "/amendments").with(as("fp-chile")).with(csrf())
			.param("kind", "COMMENT").param("reason", "Tarde").param("proponent", "CL").param("seenRevision", "1"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("no recibe propuestas tardías")));
		assertThat(amendments()).isZero();
	}

	@RegisterExtension
	static GreenMailExtension greenMail = TestMail.server();

	@Test
	void anOpenedRoundIsAnnouncedToEachFocalPointInTheirLanguage() throws Exception {
		jdbc.update("update account set language = 'en' where username = 'fp-chile'");
		try {
			greenMail.reset();
			mvc.perform(post("/drafting/" + text + "/rounds/closing").with(as("st-crm")).with(csrf()));
			mvc.perform(post("/drafting/" + text + "/rounds").with(as("st-crm")).with(csrf())
				.param("lastDay", LocalDate.now().plusDays(3).toString()).param("latePolicy", "ACCEPT_MARKED"))
				.andExpect(status().is3xxRedirection());
			// the notices of the closed round and of the new one are sent asynchronously: wait for the new one's
			Map<String, List<String>> subjects = subjectsByRecipient();
			for (long until = System.currentTimeMillis() + 15_000; System.currentTimeMillis() < until
					&& !(received(subjects, "punto.focal.mexico@demo.puente.example", "Ronda de enmiendas abierta:")
							&& received(subjects, "punto.focal.chile@demo.puente.example", "Amendment round open:"));
					Thread.sleep(100)) {
				subjects = subjectsByRecipient();
			}
			assertThat(subjects.get("punto.focal.chile@demo.puente.example")).anyMatch(
					s -> s.startsWith("Amendment round open:"));
			assertThat(subjects.get("punto.focal.mexico@demo.puente.example")).anyMatch(
					s -> s.startsWith("Ronda de enmiendas abierta:"));
		}
		finally {
			jdbc.update("update account set language = 'es' where username = 'fp-chile'");
		}
	}

	private static boolean received(Map<String, List<String>> subjects, String to, String subjectStart) {
		return subjects.getOrDefault(to, List.of()).stream().anyMatch(s -> s.startsWith(subjectStart));
	}

	private Map<String, List<String>> subjectsByRecipient() throws jakarta.mail.MessagingException {
		Map<String, List<String>> subjects = new java.util.HashMap<>();
		for (MimeMessage mail : greenMail.getReceivedMessages()) {
			subjects.computeIfAbsent(mail.getAllRecipients()[0].toString(), k -> new java.util.ArrayList<>())
				.add(mail.getSubject());
		}
		return subjects;
	}

	@Test
	void theRoundsTaskClosesARoundPastItsDeadline() {
		jdbc.update("update drafting_round set closes_at = now() - interval '1 minute' where text_id = ?", text);
		rounds.closeDueAndRemind();
		assertThat(jdbc.queryForObject("select status from drafting_text where id = ?", String.class, text))
			.isEqualTo("FROZEN");
	}

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
			.andExpect(status().isConflict());
		assertThat(jdbc.queryForList("select body from drafting_paragraph where text_id = ? and not deleted order by position",
				String.class, text)).containsExactly("Primer párrafo sobre la cooperación regional.",
						"Segundo párrafo con el retorno digno y sostenible de las personas.", "Tercer párrafo final.");
		// a focal point cannot decide
		mvc.perform(post("/drafting/amendments/" + chile.get("id") + "/decision").with(as("fp-chile")).with(csrf())
			.param("outcome", "ACCEPTED").param("version", "5"))
			.andExpect(status().isForbidden());
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
			.andExpect(content().string(containsString("México")))
			.andExpect(content().string(containsString("Reemplazar palabras · Propuesta")));
		mvc.perform(get("/api/v1/drafting/texts/" + text + "/compilation").param("format", "html").param("tracked", "true")
			.with(as("fp-chile")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<ins>retorno digno y sostenible</ins>")));
		mvc.perform(get("/api/v1/drafting/texts/" + text + "/compilation").param("format", "odt").with(as("fp-chile")))
			.andExpect(status().isBadRequest());
	}

	@Test
	void theTypedAmendmentIsKeptAndComesBackWhenTheFormOpensAgain() throws Exception {
		mvc.perform(post("/drafting/paragraphs/" + paragraphs.get(2) + "/draft").with(as("fp-chile")).with(csrf())
			.param("kind", "INSERT_AFTER").param("replacement", "Párrafo que Chile escribía").param("reason", "")
			.param("proponent", "CL"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-draft-saved")));
		mvc.perform(get("/drafting/paragraphs/" + paragraphs.get(2) + "/amend").with(as("fp-chile")))
			.andExpect(status().isOk())
			// textareas escape accented letters as entities
			.andExpect(content().string(containsString("rrafo que Chile escrib")))
			.andExpect(content().string(containsString("id=\"restored\"")));
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
	void theOpenRoundIsOnTheHomeOfTheSecretariatAndOfTheFocalPoints() throws Exception {
		String title = jdbc.queryForObject("select title_es from drafting_text where id = ?", String.class, text);
		for (String who : List.of("st-csm", "fp-panama")) {
			mvc.perform(get("/home").with(as(who)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Rondas de enmiendas abiertas")))
				.andExpect(content().string(containsString(title)));
		}
	}

	@Test
	void theApiListsTextsAndIsDocumentedInOpenApi() throws Exception {
		mvc.perform(get("/api/v1/drafting/texts").with(as("observer-oim")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(text.toString())));
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/api/v1/drafting/texts/{id}/compilation")));
	}
}
