package org.puente.directory;

import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.puente.WebTestSupport;
import org.puente.web.HtmlValidityTests;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.puente.PageContent.holds;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Two secretariat officers correct the same organisation, person or role from two sessions: the second is shown the
 * first one's values beside their own (409), and saving again unchanged keeps the first one's change, field by field,
 * unless the second ticks "use what I typed".
 */
@PuenteTest
class DirectoryConflictTests extends WebTestSupport {

	@Autowired
	Directory directory;

	@Test
	void anOrganisationCorrectedInTwoSessionsKeepsTheFirstChangeUnlessTheSecondChoosesTheirs() throws Exception {
		mvc.perform(organisation(null, "st-crm", "REGIONAL", "", "Comision de prueba", 0))
			.andExpect(status().is3xxRedirection());
		UUID id = directory.organisation("PRUEBA-CONFLICTO").orElseThrow().id();

		// A renames it and makes it an international body; B, from the same version 0, names it otherwise
		mvc.perform(organisation(id, "st-crm", "INTERNATIONAL", "", "Comision de A", 0))
			.andExpect(status().is3xxRedirection());
		String page = mvc.perform(organisation(id, "st-csm", "REGIONAL", "CSM", "Comision de B", 0))
			.andExpect(status().isConflict())
			.andExpect(holds("Otra persona guardó este registro mientras usted escribía", "Lo guardó Secretaría Técnica CRM el",
					"value=\"Comision de B\"", "Comision de A", "Organismo internacional", "Nombre en español",
					"name=\"conflictVersion\" value=\"1\"", "name=\"version\" value=\"0\""))
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		HtmlValidityTests.validPage("organisation conflict", page);

		// B saves again without choosing: A's name and kind stay
		mvc.perform(organisation(id, "st-csm", "REGIONAL", "CSM", "Comision de B", 0).param("conflictVersion", "1"))
			.andExpect(status().is3xxRedirection());
		OrganisationSummary saved = directory.organisation("PRUEBA-CONFLICTO").orElseThrow();
		assertThat(saved.name(Locale.forLanguageTag("es"))).isEqualTo("Comision de A");
		assertThat(saved.kind()).isEqualTo(OrganisationKind.INTERNATIONAL);

		// next time B chooses its own name: A's kind stays, B's name replaces A's
		long now = directory.organisationForm(id).version();
		mvc.perform(organisation(id, "st-crm", "INTERNATIONAL", "CRM", "Comision de A otra vez", now))
			.andExpect(status().is3xxRedirection());
		mvc.perform(organisation(id, "st-csm", "REGIONAL", "", "Comision de B", now))
			.andExpect(status().isConflict());
		mvc.perform(organisation(id, "st-csm", "REGIONAL", "", "Comision de B", now)
			.param("conflictVersion", String.valueOf(directory.organisationForm(id).version()))
			.param("keepMine", "name.es"))
			.andExpect(status().is3xxRedirection());
		saved = directory.organisation("PRUEBA-CONFLICTO").orElseThrow();
		assertThat(saved.name(Locale.forLanguageTag("es"))).isEqualTo("Comision de B");
		assertThat(saved.kind()).isEqualTo(OrganisationKind.INTERNATIONAL);
		assertThat(saved.processCode()).isEqualTo("CRM");
	}

