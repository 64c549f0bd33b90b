package org.puente.experts;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;

import static org.puente.PageContent.holds;
import static org.puente.PageContent.lacks;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The roster on the real database: duplicates, the form, CSV import, the API, export and erasure, the pages. */
@PuenteTest
class ExpertsTests extends ExpertsTestSupport {

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
			.andExpect(holds("Ya hay en la lista un experto llamado", data.email(), "<title>Error: Nuevo experto — Puente</title>"));
		mvc.perform(post("/experts").with(as("st-csm")).with(csrf()).header("Accept-Language", "en")
			.param("fullName", "").param("email", "not-an-address").param("languages", "xx"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("not-an-address")))
			// each missing field named in the error summary, not "This is required." again and again
			.andExpect(content().string(containsString("“Full name”: this is required.")))
			.andExpect(content().string(containsString("“Institution”: this is required.")));
	}

	/** The region is not chosen for the person: left as it comes, it is the country's (walk-through #15). */
	@Test
	void aRegionLeftUnchosenIsTheCountrys() throws Exception {
		mvc.perform(get("/experts/new").with(as("fp-panama")).header("Accept-Language", "pt"))
			.andExpect(holds("A do país escolhido</option>"))
			.andExpect(lacks("selected=\"selected\">Fora da região"));
		String name = "Regional " + UUID.randomUUID();
		mvc.perform(post("/experts").with(as("fp-panama")).with(csrf()).header("Accept-Language", "pt")
			.param("fullName", name).param("email", UUID.randomUUID() + "@example.org").param("affiliation", "X")
			.param("country", "PA").param("languages", "es").param("sessions", "4").param("bio", "Reseña")
			.param("region", "").param("consentListed", "true").param("consentShareUn", "true")
			.param("consentOn", "2026-01-02"))
			.andExpect(status().is3xxRedirection());
		assertThat(roster.all()).filteredOn(e -> e.data().fullName().equals(name))
			.singleElement().satisfies(e -> assertThat(e.data().region()).isEqualTo(Region.CENTRAL_AMERICA));
	}

	/** Languages are chosen by name from a list; codes still go in beside it, and a wrong one is refused there (walk13 #16). */
	@Test
	void languagesAreChosenByNameAndAnUnknownCodeIsRefusedAtItsField() throws Exception {
		mvc.perform(get("/experts/new").with(as("fp-panama")).header("Accept-Language", "pt"))
			.andExpect(holds("id=\"language-es\"", ">espanhol</label>", ">inglês</label>", "Outros idiomas"));
		String name = "Poliglota " + UUID.randomUUID();
		mvc.perform(post("/experts").with(as("fp-panama")).with(csrf()).header("Accept-Language", "pt")
			.param("fullName", name).param("email", UUID.randomUUID() + "@example.org").param("affiliation", "X")
			.param("country", "PA").param("languages", "es", "en", "tl NL").param("sessions", "4").param("bio", "Reseña"))
			.andExpect(status().is3xxRedirection());
		assertThat(roster.all()).filteredOn(e -> e.data().fullName().equals(name)).singleElement()
			.satisfies(e -> assertThat(e.data().languages()).containsExactly("es", "en", "tl", "nl"));
		mvc.perform(post("/experts").with(as("fp-panama")).with(csrf()).header("Accept-Language", "pt")
			.param("fullName", "Outro " + UUID.randomUUID()).param("email", UUID.randomUUID() + "@example.org")
			.param("affiliation", "X").param("country", "PA").param("languages", "es", "espanhol")
			.param("sessions", "4").param("bio", "Reseña"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(holds("id=\"languages-error\"", "«espanhol» não é um código de idioma ISO 639-1",
					"id=\"language-espanhol\""));
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
			.andExpect(holds("no se importó nada", "«quizás»: escriba sí o no."));
		// a script that asks for JSON gets every problem in the problem report, by line and column, not the page
		mvc.perform(multipart("/experts/import").file(new MockMultipartFile("file", "expertos.csv", "text/csv",
				bad.getBytes(StandardCharsets.UTF_8))).with(as("st-csm")).with(csrf()).header("Accept-Language", "en")
			.accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("experts.import.refused"))
			.andExpect(jsonPath("$.errors[?(@.line == 3 && @.field == 'email')].message")
				.value("Write a valid e-mail address, for example name@institution.org."))
			.andExpect(jsonPath("$.errors[?(@.line == 4 && @.field == 'consent_share_un')].code")
				.value("experts.import.yesNo"));

		Roster.ImportResult clean = roster.importCsv((header + good).getBytes(StandardCharsets.UTF_8), account("st-csm"));
		assertThat(clean.imported()).isEqualTo(1);
		assertThat(roster.all()).hasSize(before + 1);
		refused(() -> roster.importCsv((header + good).getBytes(StandardCharsets.UTF_8), account("fp-chile")),
				"experts.forbidden.secretariat");
		assertThat(roster.importCsv((header + good).getBytes(StandardCharsets.UTF_8), account("st-csm")).errors())
			.extracting(Roster.RowError::key).containsExactly("experts.duplicate");
	}

	/** A file sent without a name (an empty one, from a script) is "the file" in the caption, not a blank name. */
	@Test
	void aFileWithoutANameIsTheFileInTheProblemsCaption() throws Exception {
		mvc.perform(multipart("/experts/import").file(new MockMultipartFile("file", "", "text/csv", new byte[0]))
			.with(as("st-csm")).with(csrf()).header("Accept-Language", "es"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(holds("Problemas del archivo, por línea"))
			.andExpect(lacks("Problemas de , por"));
	}

	@Test
	void theApiListsOnlyConsentedExpertsWithTheirPublicFields() throws Exception {
		UUID hidden = roster.create(data("Oculta " + UUID.randomUUID(), "CO"), new Roster.Consent(false, false, null),
				account("st-csm"));
		String hiddenName = roster.find(hidden).orElseThrow().name();
		mvc.perform(get("/api/v1/experts").header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.name == 'Ana Lucía Ferrer Quiñones')].country").value("MX"))
			.andExpect(lacks("@", hiddenName, "Paula Sánchez", "FEMALE"));
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
	void thePagesAnswerEachRole() throws Exception {
		UUID demo = nominations.rounds().stream().filter(r -> r.title().equals(DemoExperts.ROUND_TITLE))
			.findFirst().orElseThrow().id();
		mvc.perform(get("/experts").with(as("fp-chile"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("Ana Lucía Ferrer Quiñones")));
		mvc.perform(get("/experts/rounds/" + demo).with(as("st-csm")).header("Accept-Language", "es"))
			.andExpect(status().isOk())
			.andExpect(holds("Sebastián Olivera Rey", "Cupo completo"));
		mvc.perform(get("/experts/rounds").with(as("st-crm"))).andExpect(status().isOk());
		mvc.perform(get("/experts/new").with(as("fp-mexico"))).andExpect(status().isOk());
		mvc.perform(get("/experts/import").with(as("st-crm"))).andExpect(status().isOk());
		mvc.perform(get("/experts/letter-template").with(as("st-crm"))).andExpect(status().isOk());
		mvc.perform(get("/experts/letter-template").with(as("fp-chile"))).andExpect(status().isForbidden());
		mvc.perform(get("/experts")).andExpect(status().is3xxRedirection());
		mvc.perform(post("/experts/rounds").with(as("st-crm")).with(csrf()).header("Accept-Language", "es")
			.param("title", "Ronda vencida").param("sessions", "4").param("quota", "3").param("deadline", "2017-06-12"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(holds("La fecha límite debe ser hoy o una fecha posterior.", "Ronda vencida"));
	}

	@Test
	void theExpertsPagesAreValidHtml() throws Exception {
		UUID demo = nominations.rounds().stream().filter(r -> r.title().equals(DemoExperts.ROUND_TITLE))
			.findFirst().orElseThrow().id();
		UUID open = openRound(LocalDate.now().plusDays(5));
		UUID expert = roster.consented().get(0).id();
		for (String path : List.of("/experts", "/experts/" + expert, "/experts/" + expert + "/edit", "/experts/new",
				"/experts/import", "/experts/rounds", "/experts/rounds/" + demo, "/experts/rounds/" + open,
				"/experts/letter-template")) {
			String html = mvc.perform(get(path).with(as("st-crm"))).andExpect(status().isOk()).andReturn()
				.getResponse().getContentAsString();
			org.puente.web.HtmlValidityTests.validPage(path, html);
		}
		String refused = mvc.perform(post("/experts").with(as("st-csm")).with(csrf()).param("fullName", "")
			.param("email", "x").param("languages", "zz").param("consentListed", "true"))
			.andReturn().getResponse().getContentAsString();
		org.puente.web.HtmlValidityTests.validPage("/experts (refused)", refused);
		String bad = String.join(",", Roster.CSV_COLUMNS) + "\nSin correo,,,ZZ,es,4,,,,,,no,no,\n";
		String importErrors = mvc.perform(multipart("/experts/import").file(new MockMultipartFile("file", "x.csv",
				"text/csv", bad.getBytes(StandardCharsets.UTF_8))).with(as("st-csm")).with(csrf()))
			.andReturn().getResponse().getContentAsString();
		org.puente.web.HtmlValidityTests.validPage("/experts/import (errors)", importErrors);
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
}
