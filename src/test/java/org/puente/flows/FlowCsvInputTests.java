package org.puente.flows;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.puente.WebTestSupport;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import static org.hamcrest.Matchers.is;
import static org.puente.PageContent.holds;
import static org.puente.PageContent.lacks;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A malformed CSV of weekly counts (a date that is not one, a count that is not a number, a column missing, an empty
 * file) is refused whole with 422 and a sentence naming the line, in the reader's language, and stores nothing: the
 * early-warning API, uploaded or as the body, the page that takes a country's counts and the API that takes them.
 */
@PuenteTest
class FlowCsvInputTests extends WebTestSupport {

	/** An early-warning CSV, the code of its refusal and the sentence of the refusal in English. */
	private static final String[][] EARLY_WARNING = {
			{ "route,week,count\nA,2025-02-24,3\nA,2025-02-30,4\n", "flows.ew.badWeek",
					"Line 3: ‘2025-02-30’ is not a week: write a week number, a date YYYY-MM-DD or an ISO week like 2025-W07." },
			{ "route,week,count\nA,1,3\nA,2,muchos\n", "flows.ew.notNumber", "Line 3: the count ‘muchos’ is not a number." },
			{ "route,week,people\nA,1,3\n", "flows.ew.columns",
					"The header must name the columns route, week and count; it has: route,week,people" },
			{ "", "flows.ew.emptyFile",
					"The file is empty: write a header naming route, week and count, then one line per route and week." } };

	private <B extends AbstractMockHttpServletRequestBuilder<B>> B english(B request) {
		return request.header("Accept-Language", "en")
			.accept(MediaType.APPLICATION_PROBLEM_JSON, MediaType.parseMediaType(EarlyWarningApiController.TEXT_CSV))
			.with(as("fp-chile")).with(csrf());
	}

