package org.puente.accounts;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.puente.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who signed in, who failed to and who signed out is in the audit trail, with the account and the outcome and never
 * the password, and the administrators' audit page says so in their language. A script asking for JSON that signs
 * in hears who it is (200), not a redirect to a page; a browser is still sent to its home.
 */
@PuenteTest
class SignInAuditTests extends WebTestSupport {

	static final String PASSWORD = SecuritySettingsTests.PASSWORD;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void forgetTheGuesses() {
		jdbc.update("delete from sign_in_throttle");
	}

	@Test
	void signInsFailuresAndSignOutsAreAuditedWithoutThePassword() throws Exception {
		mvc.perform(post("/login").param("username", "observer-oim").param("password", "clave-equivocada")
				.with(csrf()))
			.andExpect(redirectedUrl("/login?error"));
		mvc.perform(post("/login").param("username", "observer-oim").param("password", PASSWORD).with(csrf()))
			.andExpect(redirectedUrl("/home"));
		mvc.perform(post("/logout").with(as("observer-oim")).with(csrf())); // 204 to a client not asking for HTML

		List<Map<String, Object>> entries = jdbc.queryForList("""
				select actor, action, entity_type, summary, after_state::text as after from audit_entry
				where actor = 'observer-oim' and action like 'SIGN_%' order by id desc limit 3""");
		assertThat(entries).extracting(e -> e.get("action")).containsExactly("SIGN_OUT", "SIGN_IN", "SIGN_IN_FAILED");
		assertThat(entries).allSatisfy(e -> {
			assertThat(e.get("entity_type")).isEqualTo("account");
			assertThat(e.toString()).doesNotContain("clave-equivocada").doesNotContain(PASSWORD);
		});
		assertThat(entries.get(2).get("after").toString()).contains("\"outcome\": \"REFUSED\"");

		// In the admin's own language: a "lang" parameter would be remembered as the admin's choice and change the
		// language of every later test that signs in as admin (AccountFormBrowserTests failed so).
		mvc.perform(get("/admin/audit").param("actor", "observer-oim").param("signIns", "true").with(as("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Inicio de sesión fallido")))
			.andExpect(content().string(containsString("Inicio de sesión")))
			.andExpect(content().string(containsString("Cierre de sesión")));
	}

	@Test
	void aNameThatIsNoAccountIsNotWrittenAsTyped() throws Exception {
		// People type their password into the name field by mistake: what matches no account stays out of the trail.
		mvc.perform(post("/login").param("username", "MiClave-Secreta-2017").param("password", "x").with(csrf()))
			.andExpect(redirectedUrl("/login?error"));

		List<Map<String, Object>> entries = jdbc.queryForList("""
				select actor, entity_id, summary, after_state::text as after from audit_entry
				where action = 'SIGN_IN_FAILED' order by id desc limit 1""");
		assertThat(entries).singleElement().satisfies(e -> {
			assertThat(e.toString()).doesNotContain("MiClave-Secreta-2017");
			assertThat(e.get("actor")).isEqualTo(SignInAudit.UNKNOWN_ACCOUNT);
		});
	}

	/**
	 * A password-guessing script writes the first refusals one by one, then one entry per few minutes with a count,
	 * so twenty tries make six entries, and the administrator reads how many and when in their language.
	 */
	@Test
	void refusedSignInsAreCountedInOneEntryOnceThereAreMany() throws Exception {
		String address = "198.51.100." + (int) (Math.random() * 200 + 20);
		for (int i = 0; i < 20; i++) {
			mvc.perform(post("/login").param("username", "st-crm").param("password", "guess-" + i).with(csrf())
					.with(SecuritySettingsTests.from(address)));
		}
		List<Map<String, Object>> entries = jdbc.queryForList("""
				select summary, fold_count from audit_entry where action = 'SIGN_IN_FAILED' and summary like ?
				order by id""", "%st-crm from " + address);
		assertThat(entries).hasSize(org.puente.audit.AuditTestAccess.FOLD_AFTER + 1);
		assertThat(entries.subList(0, 5)).allSatisfy(e -> assertThat(e.get("fold_count")).isNull());
		assertThat(entries.get(5).get("fold_count")).isEqualTo(15);
		mvc.perform(get("/admin/audit").param("actor", "st-crm").param("entity", address).with(as("admin")))
			.andExpect(content().string(containsString("Inicio de sesión rechazado: st-crm (desde " + address
					+ "): 15 veces más tras las 5 primeras, mostradas una a una, ")));
		mvc.perform(get("/admin/audit").param("actor", "st-crm").param("entity", address).with(as("admin"))
				.header("Accept-Language", "en"))
			.andExpect(content().string(containsString("Refused sign-in: st-crm (from " + address
					+ "): 15 more times after the first 5, shown one by one, ")));
	}

	@Test
	void aScriptThatSignsInHearsWhoItIsInsteadOfARedirect() throws Exception {
		mvc.perform(post("/login").param("username", "st-crm").param("password", PASSWORD).with(csrf())
				.accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.account").value("st-crm"))
			.andExpect(jsonPath("$.roles[0]").value("SECRETARIAT"))
			.andExpect(jsonPath("$.language").isString());
	}
}
