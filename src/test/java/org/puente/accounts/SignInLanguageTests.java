package org.puente.accounts;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.puente.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * Which language a person lands in after signing in (walk 18 #12, walk 19): a language picked in this visit, on the
 * sign-in page or before it, is the choice made now — it wins over the one the account saved on an earlier visit,
 * and is saved in its place; without one, the account's saved language.
 */
@PuenteTest
class SignInLanguageTests extends WebTestSupport {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aLanguagePickedOnTheSignInPageWinsOverTheSavedOneAndIsSaved() throws Exception {
		withSavedLanguage("es", () -> {
			Cookie chosen = mvc.perform(get("/login").param("lang", "en")).andReturn().getResponse()
				.getCookie("puente-lang-chosen");
			assertThat(chosen).as("the visit's note of the choice").isNotNull();
			mvc.perform(signIn().cookie(chosen))
				.andExpect(redirectedUrl("/home"))
				.andExpect(cookie().value("puente-lang", "en"));
			assertThat(savedLanguage()).as("the choice saved to the account").isEqualTo("en");

			// the next visit, with no choice made in it, opens in the language now saved
			mvc.perform(signIn()).andExpect(cookie().value("puente-lang", "en"));
		});
	}

	@Test
	void withoutAChoiceInThisVisitTheSavedLanguageWins() throws Exception {
		withSavedLanguage("pt", () -> {
			// a page visited in French by the browser's own language is no choice: the account's Portuguese wins
			Cookie chosen = mvc.perform(get("/login").header("Accept-Language", "fr")).andReturn().getResponse()
				.getCookie("puente-lang-chosen");
			assertThat(chosen).as("no choice noted").isNull();
			mvc.perform(signIn())
				.andExpect(cookie().value("puente-lang", "pt"));
			assertThat(savedLanguage()).isEqualTo("pt");
		});
	}

	interface Steps {
		void run() throws Exception;
	}

	/** Runs the steps with st-csm's saved language set to {@code saved}, and gives the account its own back after. */
	private void withSavedLanguage(String saved, Steps steps) throws Exception {
		String before = savedLanguage();
		jdbc.update("update account set language = ? where username = 'st-csm'", saved);
		try {
			steps.run();
		}
		finally {
			jdbc.update("update account set language = ? where username = 'st-csm'", before);
		}
	}

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder signIn() {
		return post("/login").param("username", "st-csm").param("password", "puente-demo-2017").with(csrf());
	}

	private String savedLanguage() {
		return jdbc.queryForObject("select language from account where username = 'st-csm'", String.class);
	}
}
