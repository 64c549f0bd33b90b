package org.puente.agreements;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.puente.minutes.MinutesReading;
import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.puente.WebTestSupport;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The extract endpoint and the register's JSON, over HTTP, with the errors a script may cause. */
@PuenteTest
class AgreementApiTests extends WebTestSupport {

	static MockMultipartFile acta() throws Exception {
		return new MockMultipartFile("file", "acta.txt", "text/plain",
				Files.readAllBytes(Path.of("src/main/resources/seeds/acta-final-2017-06-08.txt")));
	}

	/** The multipart field {@code file} with the given name, type and bytes (a PDF's bytes are Latin-1 text). */
	static MockMultipartFile file(String name, String type, String content) {
		return new MockMultipartFile("file", name, type, content.getBytes(
				type.startsWith("text/") ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1));
	}

	/** A request to the extract endpoint: the file (none when null) and the meeting's date. */
	static MockMultipartHttpServletRequestBuilder extract(MockMultipartFile file, String meetingDate) {
		MockMultipartHttpServletRequestBuilder request = multipart("/api/v1/extract");
		if (file != null) {
			request.file(file);
		}
		request.param("meetingDate", meetingDate);
		return request;
	}

	@Test
	void extractsTheSameSnakeCaseJsonAsTheCommandLine() throws Exception {
		String expected = MinutesReading.toJson(MinutesReading.withPackagedDirectory(null).read(
				Files.readString(Path.of("src/main/resources/seeds/acta-final-2017-06-08.txt")),
				java.time.LocalDate.of(2017, 6, 8), java.util.Optional.empty()));
		mvc.perform(extract(acta(), "2017-06-08")
				.with(as("st-crm")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.agreements", hasSize(14)))
			.andExpect(jsonPath("$.agreements[8].dates[0].start", is("2017-06-12")))
			.andExpect(jsonPath("$.agreements[8].dates[0].kind", is("deadline")))
			.andExpect(content().json(expected));
	}

	@Test
	void givesTheCamelCaseNamesOfTheRestOfTheApiWhenAsked() throws Exception {
		// walk of the API, finding 18: snake_case stays the default (the command line's), camel is asked for
		mvc.perform(extract(acta(), "2017-06-08").param("naming", "camel").with(as("st-crm")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.meetingDate", is("2017-06-08")))
			.andExpect(jsonPath("$.meeting_date").doesNotExist())
			.andExpect(jsonPath("$.agreements", hasSize(14)))
			.andExpect(jsonPath("$.agreements[8].dates[0].start", is("2017-06-12")));
		mvc.perform(extract(acta(), "2017-06-08").with(as("st-crm")).with(csrf()))
			.andExpect(jsonPath("$.meeting_date", is("2017-06-08")));
		mvc.perform(extract(acta(), "2017-06-08").param("naming", "kebab").header("Accept-Language", "pt")
				.with(as("st-crm")).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", is("«naming»: o valor enviado não tem o formato esperado.")));
	}

	@Test
	void addsTheSuggestionsAsTheCommandLineDoesWhenAskedAndLeavesThemOutForZero() throws Exception {
		String withThree = MinutesReading.toJson(MinutesReading.withPackagedDirectory(null).read(
				new MinutesReading.ReadRequest(Files.readString(Path.of("src/main/resources/seeds/acta-final-2017-06-08.txt")),
						java.time.LocalDate.of(2017, 6, 8), java.util.Optional.empty(), 3)));
		// 3: fewer than the candidates the acta leaves below the bar (4 today), so the cap is what is tested
		mvc.perform(extract(acta(), "2017-06-08").param("suggestions", "3").with(as("st-crm")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.suggestions", hasSize(3)))
			.andExpect(content().json(withThree, JsonCompareMode.STRICT));
		mvc.perform(extract(acta(), "2017-06-08").with(as("st-crm")).with(csrf()))
			.andExpect(jsonPath("$.suggestions").isArray());
		mvc.perform(extract(acta(), "2017-06-08").param("suggestions", "0").with(as("st-crm")).with(csrf()))
			.andExpect(jsonPath("$.agreements", hasSize(14)))
			.andExpect(jsonPath("$.suggestions").doesNotExist());
		mvc.perform(extract(acta(), "2017-06-08").param("suggestions", "101").with(as("st-crm")).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code", is("agreements.extract.badSuggestions")));
		mvc.perform(get("/v3/api-docs"))
			.andExpect(jsonPath("$.paths['/api/v1/extract'].post.parameters[?(@.name == 'suggestions')]", hasSize(1)))
			.andExpect(content().string(containsString("\"suggestions\":{\"type\":\"array\"")));
	}

	@Test
	void refusesABadMeetingDateWithAProblemReport() throws Exception {
		mvc.perform(extract(acta(), "8/6/2017")
				.with(as("st-crm")).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail", containsString("8/6/2017")));
	}

	@Test
	void refusesARequestWithoutAFile() throws Exception {
		mvc.perform(extract(null, "2017-06-08").with(as("st-crm")).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code", is("agreements.extract.noFile")));
	}

	@Test
	void answersUnprocessableForACorruptPdf() throws Exception {
		var corrupt = file("acta.pdf", "application/pdf", "%PDF-1.7\n1 0 obj << /Type /Catalog");
		mvc.perform(extract(corrupt, "2017-06-08").with(as("st-csm")).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code", is("agreements.extract.unreadable")))
			.andExpect(jsonPath("$.detail", containsString("acta.pdf")));
	}

	@Test
	void answersAnEmptyListWhenTheFileHoldsNoAgreements() throws Exception {
		var letter = file("carta.txt", "text/plain", "Estimada colega, le escribo para saludarla cordialmente.");
		mvc.perform(extract(letter, "2017-06-08")
				.header("Accept-Language", "en").with(as("admin")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.meeting_date", is("2017-06-08")))
			.andExpect(jsonPath("$.agreements", hasSize(0)));
	}

	@Test
	void refusesFocalPointsAndTheAnonymousPublic() throws Exception {
		mvc.perform(extract(acta(), "2017-06-08")
				.with(as("fp-chile")).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(extract(acta(), "2017-06-08").with(csrf()))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void listsTheDemoRegisterFilteredByResponsibleAndStatus() throws Exception {
		mvc.perform(get("/api/v1/agreements").param("responsible", "country:CL").param("status", "DONE"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].number", is("12")))
			.andExpect(jsonPath("$[0].dueDate", is("2017-06-20")));
		// the two seeds, read by the extractor at start: 14 agreements in the Acta Final, 8 in the Minuta
		// each meeting as the calendar names it in the Accept-Language, with all its titles (walk 13 #8)
		mvc.perform(get("/api/v1/agreements").param("process", "CSM").header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.meetingTitle == 'RCM–SACM working meeting in Panama')]", hasSize(14)))
			.andExpect(jsonPath("$[?(@.meetingTitles.fr == 'Réunion de travail CRM–CSM au Panama')]", hasSize(14)))
			.andExpect(jsonPath("$[?(@.meetingDate == '2017-05-11' && @.meetingTitle =~ /.*inputs to the GCM/)]",
					hasSize(8)));
	}

	/**
	 * The parties are named in the caller's language, as the pages and the downloads name them: the labels kept at
	 * confirmation are the reviewer's (Spanish in the demo), and an English script read "Panamá" (walk18).
	 */
	@Test
	void namesThePartiesInTheCallersLanguage() throws Exception {
		mvc.perform(get("/api/v1/agreements").param("responsible", "country:PA").header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].responsible[?(@.id == 'country:PA')].label", hasItem("Panama")))
			.andExpect(jsonPath("$[*].responsible[?(@.id == 'country:PA')].label", everyItem(is("Panama"))));
		mvc.perform(get("/api/v1/agreements").param("responsible", "country:PA").header("Accept-Language", "es"))
			.andExpect(jsonPath("$[*].responsible[?(@.id == 'country:PA')].label", everyItem(is("Panamá"))));
	}

	@Test
	void answersNotFoundForAnUnknownAgreement() throws Exception {
		mvc.perform(get("/api/v1/agreements/" + java.util.UUID.randomUUID()))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}
}
