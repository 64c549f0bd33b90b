package org.puente.experts;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.puente.web.HtmlValidityTests;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.puente.PageContent.holds;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Two secretariats correct the same expert from two sessions: the second sees the first one's values beside its own
 * (409), and saving again unchanged does not undo them; a field it chooses replaces the first one's.
 */
@PuenteTest
class ExpertConflictTests extends ExpertsTestSupport {

	@Test
	void theSecondSecretariatSeesTheFirstOnesChangeAndKeepsItUnlessChoosingOtherwise() throws Exception {
		String name = "Experta en conflicto " + UUID.randomUUID();
		UUID id = roster.create(data(name, "PE"), CONSENTED, account("st-csm"));
		long started = roster.find(id).orElseThrow().version();

		mvc.perform(form(id, "st-csm", name, "Universidad de A", "Resena original.", started))
			.andExpect(status().is3xxRedirection());
		String page = mvc.perform(form(id, "st-crm", name, "Universidad de prueba", "Resena de B.", started))
			.andExpect(status().isConflict())
			.andExpect(holds("Otra persona guardó este registro mientras usted escribía", "Lo guardó Secretaría Técnica CSM el",
					"Universidad de A", "Resena de B.", "name=\"conflictVersion\" value=\"" + (started + 1) + "\"",
					"name=\"version\" value=\"" + started + "\""))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		HtmlValidityTests.validPage("expert conflict", page);

		// saved again unchanged: A's institution stays, and so does the biography B did not choose
		mvc.perform(form(id, "st-crm", name, "Universidad de prueba", "Resena de B.", started)
			.param("conflictVersion", String.valueOf(started + 1)))
			.andExpect(status().is3xxRedirection());
		ExpertData saved = roster.find(id).orElseThrow().data();
		assertThat(saved.affiliation()).isEqualTo("Universidad de A");
		assertThat(saved.bio()).isEqualTo("Resena original.");

		// A changes the institution again; B chooses its biography: B's biography, A's institution
		long now = roster.find(id).orElseThrow().version();
		mvc.perform(form(id, "st-csm", name, "Universidad de A, otra vez", "Resena original.", now))
			.andExpect(status().is3xxRedirection());
		mvc.perform(form(id, "st-crm", name, "Universidad de prueba", "Resena de B.", now)
			.param("conflictVersion", String.valueOf(now + 1)).param("keepMine", "bio"))
			.andExpect(status().is3xxRedirection());
		saved = roster.find(id).orElseThrow().data();
		assertThat(saved.affiliation()).isEqualTo("Universidad de A, otra vez");
		assertThat(saved.bio()).isEqualTo("Resena de B.");
	}

	private MockHttpServletRequestBuilder form(UUID id, String who, String name, String affiliation, String bio,
			long version) {
		ExpertData d = data(name, "PE");
		return post("/experts/" + id).with(as(who)).with(csrf()).header("Accept-Language", "es")
			.param("fullName", d.fullName()).param("email", d.email()).param("affiliation", affiliation)
			.param("country", "PE").param("languages", "es en").param("sessions", "4", "5", "6")
			.param("objectives", "19").param("bio", bio).param("gender", "FEMALE").param("region", "SOUTH_AMERICA")
			.param("consentListed", "true").param("consentShareUn", "true").param("consentOn", "2026-01-05")
			.param("version", String.valueOf(version));
	}
}
