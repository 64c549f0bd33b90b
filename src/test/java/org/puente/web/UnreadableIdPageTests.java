package org.puente.web;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.puente.WebTestSupport;
import org.springframework.http.MediaType;

import static org.puente.PageContent.holds;
import static org.puente.PageContent.lacks;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A page's address whose id cannot be read — a mistyped or old bookmark — is an unknown page, in every module: the
 * same 404 page as an unknown id, not a 400 saying a value "has not the expected format" (walk-through of the night
 * #12). The JSON API keeps its 400, which names the value the script sent wrong.
 */
@PuenteTest
class UnreadableIdPageTests extends WebTestSupport {

	/** Each page, and who opens it (empty: nobody signed in). */
	private static final Map<String, String> PAGES = Map.of("/meetings/abc", "st-crm", "/meetings/abc/edit", "st-crm",
			"/portal/sessions/x", "", "/admin/outbox/xyz", "admin", "/documents/abc", "st-crm", "/experts/abc",
			"st-crm", "/practices/abc", "fp-panama", "/drafting/abc", "fp-panama", "/consultations/abc", "st-crm");

	@Test
	void anUnreadableIdInAPagesAddressIsTheUnknownPage() throws Exception {
		for (Map.Entry<String, String> page : PAGES.entrySet()) {
			var request = get(page.getKey()).header("Accept-Language", "es").accept(MediaType.TEXT_HTML);
			if (!page.getValue().isEmpty()) {
				request.with(as(page.getValue()));
			}
			String html = mvc.perform(request)
				.andExpect(status().isNotFound())
				.andExpect(holds("class=\"error-page\"", "No existe lo que busca, o fue retirado."))
				.andExpect(lacks("formato esperado"))
				.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
			HtmlValidityTests.validPage(page.getKey(), html);
		}
		// an unknown id that can be read answers the very same page
		mvc.perform(get("/portal/sessions/99").header("Accept-Language", "es").accept(MediaType.TEXT_HTML))
			.andExpect(status().isNotFound())
			.andExpect(holds("class=\"error-page\""));
	}

	@Test
	void theApiKeepsItsBadRequestNamingTheValue() throws Exception {
		mvc.perform(get("/api/v1/meetings/abc").header("Accept-Language", "es"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("«id»: el valor enviado no tiene el formato esperado."));
		mvc.perform(get("/meetings/abc").with(as("st-crm")).accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isBadRequest());
	}
}
