package org.puente.accounts;


import org.junit.jupiter.api.Test;
import org.puente.PageContent;
import org.puente.PuenteTest;
import org.puente.WebTestSupport;
import org.puente.web.HtmlValidityTests;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An administrator says which organisation an observer acts for (chosen from the directory's), so that the meetings
 * inviting it are told to the observer; kept for observers only, audited with the account.
 */
@PuenteTest
class ObserverOrganisationTests extends WebTestSupport {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anObserverActsForTheOrganisationChosenAndOnlyAnObserver() throws Exception {
		String form = mvc.perform(get("/admin/accounts/new").with(as("admin"))).andExpect(status().isOk())
			.andExpect(PageContent.holds("Organización (para un observador)", "<option value=\"IOM\">"))
			.andReturn().getResponse().getContentAsString();
		HtmlValidityTests.validPage("/admin/accounts/new", form);

		create("observador-acnur", "OBSERVER", "UNHCR");
		create("punto-focal-org", "FOCAL_POINT", "UNHCR");
		assertThat(jdbc.queryForList("""
				select username || ' ' || coalesce(organisation_code, '-') from account
				where username in ('observador-acnur', 'punto-focal-org') order by username""", String.class))
			.containsExactly("observador-acnur UNHCR", "punto-focal-org -");
		org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
				jdbc.queryForObject("""
						select count(*) from audit_entry a join account c on a.entity_id = c.id::text
						where c.username = 'observador-acnur' and a.after_state->>'organisationCode' = 'UNHCR'""",
						Integer.class)).isEqualTo(1));

		mvc.perform(post("/admin/accounts").with(csrf()).with(as("admin")).param("username", "otro-observador")
			.param("email", "otro@demo.puente.example").param("displayName", "Otro").param("role", "OBSERVER")
			.param("language", "es").param("password", "a-long-password-1").param("organisationCode", "<script>"))
			.andExpect(status().isUnprocessableContent());
	}

	private void create(String username, String role, String organisation) throws Exception {
		mvc.perform(post("/admin/accounts").with(csrf()).with(as("admin")).param("username", username)
			.param("email", username + "@demo.puente.example").param("displayName", username).param("role", role)
			.param("countryIso2", role.equals("FOCAL_POINT") ? "PA" : "").param("processCode", "CRM")
			.param("language", "es").param("password", "a-long-password-1").param("organisationCode", organisation))
			.andExpect(status().is3xxRedirection());
	}
}
