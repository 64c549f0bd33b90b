package org.puente.experts;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.puente.PuenteTest;
import org.puente.accounts.AccountSummary;
import org.puente.accounts.Accounts;
import org.puente.refusal.RefusedException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The roster and the nomination rounds on the real database: rules, quotas, deadline, consent, country, import. */
@PuenteTest
@AutoConfigureMockMvc
class ExpertsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	Roster roster;

	@Autowired
	Nominations nominations;

	@Autowired
	JointLetter letters;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	RequestPostProcessor as(String username) {
		return user(users.loadUserByUsername(username));
	}

	AccountSummary account(String username) {
		return accounts.byUsername(username).orElseThrow();
	}

	static final Roster.Consent CONSENTED = new Roster.Consent(true, true, LocalDate.of(2026, 1, 5));

	static ExpertData data(String name, String country) {
		return new ExpertData(name, name.toLowerCase().replaceAll("[^a-z]", ".") + "@example.org", "Universidad de prueba",
				country, List.of("es", "en"), List.of(4, 5, 6), List.of(19), "Investiga migraciones.", List.of(),
				Gender.FEMALE, Region.SOUTH_AMERICA);
	}

	UUID expert(String country) {
		return roster.create(data("Experta " + UUID.randomUUID(), country), CONSENTED, account("st-csm"));
	}

	UUID openRound(LocalDate deadline) {
		return nominations.openRound("Ronda de prueba " + UUID.randomUUID(), List.of(4, 5), 3, deadline,
				account("st-crm"));
	}

	static void refused(Executable action, String key) {
		assertThatThrownBy(action::execute).isInstanceOf(RefusedException.class)
			.satisfies(ex -> assertThat(((RefusedException) ex).messageKey()).isEqualTo(key));
	}

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
	void theSameNameAndEmailIsRefusedAsADuplicate() {
		ExpertData data = data("Duplicada " + UUID.randomUUID(), "PE");
		roster.create(data, CONSENTED, account("st-csm"));
		ExpertData shouted = new ExpertData(data.fullName().toUpperCase(), data.email().toUpperCase(),
				"Otra institución", "PE", List.of("es"), List.of(4), List.of(), "Otra reseña.", List.of(),
				Gender.MALE, Region.SOUTH_AMERICA);
		refused(() -> roster.create(shouted, CONSENTED, account("st-crm")), "experts.duplicate");
	}

	@Test
	void theFormShowsTheDuplicateAndKeepsWhatWasTyped() throws Exception {
		ExpertData data = data("Formulario " + UUID.randomUUID(), "PE");
		roster.create(data, CONSENTED, account("st-csm"));
		mvc.perform(post("/experts").with(as("st-csm")).with(csrf()).header("Accept-Language", "es")
			.param("fullName", data.fullName()).param("email", data.email()).param("affiliation", "X")
			.param("country", "PE").param("languages", "es").param("sessions", "4").param("bio", "Reseña")
			.param("gender", "FEMALE").param("region", "SOUTH_AMERICA"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Ya hay en la lista un experto llamado")))
			.andExpect(content().string(containsString(data.email())));
		mvc.perform(post("/experts").with(as("st-csm")).with(csrf()).header("Accept-Language", "en")
			.param("fullName", "").param("email", "not-an-address").param("languages", "xx"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("not-an-address")));
	}

	@Test
	void aCsvImportWithBadRowsImportsNothingAndNamesEveryProblemByLine() throws Exception {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		String header = String.join(",", Roster.CSV_COLUMNS) + "\n";
		String good = "Buena " + suffix + ",buena." + suffix + "@example.org,Universidad,AR,es,4,19,FEMALE,SOUTH_AMERICA,Reseña,,sí,sí,2026-01-02\n";
		String bad = header + good
				+ "Mala " + suffix + ",no-es-correo,Universidad,ZZ,es,9,,FEMALE,SOUTH_AMERICA,Reseña,,sí,sí,\n"
				+ "Buena " + suffix + ",buena." + suffix + "@example.org,Universidad,AR,es,4,19,FEMALE,SOUTH_AMERICA,Reseña,,sí,quizás,2026-01-02\n";
		int before = roster.all().size();
		Roster.ImportResult result = roster.importCsv(bad.getBytes(StandardCharsets.UTF_8), account("st-csm"));
		assertThat(result.imported()).isZero();
		assertThat(result.errors()).extracting(Roster.RowError::line, Roster.RowError::key).contains(
				org.assertj.core.groups.Tuple.tuple(3L, "experts.field.emailInvalid"),
				org.assertj.core.groups.Tuple.tuple(3L, "experts.field.countryInvalid"),
				org.assertj.core.groups.Tuple.tuple(3L, "experts.field.session"),
				org.assertj.core.groups.Tuple.tuple(3L, "experts.field.consentDate"),
				org.assertj.core.groups.Tuple.tuple(4L, "experts.import.yesNo"),
				org.assertj.core.groups.Tuple.tuple(4L, "experts.import.repeated"));
		assertThat(roster.all()).hasSize(before);

		mvc.perform(multipart("/experts/import").file(new MockMultipartFile("file", "expertos.csv", "text/csv",
				bad.getBytes(StandardCharsets.UTF_8))).with(as("st-csm")).with(csrf()).header("Accept-Language", "es"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("no se importó nada")))
			.andExpect(content().string(containsString("«quizás»: escriba sí o no.")));

		Roster.ImportResult clean = roster.importCsv((header + good).getBytes(StandardCharsets.UTF_8), account("st-csm"));
		assertThat(clean.imported()).isEqualTo(1);
		assertThat(roster.all()).hasSize(before + 1);
		refused(() -> roster.importCsv((header + good).getBytes(StandardCharsets.UTF_8), account("fp-chile")),
				"experts.forbidden.secretariat");
		assertThat(roster.importCsv((header + good).getBytes(StandardCharsets.UTF_8), account("st-csm")).errors())
			.extracting(Roster.RowError::key).containsExactly("experts.duplicate");
	}

	@Test
	void theApiListsOnlyConsentedExpertsWithTheirPublicFields() throws Exception {
		UUID hidden = roster.create(data("Oculta " + UUID.randomUUID(), "CO"), new Roster.Consent(false, false, null),
				account("st-csm"));
		String hiddenName = roster.find(hidden).orElseThrow().name();
		mvc.perform(get("/api/v1/experts").header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.name == 'Ana Lucía Ferrer Quiñones')].country").value("MX"))
			.andExpect(content().string(not(containsString("@"))))
			.andExpect(content().string(not(containsString(hiddenName))))
			.andExpect(content().string(not(containsString("Paula Sánchez"))))
			.andExpect(content().string(not(containsString("FEMALE"))));
		mvc.perform(get("/api/v1/experts?session=5&country=UY"))
			.andExpect(jsonPath("$[?(@.name == 'Sebastián Olivera Rey')]").exists())
			.andExpect(jsonPath("$[?(@.country != 'UY')]").isEmpty());
		mvc.perform(get("/v3/api-docs")).andExpect(content().string(containsString("/api/v1/experts")));
	}

	@Test
	void anEntryIsExportedAndErasedWithItsNominations() throws Exception {
		UUID round = openRound(LocalDate.now().plusDays(10));
		UUID id = expert("CL");
		nominations.propose(round, new Nominations.Proposal(4, "CSM", "CL", id), account("fp-chile"));
		String email = roster.find(id).orElseThrow().data().email();
		mvc.perform(get("/experts/" + id + "/export").with(as("st-csm")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.data.email").value(email))
			.andExpect(jsonPath("$.nominations[0].session").value(4));
		mvc.perform(get("/experts/" + id + "/export").with(as("fp-chile"))).andExpect(status().isForbidden());
		mvc.perform(post("/experts/" + id + "/erase").with(as("st-csm")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(roster.find(id)).isEmpty();
		assertThat(jdbc.queryForObject("select count(*) from experts_nomination where expert_id = ?", Integer.class, id))
			.isZero();
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where summary like ?", Integer.class,
				"%" + email + "%")).isZero();
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
	void thePagesAnswerEachRole() throws Exception {
		UUID demo = nominations.rounds().stream().filter(r -> r.title().equals(DemoExperts.ROUND_TITLE))
			.findFirst().orElseThrow().id();
		mvc.perform(get("/experts").with(as("fp-chile"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("Ana Lucía Ferrer Quiñones")));
		mvc.perform(get("/experts/rounds/" + demo).with(as("st-csm")).header("Accept-Language", "es"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Sebastián Olivera Rey")))
			.andExpect(content().string(containsString("Cupo completo")));
		mvc.perform(get("/experts/rounds").with(as("st-crm"))).andExpect(status().isOk());
		mvc.perform(get("/experts/new").with(as("fp-mexico"))).andExpect(status().isOk());
		mvc.perform(get("/experts/import").with(as("st-crm"))).andExpect(status().isOk());
		mvc.perform(get("/experts/letter-template").with(as("st-crm"))).andExpect(status().isOk());
		mvc.perform(get("/experts/letter-template").with(as("fp-chile"))).andExpect(status().isForbidden());
		mvc.perform(get("/experts")).andExpect(status().is3xxRedirection());
		mvc.perform(post("/experts/rounds").with(as("st-crm")).with(csrf()).header("Accept-Language", "es")
			.param("title", "Ronda vencida").param("sessions", "4").param("quota", "3").param("deadline", "2017-06-12"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("La fecha límite debe ser hoy o una fecha posterior.")))
			.andExpect(content().string(containsString("Ronda vencida")));
	}

	@Test
	void theExpertsPagesAreValidHtml() throws Exception {
		UUID demo = nominations.rounds().stream().filter(r -> r.title().equals(DemoExperts.ROUND_TITLE))
			.findFirst().orElseThrow().id();
		UUID open = openRound(LocalDate.now().plusDays(5));
		UUID expert = roster.consented().get(0).id();
		List<String> errors = new java.util.ArrayList<>();
		for (String path : List.of("/experts", "/experts/" + expert, "/experts/" + expert + "/edit", "/experts/new",
				"/experts/import", "/experts/rounds", "/experts/rounds/" + demo, "/experts/rounds/" + open,
				"/experts/letter-template")) {
			String html = mvc.perform(get(path).with(as("st-crm"))).andExpect(status().isOk()).andReturn()
				.getResponse().getContentAsString();
			org.puente.web.HtmlValidityTests.validate(path, html, errors);
		}
		String refused = mvc.perform(post("/experts").with(as("st-csm")).with(csrf()).param("fullName", "")
			.param("email", "x").param("languages", "zz").param("consentListed", "true"))
			.andReturn().getResponse().getContentAsString();
		org.puente.web.HtmlValidityTests.validate("/experts (refused)", refused, errors);
		String bad = String.join(",", Roster.CSV_COLUMNS) + "\nSin correo,,,ZZ,es,4,,,,,,no,no,\n";
		String importErrors = mvc.perform(multipart("/experts/import").file(new MockMultipartFile("file", "x.csv",
				"text/csv", bad.getBytes(StandardCharsets.UTF_8))).with(as("st-csm")).with(csrf()))
			.andReturn().getResponse().getContentAsString();
		org.puente.web.HtmlValidityTests.validate("/experts/import (errors)", importErrors, errors);
		assertThat(errors).isEmpty();
	}

	@Test
	void observersSeeOnlyConsentedExperts() throws Exception {
		UUID hidden = roster.create(data("Reservada " + UUID.randomUUID(), "CO"), new Roster.Consent(false, false, null),
				account("st-csm"));
		String name = roster.find(hidden).orElseThrow().name();
		mvc.perform(get("/experts").with(as("observer-oim"))).andExpect(status().isOk())
			.andExpect(content().string(not(containsString(name))))
			.andExpect(content().string(containsString("Ana Lucía Ferrer Quiñones")));
		mvc.perform(get("/experts/" + hidden).with(as("observer-oim"))).andExpect(status().isNotFound());
		mvc.perform(get("/experts").with(as("st-crm"))).andExpect(content().string(containsString(name)));
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
}
