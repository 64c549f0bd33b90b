package org.puente.experts;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.puente.accounts.AccountSummary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.puente.PageContent.holds;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The nomination rounds on the real database: quotas, deadline, consent, country, approvals and the letter. */
@PuenteTest
class NominationRoundsTests extends ExpertsTestSupport {

	@Test
	void theDemoRoundOfActa9HasACompleteJointListAndUruguaysFourthNomineeRefused() {
		RoundView.Summary demo = nominations.rounds().stream()
			.filter(r -> r.title().equals(DemoExperts.ROUND_TITLE)).findFirst().orElseThrow();
		RoundView round = nominations.view(demo.id());
		assertThat(round.approved()).isTrue();
		assertThat(round.deadline()).isEqualTo(LocalDate.of(2017, 6, 12));
		assertThat(round.pptCrm()).isEqualTo("SV");
		assertThat(round.pptCsm()).isEqualTo("CL");
		assertThat(round.sessions()).extracting(RoundView.SessionView::number).containsExactly(4, 5, 6);
		for (RoundView.SessionView s : round.sessions()) {
			assertThat(s.conferences()).allSatisfy(c -> assertThat(c.agreed()).isEqualTo(3));
		}
		assertThat(round.refusals()).singleElement().satisfies(r -> {
			assertThat(r.country()).isEqualTo("UY");
			assertThat(r.session()).isEqualTo(5);
			assertThat(r.reasonKey()).isEqualTo("experts.refused.quota");
		});
		JointLetter.Letter letter = letters.letter(demo.id(), "es");
		assertThat(letter.draft()).isFalse();
		assertThat(letter.sections()).allSatisfy(s -> assertThat(s.lines()).hasSize(6));
		assertThat(letter.signatures()).extracting(JointLetter.Signature::country).containsExactly("El Salvador", "Chile");
	}

	@Test
	void aFourthNomineeForASessionIsRefusedAndTheRefusalStaysOnTheRound() {
		UUID round = openRound(LocalDate.now().plusDays(10));
		AccountSummary csm = account("st-csm");
		for (String country : List.of("AR", "BR", "CL")) {
			nominations.propose(round, new Nominations.Proposal(4, "CSM", country, expert(country)), csm);
		}
		refused(() -> nominations.propose(round, new Nominations.Proposal(4, "CSM", "UY", expert("UY")), csm),
				"experts.refused.quota");
		// the other conference and the other session still have room
		nominations.propose(round, new Nominations.Proposal(4, "CRM", "MX", expert("MX")), account("st-crm"));
		nominations.propose(round, new Nominations.Proposal(5, "CSM", "UY", expert("UY")), csm);
		RoundView view = nominations.view(round);
		assertThat(view.refusals()).singleElement().satisfies(r -> assertThat(r.country()).isEqualTo("UY"));
		assertThat(view.sessions().get(0).conferences().get(1).full()).isTrue();
		assertThat(view.sessions().get(0).balance().total()).isEqualTo(4);
	}

	@Test
	void aNominationAfterTheDeadlineIsRefused() {
		UUID round = openRound(LocalDate.now().minusDays(2));
		refused(() -> nominations.propose(round, new Nominations.Proposal(4, "CSM", "CL", expert("CL")),
				account("fp-chile")), "experts.refused.deadline");
	}

	@Test
	void anExpertWithoutConsentCannotBeNominatedAndWithdrawingConsentTakesThemOffTheList() {
		UUID round = openRound(LocalDate.now().plusDays(10));
		UUID none = roster.create(data("Sin consentimiento " + UUID.randomUUID(), "CL"),
				new Roster.Consent(true, false, LocalDate.of(2026, 1, 1)), account("st-csm"));
		refused(() -> nominations.propose(round, new Nominations.Proposal(4, "CSM", "CL", none), account("fp-chile")),
				"experts.refused.consent");
		UUID withdrawn = expert("CL");
		roster.withdrawConsent(withdrawn, account("st-csm"));
		refused(() -> nominations.propose(round, new Nominations.Proposal(4, "CSM", "CL", withdrawn),
				account("fp-chile")), "experts.refused.consent");
		assertThat(roster.consented()).extracting(ExpertSummary::id).doesNotContain(none, withdrawn);
	}

	@Test
	void aCountryOutsideTheConferenceCannotNominateForIt() {
		UUID round = openRound(LocalDate.now().plusDays(10));
		refused(() -> nominations.propose(round, new Nominations.Proposal(4, "CRM", "CL", expert("CL")),
				account("st-crm")), "experts.refused.country");
		refused(() -> nominations.propose(round, new Nominations.Proposal(4, "CRM", "CL", expert("CL")),
				account("fp-chile")), "experts.refused.country");
		// a focal point speaks for its own country only
		refused(() -> nominations.propose(round, new Nominations.Proposal(4, "CSM", "AR", expert("AR")),
				account("fp-chile")), "experts.forbidden.propose");
	}

