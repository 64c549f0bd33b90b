package org.puente.accounts;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.puente.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The probe's findings on the security settings: metrics for administrators only, CSRF skipped only for HTTP Basic
 * without a session, sign-in throttled (never locked) with the same answer for real and made-up accounts, unknown
 * addresses a 404 for everyone, and 403 before any parameter is read.
 */
@PuenteTest
class SecuritySettingsTests extends WebTestSupport {

	static final String PASSWORD = "puente-demo-2017";

	@Autowired
	SignInThrottle throttle;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void forgetTheGuesses() {
		jdbc.update("delete from sign_in_throttle");
	}

	static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	static String basic(String name, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((name + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	/** Four more failures in a row double the wait to 16 s, long enough for a loaded test machine. */
	void moreGuesses(String name) {
		for (int i = 0; i < 4; i++) {
			throttle.failed(name, "192.0.2.1");
		}
	}

	static int wait(String url) {
		return Integer.parseInt(url.substring(url.indexOf('=') + 1));
	}

	@Test
	void metricsAreForAdministratorsAndHealthForEveryone() throws Exception {
		// a scraper without credentials is told to send them (401 and the Basic challenge), not sent to the form
		mvc.perform(get("/actuator/prometheus"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Basic ")));
		mvc.perform(get("/actuator/prometheus").header("Accept", "text/html").header("Accept-Language", "fr"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().string(containsString("administrateurs")));
		// a browser on a page still goes to the sign-in form and back
		mvc.perform(get("/admin/deliveries").header("Accept", "text/html"))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", org.hamcrest.Matchers.endsWith("/login")));
		mvc.perform(get("/actuator/prometheus").header("Authorization", basic("fp-chile", PASSWORD)))
			.andExpect(status().is4xxClientError());
		mvc.perform(get("/actuator/prometheus").header("Authorization", basic("admin", PASSWORD)))
			.andExpect(status().isOk());
		mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
		mvc.perform(get("/actuator/health")).andExpect(status().is(org.hamcrest.Matchers.not(401)));
	}

	@Test
	void anAuthorizationHeaderDoesNotExcuseABrowserSessionFromCsrf() throws Exception {
		mvc.perform(post("/meetings").param("titleEs", "Sin token").header("Authorization", "Bearer x")
				.cookie(new Cookie("SESSION", "c2Vzc2lvbg")).with(as("st-crm")))
			.andExpect(status().isForbidden());
		mvc.perform(post("/meetings").param("titleEs", "Sin token").header("Authorization", "Bearer x")
				.with(as("st-crm")))
			.andExpect(status().isForbidden());
		// a script with HTTP Basic and no session: no token needed (the form is then checked as usual)
		mvc.perform(post("/meetings").param("titleEs", "").header("Authorization", basic("st-crm", PASSWORD)))
			.andExpect(status().isUnprocessableContent());
	}

	@Test
	void failedSignInsSlowTheNameDownWithoutLockingItAndARealAccountLooksLikeAMadeUpOne() throws Exception {
		String[] answers = new String[2];
		int i = 0;
		for (String name : new String[] { "observer-oim", "nadie-inventado" }) {
			for (int attempt = 0; attempt < SignInThrottle.FREE_TRIES; attempt++) {
				mvc.perform(post("/login").param("username", name).param("password", "mala").with(csrf())
						.with(from("198.51.100." + (10 + attempt))))
					.andExpect(redirectedUrl("/login?error"));
			}
			moreGuesses(name);
			// the right password does not help while the wait lasts — and the answer tells nothing about the name
			answers[i++] = mvc.perform(post("/login").param("username", name).param("password", PASSWORD)
					.with(csrf()).with(from("198.51.100.99")))
				.andExpect(status().is3xxRedirection())
				.andReturn().getResponse().getRedirectedUrl();
		}
		assertThat(answers[0]).startsWith("/login?wait=");
		assertThat(answers[1]).startsWith("/login?wait=");
		assertThat(Math.abs(wait(answers[0]) - wait(answers[1]))).isLessThanOrEqualTo(1);
		assertThat(SignInThrottle.delayAfter(SignInThrottle.FREE_TRIES + 30, SignInThrottle.NAME_CAP))
			.isEqualTo(SignInThrottle.NAME_CAP);
		// an administrator lifts the wait; the owner signs in at once
		throttle.clear("observer-oim");
		mvc.perform(post("/login").param("username", "observer-oim").param("password", PASSWORD).with(csrf())
				.with(from("198.51.100.99")))
			.andExpect(redirectedUrl("/home"));
	}

	/**
	 * A script that signs in with the form and asks for JSON hears 401 as the API's problem report, in its language,
	 * or 429 and how long to wait; a browser is still sent back to the sign-in page, which says what went wrong.
	 */
	@Test
	void aScriptWhoseSignInFailsGetsA401ProblemReportAndABrowserTheSignInPage() throws Exception {
		String[][] languages = { { "es", "Hace falta entrar", "El usuario o la contraseña no son correctos." },
				{ "en", "Sign-in required", "The username or password is not correct." },
				{ "pt", "É preciso entrar", "O usuário ou a senha não estão corretos." },
				{ "fr", "Connexion requise", "Le nom d'utilisateur ou le mot de passe est incorrect." } };
		for (String[] language : languages) {
			mvc.perform(post("/login").param("username", "observer-oim").param("password", "mala").with(csrf())
					.accept(MediaType.APPLICATION_JSON).header("Accept-Language", language[0]).with(from("198.51.100.20")))
				.andExpect(status().isUnauthorized())
				.andExpect(header().doesNotExist("Location"))
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.status").value(401))
				.andExpect(jsonPath("$.title").value(language[1]))
				.andExpect(jsonPath("$.detail").value(language[2]))
				.andExpect(jsonPath("$.code").value("login.failed"))
				.andExpect(jsonPath("$.instance").value("/login"));
		}
		moreGuesses("observer-oim");
		mvc.perform(post("/login").param("username", "observer-oim").param("password", PASSWORD).with(csrf())
				.accept(MediaType.APPLICATION_JSON).header("Accept-Language", "en").with(from("198.51.100.21")))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After"))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("login.wait"))
			.andExpect(jsonPath("$.detail").value(containsString("Wait")));
		mvc.perform(post("/login").param("username", "fp-chile").param("password", "mala").with(csrf())
				.accept(MediaType.TEXT_HTML).with(from("198.51.100.22")))
			.andExpect(redirectedUrl("/login?error"));
		mvc.perform(get("/login").param("error", "").header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The username or password is not correct.")));
	}

	@Test
	void httpBasicFailuresCountAndAThrottledScriptHearsHowLongToWait() throws Exception {
		for (int attempt = 0; attempt < SignInThrottle.FREE_TRIES; attempt++) {
			mvc.perform(get("/api/v1/meetings").header("Authorization", basic("st-csm", "mala"))
					.with(from("203.0.113.7")))
				.andExpect(status().isUnauthorized());
		}
		moreGuesses("st-csm");
		mvc.perform(get("/api/v1/meetings").header("Authorization", basic("st-csm", PASSWORD)).with(from("203.0.113.7"))
				.header("Accept-Language", "en"))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.detail")
				.value(containsString("Wait")));
	}

	@Test
	void anUnknownAddressIsA404ForEveryoneNeverTheSignInPage() throws Exception {
		mvc.perform(get("/nonexistent")).andExpect(status().isNotFound());
		mvc.perform(get("/.git/config")).andExpect(status().isNotFound());
		mvc.perform(get("/admin/nonexistent")).andExpect(status().isNotFound());
		mvc.perform(get("/nonexistent").with(as("fp-chile"))).andExpect(status().isNotFound());
		mvc.perform(get("/admin/nonexistent").with(as("fp-chile"))).andExpect(status().isNotFound());
		// a real page that needs an account still sends the stranger to sign in
		mvc.perform(get("/meetings/new")).andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", org.hamcrest.Matchers.endsWith("/login")));
	}

	@Test
	void aFocalPointMovingAnInputIsForbiddenWhateverItSent() throws Exception {
		String input = jdbc.queryForObject("select id::text from document where kind = 'BIREGIONAL_INPUT' limit 1",
				String.class);
		mvc.perform(post("/documents/" + input + "/transitions").with(as("fp-panama")).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/documents/" + input + "/transitions").param("target", "SUBMITTED").param("version", "x")
				.with(as("fp-panama")).with(csrf()))
			.andExpect(status().isForbidden());
	}
}