	@Test
	void aScriptOvertakenGetsTheCurrentVersionAndValues() throws Exception {
		mvc.perform(organisation("PRUEBA-SCRIPT", null, "st-crm", "REGIONAL", "", "Comision para un script", 0))
			.andExpect(status().is3xxRedirection());
		UUID id = directory.organisation("PRUEBA-SCRIPT").orElseThrow().id();
		mvc.perform(organisation("PRUEBA-SCRIPT", id, "st-crm", "REGIONAL", "", "Nombre de A", 0))
			.andExpect(status().is3xxRedirection());
		mvc.perform(organisation("PRUEBA-SCRIPT", id, "st-csm", "REGIONAL", "", "Nombre de B", 0)
			.accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.currentVersion").value(1))
			.andExpect(jsonPath("$.current['name.es']").value("Nombre de A"))
			.andExpect(jsonPath("$.changedBy").value("st-crm"))
			.andExpect(jsonPath("$.code").value("error.conflict.message"));
	}

	@Test
	void aPersonCorrectedInTwoSessionsKeepsTheFirstChange() throws Exception {
		mvc.perform(person(null, "st-crm", "Persona de prueba", "+507 1", 0)).andExpect(status().is3xxRedirection());
		UUID id = directory.people().stream().filter(p -> p.fullName().equals("Persona de prueba")).findFirst()
			.orElseThrow().id();
		mvc.perform(person(id, "st-crm", "Persona de prueba", "+507 2", 0)).andExpect(status().is3xxRedirection());
		mvc.perform(person(id, "st-csm", "Persona de prueba (B)", "+507 1", 0))
			.andExpect(status().isConflict())
			.andExpect(holds("+507 2", "value=\"Persona de prueba (B)\"", "name=\"keepMine\" value=\"fullName\""));
		mvc.perform(person(id, "st-csm", "Persona de prueba (B)", "+507 1", 0).param("conflictVersion", "1")
			.param("keepMine", "fullName"))
			.andExpect(status().is3xxRedirection());
		PersonForm saved = directory.personForm(id);
		assertThat(saved.phone()).as("A's phone stays").isEqualTo("+507 2");
		assertThat(saved.fullName()).as("B chose its name").isEqualTo("Persona de prueba (B)");
	}

	@Test
	void aRoleCorrectedInTwoSessionsKeepsTheFirstChange() throws Exception {
		mvc.perform(role(null, "st-crm", "Tema de prueba", "2030-01-01", 0)).andExpect(status().is3xxRedirection());
		UUID id = directory.roles().stream()
			.filter(r -> "Tema de prueba".equals(r.topic())).findFirst().orElseThrow().id();
		mvc.perform(role(id, "st-crm", "Tema de A", "2030-01-01", 0)).andExpect(status().is3xxRedirection());
		mvc.perform(role(id, "admin", "Tema de prueba", "2030-02-01", 0))
			.andExpect(status().isConflict())
			.andExpect(holds("Tema de A", "value=\"2030-02-01\""));
		mvc.perform(role(id, "admin", "Tema de prueba", "2030-02-01", 0).param("conflictVersion", "1"))
			.andExpect(status().is3xxRedirection());
		assertThat(directory.roleForm(id).topic()).isEqualTo("Tema de A");
		assertThat(directory.roleForm(id).startsOn()).hasToString("2030-01-01");
	}

	private MockHttpServletRequestBuilder organisation(UUID id, String who, String kind, String process, String name,
			long version) {
		return organisation("PRUEBA-CONFLICTO", id, who, kind, process, name, version);
	}

	private MockHttpServletRequestBuilder organisation(String code, UUID id, String who, String kind, String process,
			String name, long version) {
		return post(id == null ? "/directory/organisations" : "/directory/organisations/" + id).with(csrf())
			.with(as(who)).header("Accept-Language", "es").param("code", code).param("kind", kind)
			.param("processCode", process).param("name.es", name).param("version", String.valueOf(version));
	}

	private MockHttpServletRequestBuilder person(UUID id, String who, String name, String phone, long version) {
		return post(id == null ? "/directory/people" : "/directory/people/" + id).with(csrf()).with(as(who))
			.header("Accept-Language", "es").param("fullName", name).param("languages", "es").param("phone", phone)
			.param("version", String.valueOf(version));
	}

	private MockHttpServletRequestBuilder role(UUID id, String who, String topic, String startsOn, long version) {
		return post(id == null ? "/directory/roles" : "/directory/roles/" + id).with(csrf()).with(as(who))
			.header("Accept-Language", "es").param("kind", "FOCAL_POINT").param("processCode", "CRM")
			.param("countryIso2", "PA").param("topic", topic).param("startsOn", startsOn)
			.param("version", String.valueOf(version));
	}
}
