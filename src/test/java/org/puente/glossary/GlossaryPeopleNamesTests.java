package org.puente.glossary;

import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.puente.WebTestSupport;
import org.puente.accounts.People;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.puente.PageContent.holds;
import static org.puente.PageContent.lacks;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A term's page names who agreed on a shared definition, and who took each step of its history, as the other pages do
 * ({@code @people}): "Secretaría Técnica CRM", not the account "st-crm" (walk 9 #24).
 */
@PuenteTest
class GlossaryPeopleNamesTests extends WebTestSupport {

	@Autowired
	private People people;

	@Test
	void whereEachConferenceStandsNamesThePersonNotTheAccount() throws Exception {
		String name = people.name("st-crm");
		assertThat(name).isNotEqualTo("st-crm");
		mvc.perform(get("/glossary/trafico-ilicito-de-migrantes").with(as("st-csm")).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(holds("agreed on the current text on", "(" + name + ")"))
			.andExpect(lacks("(st-crm)", ">st-crm<"));
	}
}
