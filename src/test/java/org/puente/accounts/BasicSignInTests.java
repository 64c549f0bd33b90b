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
import static org.puente.accounts.SecuritySettingsTests.PASSWORD;
import static org.puente.accounts.SecuritySettingsTests.basic;
import static org.puente.accounts.SecuritySettingsTests.from;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A script's refused HTTP Basic sign-in is throttled and written in the audit trail like a refused form sign-in
 * (account or "?", never the password), and answered 401 — or 429 when it must wait — as a problem report with its
 * type, in the script's language. Successful Basic calls are not written: scripts sign in on every call.
 */
@PuenteTest
class BasicSignInTests extends WebTestSupport {

	@Autowired
	SignInThrottle throttle;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void forgetTheGuesses() {
		jdbc.update("delete from sign_in_throttle");
	}

	List<Map<String, Object>> lastFailures(int n) {
		return jdbc.queryForList("""
				select actor, after_state::text as after, summary from audit_entry
				where action = 'SIGN_IN_FAILED' order by id desc limit ?""", n);
	}

	@Test
	void aRefusedBasicSignInIsAuditedAndAnsweredAsAProblemReportInTheCallersLanguage() throws Exception {
		String[][] languages = { { "es", "El usuario o la contraseña no son correctos." },
				{ "en", "The username or password is not correct." },
				{ "pt", "O usuário ou a senha não estão corretos." },
				{ "fr", "Le nom d'utilisateur ou le mot de passe est incorrect." } };
		for (String[] language : languages) {
			mvc.perform(get("/api/v1/meetings").header("Authorization", basic("st-csm", "clave-mala-" + language[0]))
					.header("Accept-Language", language[0]).with(from("203.0.113.40")))
				.andExpect(status().isUnauthorized())
				.andExpect(header().string("WWW-Authenticate", "Basic realm=\"Puente\""))
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.type").value("/problems/unauthenticated"))
				.andExpect(jsonPath("$.status").value(401))
				.andExpect(jsonPath("$.code").value("login.failed"))
				.andExpect(jsonPath("$.detail").value(language[1]));
		}
		List<Map<String, Object>> entries = lastFailures(4);
		assertThat(entries).hasSize(4).allSatisfy(e -> {
			assertThat(e.get("actor")).isEqualTo("st-csm");
			assertThat(e.get("after").toString()).contains("\"way\": \"basic\"").contains("\"outcome\": \"REFUSED\"");
			assertThat(e.toString()).doesNotContain("clave-mala");
		});
	}

	@Test
	void aTypedNameThatIsNoAccountIsWrittenAsAQuestionMark() throws Exception {
		mvc.perform(get("/api/v1/meetings").header("Authorization", basic("MiClave-Secreta-2017", "x"))
				.with(from("203.0.113.41")))
			.andExpect(status().isUnauthorized());
		assertThat(lastFailures(1)).singleElement().satisfies(e -> {
			assertThat(e.get("actor")).isEqualTo(SignInAudit.UNKNOWN_ACCOUNT);
			assertThat(e.toString()).doesNotContain("MiClave-Secreta-2017");
		});
	}

	@Test
	void aThrottledScriptHearsA429ProblemReportAndSuccessfulCallsAreNotWritten() throws Exception {
		for (int i = 0; i < SignInThrottle.FREE_TRIES + 4; i++) {
			throttle.failed("st-crm", "203.0.113.42");
		}
		mvc.perform(get("/api/v1/meetings").header("Authorization", basic("st-crm", PASSWORD))
				.header("Accept-Language", "pt").with(from("203.0.113.42")))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After"))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("/problems/too-many-attempts"))
			.andExpect(jsonPath("$.code").value("login.wait"));
		throttle.clear("st-crm");
		jdbc.update("delete from sign_in_throttle");

		long before = jdbc.queryForObject("select count(*) from audit_entry where action like 'SIGN_IN%'", Long.class);
		mvc.perform(get("/api/v1/meetings").header("Authorization", basic("st-crm", PASSWORD))
				.with(from("203.0.113.42")))
			.andExpect(status().isOk());
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where action like 'SIGN_IN%'", Long.class))
			.isEqualTo(before);
	}
}
