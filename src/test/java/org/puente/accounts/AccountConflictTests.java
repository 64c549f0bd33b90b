package org.puente.accounts;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.puente.WebTestSupport;
import org.puente.web.HtmlValidityTests;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.puente.PageContent.holds;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An account changed by an administrator in two tabs (or by two administrators): the second save is shown the
 * first one's values beside its own (409) and, sent again unchanged, does not undo them; a field it chooses replaces
 * the first one's. Before, the second save was refused with a bare conflict and its stale values, so that saving again
 * (the version now the stored one) silently undid the first change.
 */
@PuenteTest
class AccountConflictTests extends WebTestSupport {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theSecondSaveSeesTheFirstOneAndKeepsItUnlessChoosingOtherwise() throws Exception {
		// tab A renames the person and switches the account off; tab B, from the same version 0, changes the e-mail
		UUID id = savedOnce("obs-conflicto", "Nombre de A", "false");
		String location = "/admin/accounts/" + id;
		String page = mvc.perform(account(location, "Observadora", "nueva.b@demo.puente.example", "true", 0))
			.andExpect(status().isConflict())
			.andExpect(holds("Otra persona guardó este registro mientras usted escribía", "Lo guardó Administración Puente el",
					"value=\"nueva.b@demo.puente.example\"", "Nombre de A", "Cuenta activa",
					"name=\"conflictVersion\" value=\"1\"", "name=\"version\" value=\"0\""))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		HtmlValidityTests.validPage("account conflict", page);
		assertThat(stored(id, "email")).isEqualTo("obs.conflicto@demo.puente.example");

		// B saves again choosing only its e-mail: A's name and A's switching off stay
		mvc.perform(account(location, "Observadora", "nueva.b@demo.puente.example", "true", 0)
			.param("conflictVersion", "1").param("keepMine", "email"))
			.andExpect(status().is3xxRedirection());
		assertThat(stored(id, "display_name")).isEqualTo("Nombre de A");
		assertThat(stored(id, "email")).isEqualTo("nueva.b@demo.puente.example");
		assertThat(stored(id, "enabled")).isEqualTo("false");
	}

	@Test
	void aScriptOvertakenGetsTheCurrentVersionAndValues() throws Exception {
		UUID id = savedOnce("obs-script", "Nombre guardado", "true");
		String location = "/admin/accounts/" + id;
		mvc.perform(account(location, "Nombre del script", "obs.script@demo.puente.example", "true", 0)
			.header("Accept-Language", "en").accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.currentVersion").value(1))
			.andExpect(jsonPath("$.current.displayName").value("Nombre guardado"))
			.andExpect(jsonPath("$.changedBy").value("admin"))
			.andExpect(jsonPath("$.changedAt").exists());
		assertThat(stored(id, "display_name")).isEqualTo("Nombre guardado");
	}

	/** A new observer's account (version 0), then renamed and switched on or off by a first save (version 1). */
	private UUID savedOnce(String username, String name, String enabled) throws Exception {
		String email = username.replace('-', '.') + "@demo.puente.example";
		mvc.perform(post("/admin/accounts").with(as("admin")).with(csrf()).param("username", username)
			.param("email", email).param("displayName", "Observadora")
			.param("role", "OBSERVER").param("language", "es").param("password", "a-long-password-1"))
			.andExpect(status().is3xxRedirection());
		UUID id = jdbc.queryForObject("select id from account where username = ?", UUID.class, username);
		mvc.perform(account("/admin/accounts/" + id, name, email, enabled, 0)).andExpect(status().is3xxRedirection());
		return id;
	}

	private MockHttpServletRequestBuilder account(String location, String name, String email, String enabled,
			long version) {
		return post(location).with(as("admin")).with(csrf()).param("username", jdbc.queryForObject(
				"select username from account where id = ?::uuid", String.class, location.substring(location.lastIndexOf('/') + 1)))
			.param("email", email).param("displayName", name).param("role", "OBSERVER").param("language", "es")
			.param("enabled", enabled).param("version", String.valueOf(version));
	}

	private String stored(UUID id, String column) {
		return jdbc.queryForObject("select " + column + "::text from account where id = ?", String.class, id);
	}
}
