package org.puente.agreements;

import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.puente.WebTestSupport;

import static org.puente.PageContent.holds;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * English minutes reviewed on a Spanish page (walk of 5 December #6): the page speaks Spanish, the minutes' words —
 * the source text, each agreement's text, each suggestion — are marked English, so that a screen reader reads them
 * with English sounds (WCAG 3.1.2, language of parts).
 */
@PuenteTest
class ReviewLanguageTests extends WebTestSupport {

	@Test
	void theMinutesWordsAreMarkedInTheMinutesLanguageOnAPageInAnother() throws Exception {
		String minutes = """
				Minutes of the test meeting on the language of parts

				Decisions:

				1. Mexico will send the report by 30 June 2017.
				2. The secretariat will circulate the draft agenda to all members.

				Other business

				- The website was discussed. Guatemala will update the website before 15 July 2017. There was an \
				exchange on the weather.
				""";
		String location = mvc.perform(TestMinutes.upload(minutes, "Meeting on the language of parts", "2017-06-02")
				.param("lang", "en").header("Accept-Language", "es").with(as("st-crm")).with(csrf()))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		mvc.perform(get(location).header("Accept-Language", "es").with(as("st-crm")))
			.andExpect(status().isOk())
			.andExpect(holds("<html lang=\"es\"", "aria-labelledby=\"source-title\" lang=\"en\"",
					"rows=\"5\" lang=\"en\">Mexico will send the report"));
	}
}
