package org.puente.directory;

import java.util.List;

import ezvcard.Ezvcard;
import ezvcard.VCard;
import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.puente.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;

import static org.puente.PageContent.holds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The directory over HTTP: seeds, gazetteer look-ups, vCards, refusals in the reader's language. */
@PuenteTest
class DirectoryWebTests extends WebTestSupport {

	@Autowired
	Directory directory;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	@Test
	void rendersTheRecordFormsWithTheirFieldsVersionSaveAndCancel() throws Exception {
		mvc.perform(get("/directory/roles/new").with(as("admin")))
			.andExpect(status().isOk())
			.andExpect(holds("action=\"/directory/roles\"", "name=\"version\"", "<option value=\"CSM\">CSM</option>",
					"id=\"seat\"", "href=\"/directory/roles\""));
		// the shared record form must not slip its own hidden input into every page that selects fields :: input
		String role = mvc.perform(get("/directory/roles/new").with(as("admin"))).andReturn().getResponse()
			.getContentAsString();
		assertThat(role.split("name=\"version\"", -1)).hasSize(2);
		mvc.perform(get("/directory/organisations/new").with(as("admin")))
			.andExpect(status().isOk())
			.andExpect(holds("action=\"/directory/organisations\"", "id=\"name.fr\"", "type=\"submit\""));
		mvc.perform(post("/directory/organisations").with(as("admin")).with(csrf()).param("code", "").param("version", "0"))
			.andExpect(status().is(422))
			.andExpect(content().string(containsString("id=\"error-summary\"")));
		mvc.perform(get("/admin/accounts/new").with(as("admin")))
			.andExpect(status().isOk())
			.andExpect(holds("action=\"/admin/accounts\"", "id=\"enabled\""));
		mvc.perform(get("/glossary/terms/new").with(as("admin")))
			.andExpect(status().isOk())
			.andExpect(holds("action=\"/glossary\"", "id=\"synonyms.fr\""));
	}

