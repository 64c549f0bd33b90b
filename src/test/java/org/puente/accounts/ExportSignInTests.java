package org.puente.accounts;

import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.puente.WebTestSupport;
import org.springframework.http.MediaType;

import static org.hamcrest.Matchers.startsWith;
import static org.puente.accounts.SecuritySettingsTests.PASSWORD;
import static org.puente.accounts.SecuritySettingsTests.basic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A script that downloads a signed-in export without credentials is asked for them — 401 with the HTTP Basic
 * challenge and a problem report in its language — where it got the sign-in form's 302 (walk of the API, finding
 * 20); a browser, which names text/html, still goes to the sign-in page.
 */
@PuenteTest
class ExportSignInTests extends WebTestSupport {

	@Test
	void aScriptWithoutCredentialsIsAskedToSignInWithBasic() throws Exception {
		// curl's */* and a script naming the file's type: neither asks for HTML
		for (String accept : new String[] { "*/*", "text/csv" }) {
			mvc.perform(get("/meetings/export.csv").header("Accept", accept).header("Accept-Language", "pt"))
				.andExpect(status().isUnauthorized())
				.andExpect(header().string("WWW-Authenticate", startsWith("Basic ")))
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.code").value("accounts.download.signIn"))
				.andExpect(jsonPath("$.detail", startsWith("Este arquivo é só para contas do Puente")));
		}
		// no Accept at all, another export
		mvc.perform(get("/experts/export.csv").header("Accept-Language", "en"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", startsWith("Basic ")))
			.andExpect(jsonPath("$.detail", startsWith("This file is for Puente accounts only")));
		// with its credentials the script gets the file
		mvc.perform(get("/meetings/export.csv").header("Accept", "text/csv")
			.header("Authorization", basic("st-crm", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/csv"));
	}

	@Test
	void aBrowserStillGoesToTheSignInPage() throws Exception {
		mvc.perform(get("/meetings/export.csv")
			.header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login"));
		// a page is no download: a script asking for it is sent to sign in as before
		mvc.perform(get("/meetings/new").header("Accept", "*/*")).andExpect(status().isFound());
	}
}