	@Test
	void theEarlyWarningApiRefusesAMalformedCsvByLineUploadedOrAsTheBody() throws Exception {
		for (String[] bad : EARLY_WARNING) {
			byte[] csv = bad[0].getBytes(StandardCharsets.UTF_8);
			storingNothingIn("flow_count", english(multipart(EarlyWarningApiController.PATH)
				.file(new MockMultipartFile("file", "weeks.csv", "text/csv", csv))))
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.code", is(bad[1])))
				.andExpect(jsonPath("$.detail", is(bad[2])));
			storingNothingIn("flow_count", english(post(EarlyWarningApiController.PATH).contentType("text/csv")
				.content(csv)))
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.code", is(bad[1])))
				.andExpect(jsonPath("$.detail", is(bad[2])));
		}
		mvc.perform(post(EarlyWarningApiController.PATH).contentType("text/csv").content("route,week,count\nA,1,muchos\n")
			.accept(MediaType.APPLICATION_PROBLEM_JSON, MediaType.parseMediaType(EarlyWarningApiController.TEXT_CSV))
			.with(as("fp-chile")).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail", is("Línea 2: el conteo «muchos» no es un número.")));
		// no file at all is a request of the wrong form, not a bad file
		mvc.perform(multipart(EarlyWarningApiController.PATH).with(as("fp-chile")).with(csrf()))
			.andExpect(status().isBadRequest());
	}

	/** The page's template: two header lines (titles, HXL tags), then one line per week and origin. */
	private static String counts(String... rows) {
		return BlankTemplate.csv() + String.join("\r\n", rows) + "\r\n";
	}

	private static final String START = DemoFlows.LAST.minusWeeks(1).toString();

	@Test
	void thePageRefusesAMalformedFileByLineAndImportsNothing() throws Exception {
		String week = DemoFlows.LAST.toString();
		String[][] pages = {
				{ counts(week + ",PA,AFR,,,,12", "2025-02-30,PA,AFR,,,,4"), "<th scope=\"row\">4</th>",
						"«2025-02-30» no es una fecha AAAA-MM-DD" },
				{ counts(week + ",PA,AFR,,,,muchos"), "<th scope=\"row\">3</th>",
						"«muchos» no es un número entero de personas." },
				{ "week,country,origin\r\n#date+week,#country+code,#origin+code\r\n" + week + ",PA,AFR\r\n",
						"Faltan columnas obligatorias", "no se importó nada" },
				{ "", "El archivo no tiene filas de datos.", "no se importó nada" } };
		for (String[] bad : pages) {
			MockMultipartFile file = new MockMultipartFile("file", "panama.csv", "text/csv",
					bad[0].getBytes(StandardCharsets.UTF_8));
			storingNothingIn("flow_submission", multipart("/flows/submit").file(file).param("country", "PA")
				.param("periodStart", START).param("periodEnd", DemoFlows.LAST.plusDays(6).toString())
				.with(as("fp-panama")).with(csrf()))
				.andExpect(status().isUnprocessableContent())
				.andExpect(holds(bad[1], bad[2]));
		}
	}

	/**
	 * Walk 9: the period left empty was stopped by the browser's bubble, in the browser's language, before Puente could
	 * say "Indique el inicio y el fin del periodo." on the field; the form now leaves the checks to Puente.
	 */
	@Test
	void theUploadFormLeavesTheChecksToPuenteWhichSaysAnEmptyPeriodOnItsField() throws Exception {
		mvc.perform(get("/flows/submit").with(as("fp-panama")))
			.andExpect(holds("enctype=\"multipart/form-data\" class=\"flow-upload\" novalidate"));
		MockMultipartFile file = new MockMultipartFile("file", "panama.csv", "text/csv",
				counts(DemoFlows.LAST + ",PA,AFR,,,,12").getBytes(StandardCharsets.UTF_8));
		mvc.perform(multipart("/flows/submit").file(file).param("country", "PA").param("periodStart", "")
			.param("periodEnd", "").with(as("fp-panama")).with(csrf()))
			.andExpect(status().is4xxClientError())
			.andExpect(holds("Indique el inicio y el fin del periodo.", "href=\"#flow-start\"", "id=\"flow-start-error\""));
	}

	/**
	 * Walk of 5 December, evening: Panama's focal point sending counts for Costa Rica read "Você não representa CR".
	 * The refusal (403, nothing stored) names the country in the reader's language, on the country field.
	 */
	@Test
	void anotherCountrysCountsAreRefusedNamingThatCountryInTheReadersLanguage() throws Exception {
		MockMultipartFile file = new MockMultipartFile("file", "costa-rica.csv", "text/csv",
				counts(DemoFlows.LAST + ",CR,AFR,,,,12").getBytes(StandardCharsets.UTF_8));
		storingNothingIn("flow_submission", multipart("/flows/submit").file(file).param("country", "CR")
			.param("periodStart", DemoFlows.LAST.toString()).param("periodEnd", DemoFlows.LAST.plusDays(6).toString())
			.header("Accept-Language", "pt").with(as("fp-panama")).with(csrf()))
			.andExpect(status().isForbidden())
			.andExpect(holds("Você não representa Costa Rica: só pode enviar dados do seu país.",
					"id=\"flow-country-error\""))
			.andExpect(lacks("representa CR"));
	}

	/** A period typed in a browser without date fields may be no date: the page says so and keeps what was typed. */
	@Test
	void thePageRefusesAPeriodThatIsNoDateKeepingWhatWasTyped() throws Exception {
		MockMultipartFile file = new MockMultipartFile("file", "panama.csv", "text/csv",
				counts(DemoFlows.LAST + ",PA,AFR,,,,12").getBytes(StandardCharsets.UTF_8));
		storingNothingIn("flow_submission", multipart("/flows/submit").file(file).param("country", "PA")
			.param("periodStart", "2026-02-30").param("periodEnd", DemoFlows.LAST.plusDays(6).toString())
			.with(as("fp-panama")).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(holds("«2026-02-30» no es una fecha: escríbala como AAAA-MM-DD.", "value=\"2026-02-30\""))
			.andExpect(lacks("class=\"error-page\""))
			// a mistake typed in a field is said on that field, under a heading about what was typed, not the file's
			.andExpect(holds("Hay un problema con lo que escribió", "href=\"#flow-start\"", "id=\"flow-start-error\"",
					"aria-describedby=\"flow-start-error\""))
			.andExpect(lacks("El archivo tiene", "flow-end-error"));
		String page = mvc.perform(multipart("/flows/submit").file(file).param("country", "PA")
			.param("periodStart", DemoFlows.LAST.toString()).param("periodEnd", "2026-13-01").with(as("fp-panama"))
			.with(csrf())).andExpect(holds("id=\"flow-end-error\"")).andReturn().getResponse().getContentAsString();
		org.puente.web.HtmlValidityTests.validPage("/flows/submit (a day that is no date)", page);
	}

	/** Both days no date: the first is said on its own field, which holds what was typed as text; the other too. */
	@Test
	void twoDaysThatAreNoDateAreSaidOnTheStartAndBothKeptAsTyped() throws Exception {
		MockMultipartFile file = new MockMultipartFile("file", "panama.csv", "text/csv",
				counts(DemoFlows.LAST + ",PA,AFR,,,,12").getBytes(StandardCharsets.UTF_8));
		storingNothingIn("flow_submission", multipart("/flows/submit").file(file).param("country", "PA")
			.param("periodStart", " 2026-02-30 ").param("periodEnd", "2026-02-31").with(as("fp-panama")).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(holds("«2026-02-30» no es una fecha: escríbala como AAAA-MM-DD.", "id=\"flow-start-error\"",
					"id=\"flow-start\" type=\"text\"", "value=\" 2026-02-30 \"", "id=\"flow-end\" type=\"text\"",
					"value=\"2026-02-31\""))
			.andExpect(lacks("flow-end-error", "«2026-02-31»"));
		// a day that is a date stays in a date field; what is wrong then is the other day, said on its field
		mvc.perform(multipart("/flows/submit").file(file).param("country", "PA").param("periodStart", "2026-02-31")
			.param("periodEnd", DemoFlows.LAST.toString()).with(as("fp-panama")).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(holds("id=\"flow-start\" type=\"text\"", "id=\"flow-end\" type=\"date\"",
					"id=\"flow-start-error\""))
			.andExpect(lacks("flow-end-error"));
	}

	@Test
	void theSubmissionsApiRefusesAnEmptyFileAsThePageDoes() throws Exception {
		String end = DemoFlows.LAST.plusDays(6).toString();
		storingNothingIn("flow_submission", multipart("/api/v1/flows/submissions")
			.file(new MockMultipartFile("file", "panama.csv", "text/csv", new byte[0])).param("country", "PA")
			.param("periodStart", START).param("periodEnd", end).header("Accept-Language", "en")
			.accept(MediaType.APPLICATION_PROBLEM_JSON).with(as("fp-panama")).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail", is("The file has 1 problem; nothing was imported.")))
			.andExpect(jsonPath("$.errors[0].message", is("The file has no data rows.")))
			.andExpect(jsonPath("$.errors[0].code", is("flows.row.empty")));
		// no file part at all is a request of the wrong form
		storingNothingIn("flow_submission", multipart("/api/v1/flows/submissions").param("country", "PA")
			.param("periodStart", START).param("periodEnd", end).accept(MediaType.APPLICATION_PROBLEM_JSON)
			.with(as("fp-panama")).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code", is("flows.submit.noFile")));
	}
}
