package org.puente.drafting;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import org.puente.TestMail;
import org.puente.PuenteTest;

import static org.puente.PageContent.holds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.awaitility.Awaitility.await;

/** Joint drafting over HTTP on the real database: rounds, amendments, conflicts, the pages and the API. */
@PuenteTest
class DraftingTests extends DraftingTestSupport {

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
			.andExpect(holds("retorno digno y sostenible", "retorno voluntario y digno"));
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
			.andExpect(holds("El párrafo cambió mientras usted escribía.",
					"Segundo párrafo con el retorno digno de las personas.",
					"Segundo párrafo con el retorno seguro de las personas.", "retorno digno y seguro",
					"name=\"seenRevision\" value=\"2\""));
		assertThat(amendments()).isZero();
	}

	@Test
	void aRefusedRebaseComesBackWithTheReasonAndWhatWasTyped() throws Exception {
		propose("fp-mexico", 1, "REPLACE", "retorno digno", "retorno digno y sostenible", "OIM.", "MX");
		Object mexico = jdbc.queryForObject("select id from drafting_amendment where text_id = ?", Object.class, text);
		long version = jdbc.queryForObject("select version from drafting_paragraph where id = ?", Long.class,
				paragraphs.get(1));
		drafting.rewrite(paragraphs.get(1), version, "Segundo párrafo con el retorno seguro de las personas.",
				account("st-crm"));
		mvc.perform(rebase(mexico, "fp-mexico", "COMMENT", 2))
			.andExpect(status().isUnprocessableContent())
			.andExpect(holds("no se cambia su tipo", "Sobre la nueva frase."));
		mvc.perform(rebase(mexico, "fp-chile", "REPLACE", 2))
			.andExpect(status().isForbidden())
			.andExpect(holds("Solo quien la propuso puede retirarla o actualizarla.", "retorno seguro y sostenible"));
		mvc.perform(rebase(mexico, "fp-mexico", "REPLACE", 1))
			.andExpect(status().isConflict())
			.andExpect(holds("El párrafo cambió mientras usted escribía.", "retorno seguro y sostenible",
					"name=\"seenRevision\" value=\"2\""));
		assertThat(jdbc.queryForObject("select replacement from drafting_amendment where id = ?", String.class,
				mexico)).isEqualTo("retorno digno y sostenible");
	}

	private org.springframework.test.web.servlet.RequestBuilder rebase(Object amendment, String who, String kind,
			int seenRevision) {
		return post("/drafting/amendments/" + amendment + "/rebase").with(as(who)).with(csrf()).param("kind", kind)
			.param("original", "retorno seguro").param("replacement", "retorno seguro y sostenible")
			.param("reason", "Sobre la nueva frase.").param("proponent", "MX")
			.param("seenRevision", String.valueOf(seenRevision));
	}

	/** A proposal with mistakes sent by a script that asks for JSON is a problem report listing them. */
	@Test
	void aProposalWithMistakesIsAProblemReportForAScript() throws Exception {
		mvc.perform(post("/drafting/paragraphs/" + paragraphs.get(0) + "/amendments").with(as("fp-mexico")).with(csrf())
			.param("kind", "COMMENT").param("reason", "").param("proponent", "MX").param("seenRevision", "1")
			.accept(org.springframework.http.MediaType.APPLICATION_JSON))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
				.jsonPath("$.errors[?(@.field == 'reason')].code").value("NotBlank"));
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

	@Test
	void aRoundThatTakesNoLateProposalOffersNoFormToWriteOneIn() throws Exception {
		// seen in the walk-through: every paragraph of a frozen text offered "Proponer una enmienda", and the form was
		// refused only once written and sent
		mvc.perform(post("/drafting/" + text + "/rounds/closing").with(as("st-crm")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/drafting/" + text).with(as("fp-chile")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"amend-1\""))));
		mvc.perform(get("/drafting/paragraphs/" + paragraphs.get(0) + "/amend").with(as("fp-chile")))
			.andExpect(status().isOk())
			.andExpect(holds("no-proposals", "Volver al texto"))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"amend-form\""))));
		// a round that takes late proposals (marked late) still offers them
		jdbc.update("update drafting_round set late_policy = 'ACCEPT_MARKED' where text_id = ?", text);
		mvc.perform(get("/drafting/" + text).with(as("fp-chile")))
			.andExpect(status().isOk())
			.andExpect(holds("id=\"amend-1\""));
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
			await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
				Map<String, List<String>> subjects = subjectsByRecipient();
				assertThat(subjects.get("punto.focal.chile@demo.puente.example")).anyMatch(
						s -> s.startsWith("Amendment round open:"));
				assertThat(subjects.get("punto.focal.mexico@demo.puente.example")).anyMatch(
						s -> s.startsWith("Ronda de enmiendas abierta:"));
			});
			// each copy says why it was sent and stops amendment round notices in one click (RFC 8058)
			MimeMessage chile = java.util.Arrays.stream(greenMail.getReceivedMessages())
				.filter(m -> TestMail.recipient(m).equals("punto.focal.chile@demo.puente.example")).filter(m -> {
					try {
						return m.getSubject().startsWith("Amendment round open:");
					}
					catch (jakarta.mail.MessagingException ex) {
						throw new IllegalStateException(ex);
					}
				}).findFirst().orElseThrow();
			assertThat(TestMail.textPart(chile)).contains("because the text belongs to your conference")
				.contains("You can stop these mails on your account page");
			assertThat(TestMail.unsubscribePath(chile)).startsWith("/unsubscribe/drafting-notices/").endsWith("?lang=en");
		}
		finally {
			jdbc.update("update account set language = 'es' where username = 'fp-chile'");
		}
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
	void theTypedAmendmentIsKeptAndComesBackWhenTheFormOpensAgain() throws Exception {
		mvc.perform(post("/drafting/paragraphs/" + paragraphs.get(2) + "/draft").with(as("fp-chile")).with(csrf())
			.param("kind", "INSERT_AFTER").param("replacement", "Párrafo que Chile escribía").param("reason", "")
			.param("proponent", "CL"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-draft-saved")))
			// without scripts the server's time stays: it names its zone (walk 8 #16), which puente.js replaces
			.andExpect(content().string(containsString(" (" + org.puente.i18n.DateFormats.zoneName() + ")</time>")));
		mvc.perform(get("/drafting/paragraphs/" + paragraphs.get(2) + "/amend").with(as("fp-chile")))
			.andExpect(status().isOk())
			// textareas escape accented letters as entities
			.andExpect(holds("rrafo que Chile escrib", "id=\"restored\""));
	}

	@Test
	void theOpenRoundIsOnTheHomeOfTheSecretariatAndOfTheFocalPoints() throws Exception {
		String title = jdbc.queryForObject("select title_es from drafting_text where id = ?", String.class, text);
		for (String who : List.of("st-csm", "fp-panama")) {
			mvc.perform(get("/home").with(as(who)))
				.andExpect(status().isOk())
				.andExpect(holds("Rondas de enmiendas abiertas", title));
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