	@Test
	void loadsTheConferencesAndTheirMemberStatesFromTheReferenceData() throws Exception {
		mvc.perform(get("/api/v1/directory/processes").header("Accept-Language", "pt"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].code").value("CRM"))
			.andExpect(jsonPath("$[0].memberStates.length()").value(11))
			.andExpect(jsonPath("$[1].name").value("Conferência Sul-Americana sobre Migrações"))
			.andExpect(jsonPath("$[1].region").value("América do Sul"))
			.andExpect(jsonPath("$[1].memberStates[?(@.iso2 == 'BR')].name").value("Brasil"));
	}

	@Test
	void knowsWhoHeldEachPresidencyOnAGivenDay() {
		var crm = directory.holders(RoleKind.PRO_TEMPORE_PRESIDENCY, "CRM", java.time.LocalDate.of(2017, 6, 8));
		var csm = directory.holders(RoleKind.PRO_TEMPORE_PRESIDENCY, "CSM", java.time.LocalDate.of(2017, 6, 8));
		assertThat(crm).extracting(RoleHolder::countryIso2).containsExactly("SV");
		assertThat(csm).extracting(RoleHolder::countryIso2).containsExactly("CL");
	}

	@Test
	void findsTheResponsiblePartiesNamedInMinutes() throws Exception {
		mvc.perform(get("/api/v1/directory/gazetteer/lookup")
			.param("text", "Las STs en coordinación con OIM trabajarán con EE.UU. y ambas Conferencias")
			.header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].entities[*].id").value(org.hamcrest.Matchers.containsInAnyOrder("org:ST-CRM",
					"org:ST-CSM")))
			.andExpect(jsonPath("$[1].entities[0].id").value("org:IOM"))
			.andExpect(jsonPath("$[2].entities[0].id").value("country:US"))
			.andExpect(jsonPath("$[3].entities[*].id").value(org.hamcrest.Matchers.containsInAnyOrder("process:CRM",
					"process:CSM")));
	}

	@Test
	void aNewAliasIsUsedByTheNextLookup() throws Exception {
		mvc.perform(get("/api/v1/directory/gazetteer/lookup").param("text", "la Cancillería panameña"))
			.andExpect(jsonPath("$.length()").value(0));
		mvc.perform(post("/directory/gazetteer").with(csrf()).with(as("st-crm"))
			.param("alias", "Cancillería panameña").param("lang", "es").param("entityIds", "country:PA"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/api/v1/directory/gazetteer/lookup").param("text", "la Cancilleria panameña"))
			.andExpect(jsonPath("$[0].entities[0].id").value("country:PA"));
	}

	/** Walk 19: what a new alias refers to was chosen among bare ids ("country:PA"); now among names, id beside. */
	@Test
	void theAliasFormNamesWhatEachChoiceRefersTo() throws Exception {
		mvc.perform(get("/directory/gazetteer").with(as("st-csm")).header("Accept-Language", "pt"))
			.andExpect(holds("<option value=\"country:PA\">Panamá (country:PA)</option>",
					"<option value=\"org:OAS\">OEA (org:OAS)</option>"));
	}

	@Test
	void refusesAnAliasForAnUnknownEntityAndAFocalPointsAlias() throws Exception {
		mvc.perform(post("/directory/gazetteer").with(csrf()).with(as("st-crm"))
			.param("alias", "Atlantis").param("lang", "es").param("entityIds", "country:XX")
			.header("Accept-Language", "en"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("&quot;country:XX&quot; is not in the directory.")));
		// a duplicate: the gazetteer's page again, not an error page, with the reason linked to the alias as typed
		mvc.perform(post("/directory/gazetteer").with(csrf()).with(as("st-crm"))
			.param("alias", "Cancillería de Panamá").param("lang", "es").param("entityIds", "country:PA"));
		String again = mvc.perform(post("/directory/gazetteer").with(csrf()).with(as("st-crm"))
			.param("alias", "Cancillería de Panamá").param("lang", "es").param("entityIds", "country:PA")
			.header("Accept-Language", "pt"))
			.andExpect(status().isConflict())
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		var form = org.jsoup.Jsoup.parse(again).selectFirst("form[action='/directory/gazetteer'][method=post]");
		assertThat(form.selectFirst("#error-summary[role=alert] a[href='#alias']").text()).contains("Cancillería de Panamá");
		assertThat(form.selectFirst("#alias").attr("value")).isEqualTo("Cancillería de Panamá");
		assertThat(form.selectFirst("#alias").attr("aria-describedby")).isEqualTo("alias-error");
		assertThat(form.selectFirst("#entityIds option[selected]").attr("value")).isEqualTo("country:PA");
		assertThat(org.jsoup.Jsoup.parse(again).select(".error-page")).isEmpty();
		mvc.perform(post("/directory/gazetteer").with(csrf()).with(as("fp-panama"))
			.param("alias", "Istmo").param("lang", "es").param("entityIds", "country:PA"))
			.andExpect(status().isForbidden());
	}

	@Test
	void exportsAPersonAndAGroupAsVCards() throws Exception {
		var person = directory.people().stream().filter(p -> p.fullName().equals("Marcelo Pisani")).findFirst()
			.orElseThrow();
		String single = mvc.perform(get("/directory/people/" + person.id() + ".vcf")
			.with(as("observer-oim")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		VCard card = Ezvcard.parse(single).first();
		assertThat(card.getFormattedName().getValue()).isEqualTo("Marcelo Pisani");
		assertThat(card.getEmails().get(0).getValue()).isEqualTo("marcelo.pisani@demo.puente.example");

		String group = mvc.perform(get("/directory/countries/PA.vcf").with(as("st-csm")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		List<VCard> cards = Ezvcard.parse(group).all();
		assertThat(cards).extracting(c -> c.getFormattedName().getValue()).contains("Punto focal de Panamá");
	}

	@Test
	void keepsPeoplesContactsFromAnonymousVisitors() throws Exception {
		mvc.perform(get("/api/v1/directory/people")).andExpect(status().isUnauthorized());
		mvc.perform(get("/directory/people")).andExpect(status().is3xxRedirection());
	}

	@Test
	void refusesADuplicateEmailWithAConflictAndKeepsWhatWasTyped() throws Exception {
		mvc.perform(post("/directory/people").with(csrf()).with(as("st-csm"))
			.header("Accept-Language", "fr")
			.param("fullName", "Doublon").param("languages", "fr")
			.param("email", "MARCELO.PISANI@demo.puente.example"))
			.andExpect(status().isConflict())
			.andExpect(holds("utilise déjà le courriel", "value=\"Doublon\""));
		assertThat(directory.people()).noneMatch(p -> p.fullName().equals("Doublon"));
	}

	@Test
	void refusesARoleThatEndsBeforeItStarts() throws Exception {
		mvc.perform(post("/directory/roles").with(csrf()).with(as("st-crm"))
			.param("kind", "FOCAL_POINT").param("processCode", "CRM").param("countryIso2", "GT")
			.param("startsOn", "2017-06-01").param("endsOn", "2017-05-01"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("La fecha de fin no puede ser anterior a la de inicio.")));
	}

	/**
	 * Walk 19: the CRM's secretariat records the coming year's presidency ahead of the handover; the directory went on
	 * naming only the latest one begun ("Panama (2018) (la dernière enregistrée)"), as if none were recorded. And a
	 * date typed wrong was refused as "« endsOn » : saisissez une date valide", the field's name for its label.
	 */
	@Test
	void thePresidencyRecordedForTheComingYearIsNamedBesideTheLatest() throws Exception {
		try {
			mvc.perform(post("/directory/roles").with(csrf()).with(as("st-crm")).header("Accept-Language", "fr")
				.param("kind", "PRO_TEMPORE_PRESIDENCY").param("processCode", "CRM").param("countryIso2", "PA")
				.param("startsOn", "2099-01-01").param("endsOn", "22099-13-31"))
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().string(containsString("« Au » : saisissez une date valide")));
			mvc.perform(post("/directory/roles").with(csrf()).with(as("st-crm"))
				.param("kind", "PRO_TEMPORE_PRESIDENCY").param("processCode", "CRM").param("countryIso2", "PA")
				.param("startsOn", "2099-01-01").param("endsOn", "2099-12-31"))
				.andExpect(status().is3xxRedirection());
			mvc.perform(get("/directory").header("Accept-Language", "fr"))
				.andExpect(holds("Présidence pro tempore (PPT) :</strong>", "<time datetime=\"2099-01-01\">",
						"(la suivante, déjà enregistrée)"));
		}
		finally {
			jdbc.update("delete from role_assignment where starts_on = date '2099-01-01'");
		}
	}

	@Test
	void aSecretariatMayNotRecordRolesOfTheOtherConference() throws Exception {
		mvc.perform(post("/directory/roles").with(csrf()).with(as("st-crm"))
			.param("kind", "PRO_TEMPORE_PRESIDENCY").param("processCode", "CSM").param("countryIso2", "AR")
			.param("startsOn", "2019-01-01"))
			.andExpect(status().isForbidden());
	}

	@Test
	void aSecretariatRenamesAnOrganisationInTheFourLanguagesAndTheChangeIsAudited() throws Exception {
		var sica = directory.organisation("SICA").orElseThrow();
		mvc.perform(post("/directory/organisations/" + sica.id()).with(csrf())
			.with(as("st-crm"))
			.param("code", "SICA").param("kind", "REGIONAL").param("processCode", "CRM")
			.param("name.es", "Sistema de la Integración Centroamericana").param("name.en", "Central American Integration System")
			.param("name.pt", "Sistema da Integração Centro-Americana").param("name.fr", "Système d'intégration de l'Amérique centrale")
			.param("version", "0"))
			.andExpect(status().is3xxRedirection());
		assertThat(directory.organisation("SICA").orElseThrow().name(java.util.Locale.FRENCH))
			.isEqualTo("Système d'intégration de l'Amérique centrale");
		// a second editor who loaded version 0 gets a conflict, not a silent overwrite
		mvc.perform(post("/directory/organisations/" + sica.id()).with(csrf())
			.with(as("st-csm"))
			.param("code", "SICA").param("kind", "REGIONAL").param("name.es", "SICA").param("version", "0"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("value=\"SICA\"")));
	}
}
