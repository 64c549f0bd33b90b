package org.puente.flows;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.puente.WebTestSupport;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** POST /api/v1/flows/early-warning answers what the command line prints, and refuses bad rows by line. */
@PuenteTest
class EarlyWarningApiTests extends WebTestSupport {

	@Test
	void answersRsAlarmsForAnUploadedFileAndForACsvBody() throws Exception {
		byte[] series = Files.readAllBytes(Path.of("src/test/resources/flows/peer-series.csv"));
		String expected = Files.readString(Path.of("src/test/resources/flows/peer-alarms.csv"));
		mvc.perform(multipart(EarlyWarningApiController.PATH)
			.file(new MockMultipartFile("file", "series.csv", "text/csv", series))
			.with(as("fp-chile")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/csv"))
			.andExpect(content().string(expected));
		mvc.perform(post(EarlyWarningApiController.PATH).param("method", "cusum").contentType("text/csv")
			.content(series).with(as("st-crm")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("route,week,alarm,upperbound\n1,417,")));
	}

	@Test
	void refusesANegativeCountNamingTheLineInTheReadersLanguage() throws Exception {
		mvc.perform(post(EarlyWarningApiController.PATH).contentType("text/csv")
			.content("route,week,count\nA,1,3\nA,2,-4\n").header("Accept-Language", "en")
			.accept(MediaType.APPLICATION_PROBLEM_JSON, MediaType.parseMediaType("text/csv"))
			.with(as("fp-chile")).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code", is("flows.ew.negative")))
			.andExpect(jsonPath("$.detail", is("Line 3: the count ‘-4’ is not a whole number of people, 0 or more.")));
		// the line and the column in the errors member too, the one shape of a file's mistakes (flows submission)
		mvc.perform(post(EarlyWarningApiController.PATH).contentType("text/csv")
			.content("route,week,count\nA,1,3\nA,2017-W99,4\n").header("Accept-Language", "pt")
			.with(as("fp-chile")).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].line", is(3)))
			.andExpect(jsonPath("$.errors[0].field", is("week")))
			.andExpect(jsonPath("$.errors[0].code", is("flows.ew.badWeek")))
			.andExpect(jsonPath("$.errors[0].message", startsWith("Linha 3:")));
		mvc.perform(post(EarlyWarningApiController.PATH).param("method", "magic").contentType("text/csv")
			.content("route,week,count\n").with(as("fp-chile")).with(csrf()))
			.andExpect(status().isBadRequest());
	}

	@Test
	void refusesTheAnonymousPublicAndIsDocumented() throws Exception {
		mvc.perform(post(EarlyWarningApiController.PATH).contentType("text/csv").content("route,week,count\n")
			.with(csrf()))
			.andExpect(status().isUnauthorized());
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/api/v1/flows/early-warning")));
	}
}