	@Test
	void theChainRunsFromProposalsToBothPresidenciesAndTheLetter() throws Exception {
		UUID round = openRound(LocalDate.now().plusDays(10));
		UUID mx = nominations.propose(round, new Nominations.Proposal(4, "CRM", "MX", expert("MX")), account("fp-mexico"));
		UUID cl = nominations.propose(round, new Nominations.Proposal(5, "CSM", "CL", expert("CL")), account("fp-chile"));
		refused(() -> nominations.decide(cl, NominationStatus.AGREED, null, 0, account("st-crm")),
				"experts.forbidden.decide");
		nominations.decide(mx, NominationStatus.AGREED, null, 0, account("st-crm"));
		refused(() -> nominations.approve(round, "CRM", 0, account("st-crm")), "experts.approve.pending");
		nominations.decide(cl, NominationStatus.AGREED, null, 0, account("st-csm"));
		refused(() -> nominations.approve(round, "CSM", 0, account("st-crm")), "experts.forbidden.approve");
		nominations.approve(round, "CRM", 0, account("st-crm"));
		refused(() -> nominations.propose(round, new Nominations.Proposal(4, "CRM", "PA", expert("PA")),
				account("fp-panama")), "experts.round.approved");
		assertThat(nominations.view(round).approved()).isFalse();
		nominations.approve(round, "CSM", 1, account("st-csm"));
		assertThat(nominations.view(round).approved()).isTrue();

		byte[] docx = mvc.perform(get("/experts/rounds/" + round + "/letter?format=docx&lang=en").with(as("st-csm")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (var doc = new XWPFDocument(new ByteArrayInputStream(docx)); var text = new XWPFWordExtractor(doc)) {
			assertThat(text.getText()).contains("Pro Tempore Presidency of the CRM").contains("Mexico").contains("Chile")
				.doesNotContain("DRAFT").doesNotContain("{{");
		}
		byte[] pdf = mvc.perform(get("/experts/rounds/" + round + "/letter?format=pdf&lang=es").with(as("fp-chile")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		assertThat(new String(pdf, 0, 4, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF");
	}

	@Test
	void theLetterTemplateIsEditedByASecretariatAndRefusesUnknownPlaceholders() {
		JointLetter.Template en = letters.template("en");
		refused(() -> letters.saveTemplate("en", en.body() + "\n\n{{signature}}", en.version(), account("st-crm")),
				"experts.template.unknown");
		refused(() -> letters.saveTemplate("en", "No list here.", en.version(), account("st-crm")),
				"experts.template.noList");
		refused(() -> letters.saveTemplate("en", en.body(), en.version(), account("fp-chile")),
				"experts.forbidden.secretariat");
		letters.saveTemplate("en", en.body() + "\n\nWith kind regards.", en.version(), account("st-crm"));
		assertThat(letters.template("en").body()).endsWith("With kind regards.");
		letters.saveTemplate("en", en.body(), en.version() + 1, account("st-crm"));
	}

	@Test
	void theLettersDeadlineSaysTheHourAndZoneOfTheDeadlineRule() {
		JointLetter.Template es = letters.template("es");
		UUID round = openRound(LocalDate.of(2031, 3, 15));
		letters.saveTemplate("es", "Plazo: {{deadline}}.\n\n" + es.body(), es.version(), account("st-crm"));
		try {
			assertThat(letters.letter(round, "es").before())
				.contains("Plazo: 15 de marzo de 2031, 23:59 (UTC−12).");
		}
		finally {
			letters.saveTemplate("es", es.body(), es.version() + 1, account("st-crm"));
		}
	}

	@Test
	void aRefusedTemplateComesBackWithTheReasonBesideItAndWhatWasTyped() throws Exception {
		JointLetter.Template en = letters.template("en");
		mvc.perform(post("/experts/letter-template/en").with(as("st-crm")).with(csrf()).header("Accept-Language", "es")
			.param("body", "Sin lista {{firma}}").param("version", String.valueOf(en.version())))
			.andExpect(status().isUnprocessableContent())
			.andExpect(holds("id=\"error-summary-en\"", "Marcadores desconocidos: {{firma}}.", "Sin lista {{firma}}"));
		mvc.perform(post("/experts/letter-template/en").with(as("st-crm")).with(csrf()).header("Accept-Language", "es")
			.param("body", "Otra carta {{list}}").param("version", String.valueOf(en.version() + 7)))
			.andExpect(status().isConflict())
			.andExpect(holds("id=\"error-summary-en\"", "Otra persona guardó cambios", "Otra carta {{list}}"));
		assertThat(letters.template("en").body()).isEqualTo(en.body());
	}

	@Test
	void thePresidencyOfTheRoundsTimeApprovesAndOpenRoundsShowOnTheSecretariatsHome() throws Exception {
		LocalDate deadline = LocalDate.now().plusDays(10);
		// the latest presidencies in the demo directory: Panamá for the CRM, Bolivia for the CSM (2018)
		assertThat(nominations.mayApprove("CRM", deadline, account("fp-panama"))).isTrue();
		assertThat(nominations.mayApprove("CSM", deadline, account("fp-chile"))).isFalse();
		assertThat(nominations.mayApprove("CSM", LocalDate.of(2017, 6, 12), account("fp-chile"))).isTrue();
		assertThat(nominations.mayApprove("CSM", deadline, account("st-csm"))).isTrue();
		assertThat(nominations.mayApprove("CSM", deadline, account("st-crm"))).isFalse();
		UUID round = openRound(deadline);
		String title = nominations.view(round).title();
		mvc.perform(get("/home").with(as("st-csm"))).andExpect(status().isOk())
			.andExpect(content().string(containsString(title)));
		mvc.perform(get("/experts/rounds/" + round).with(as("fp-panama")))
			.andExpect(content().string(containsString("id=\"approve-CRM\"")))
			.andExpect(content().string(not(containsString("id=\"approve-CSM\""))));
	}

	@Test
	void withdrawingConsentFreesTheQuotaPlaceAndKeepsTheExpertOutOfTheLetter() {
		UUID open = openRound(LocalDate.now().plusDays(10));
		UUID first = expert("CL");
		UUID nomination = nominations.propose(open, new Nominations.Proposal(4, "CSM", "CL", first), account("fp-chile"));
		roster.withdrawConsent(first, account("st-csm"));
		assertThat(nominations.view(open).sessions().get(0).conferences().get(1).active()).isZero();
		assertThat(nominations.view(open).sessions().get(0).conferences().get(1).nominations())
			.singleElement().satisfies(n -> {
				assertThat(n.id()).isEqualTo(nomination);
				assertThat(n.status()).isEqualTo(NominationStatus.WITHDRAWN);
			});

		UUID approved = openRound(LocalDate.now().plusDays(10));
		UUID second = expert("AR");
		UUID kept = expert("BR");
		for (UUID e : List.of(second, kept)) {
			UUID n = nominations.propose(approved, new Nominations.Proposal(5, "CSM", e.equals(kept) ? "BR" : "AR", e),
					account("st-csm"));
			nominations.decide(n, NominationStatus.AGREED, null, 0, account("st-csm"));
		}
		nominations.approve(approved, "CRM", 0, account("st-crm"));
		nominations.approve(approved, "CSM", 1, account("st-csm"));
		roster.withdrawConsent(second, account("st-csm"));
		String withdrawnName = roster.find(second).orElseThrow().name();
		String keptName = roster.find(kept).orElseThrow().name();
		assertThat(letters.letter(approved, "es").sections().get(1).lines()).extracting(JointLetter.Line::name)
			.containsExactly(keptName).doesNotContain(withdrawnName);
	}

	@Test
	void aDecisionOvertakenOrWithAReasonTooLongComesBackOnTheRoundWithTheReasonTyped() throws Exception {
		UUID round = openRound(LocalDate.now().plusDays(10));
		UUID mexico = nominations.propose(round, new Nominations.Proposal(4, "CRM", "MX", expert("MX")),
				account("st-crm"));
		String overtaken = "Perfil revisado por la Secretaria";
		mvc.perform(post("/experts/nominations/{id}/decision", mexico).with(as("st-crm")).with(csrf())
			.param("roundId", round.toString()).param("outcome", "AGREED").param("version", "7")
			.param("reason", overtaken))
			.andExpect(status().isConflict())
			.andExpect(holds("id=\"error-summary\"", overtaken))
			.andExpect(content().string(not(containsString("class=\"error-page\""))));
		String tooLong = "Motivo largo ".repeat(100);
		mvc.perform(post("/experts/nominations/{id}/decision", mexico).with(as("st-crm")).with(csrf())
			.param("roundId", round.toString()).param("outcome", "DECLINED").param("version", "0")
			.param("reason", tooLong))
			.andExpect(status().isUnprocessableContent())
			.andExpect(holds("id=\"error-summary\"", tooLong.strip()))
			.andExpect(content().string(not(containsString("class=\"error-page\""))));
		assertThat(nominations.view(round).sessions().get(0).conferences().get(0).agreed()).isZero();
	}
}
