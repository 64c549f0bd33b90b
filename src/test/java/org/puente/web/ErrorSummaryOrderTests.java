package org.puente.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.puente.WebTestSupport;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.puente.meetings.PostedMeetingForm.meeting;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A form sent empty lists its mistakes in the order of its fields, and a required choice asks to choose, not to
 * write (walk-through of the night #11 and #18: "«País»: … escríbalo" for a list, after the definition below it; a good
 * practice's "Start year", its sixtieth field, before its titles).
 */
@PuenteTest
class ErrorSummaryOrderTests extends WebTestSupport {

	private static final Pattern LINK = Pattern.compile("<a href=\"#([^\"]+)\">([^<]*)</a>");

	@Test
	void aCountryDefinitionSentEmptyAsksToChooseTheCountryFirstInEveryLanguage() throws Exception {
		String[][] expected = { { "es", "«País»: este dato es obligatorio; elíjalo en la lista." },
				{ "en", "“Country”: this is required; please choose one from the list." },
				{ "pt", "«País»: este dado é obrigatório; escolha-o na lista." },
				{ "fr", "« Pays » : cette donnée est obligatoire ; veuillez la choisir dans la liste." } };
		for (String[] language : expected) {
			List<String[]> summary = summary(post("/glossary/acogida/definitions").with(as("st-crm")).with(csrf())
				.header("Accept-Language", language[0]).param("countryIso2", "").param("language", "es")
				.param("text", "").param("source", ""));
			assertThat(summary).extracting(link -> link[0]).as(language[0])
				.containsExactly("countryIso2", "text", "source");
			assertThat(summary.get(0)[1]).as(language[0]).isEqualTo(language[1]);
		}
	}

	@Test
	void aGoodPracticeSentEmptyListsItsMistakesFromTheTopOfTheForm() throws Exception {
		List<String> fields = summary(post("/practices").with(as("fp-panama")).with(csrf())
			.header("Accept-Language", "en").param("originalLanguage", "en")).stream().map(link -> link[0]).toList();
		assertThat(fields).contains("countries", "enTitle", "periodFrom");
		assertThat(fields.indexOf("countries")).isLessThan(fields.indexOf("enTitle"));
		assertThat(fields.indexOf("enTitle")).isLessThan(fields.indexOf("periodFrom"));
	}

	@Test
	void aMeetingsMistakesFollowThePageDatesBeforePlace() throws Exception {
		List<String> fields = summary(meeting("Reunión mal escrita", "2031-03-10").with("kind", "VIRTUAL_MEETING")
			.with("precision", "EXACT").with("endDate").with("startTime", "09:00").with("endTime", "11:00")
			.with("timeZone", "America/Atlantis").with("countryIso2", "ZZ").postTo("/meetings").with(as("st-crm"))
			.with(csrf())).stream().map(link -> link[0]).toList();
		assertThat(fields).containsSubsequence("timeZone", "countryIso2");
	}

	/** The error summary's links, in order: the field each leads to and its sentence. */
	private List<String[]> summary(MockHttpServletRequestBuilder request) throws Exception {
		String page = mvc.perform(request).andExpect(status().isUnprocessableContent()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		int start = page.indexOf("id=\"error-summary\"");
		assertThat(start).isPositive();
		Matcher links = LINK.matcher(page.substring(start, page.indexOf("</div>", start)));
		List<String[]> found = new java.util.ArrayList<>();
		while (links.find()) {
			found.add(new String[] { links.group(1), org.springframework.web.util.HtmlUtils.htmlUnescape(links.group(2)) });
		}
		return found;
	}
}
