package org.puente.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;

import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.puente.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The API as an integrator scripts it (walk of 5 December, docs/walkthrough-2026-12-05-api.md): a JSON body that
 * cannot be read names the field, a call without credentials is asked to sign in, and the OpenAPI description parses
 * and documents, for every operation, a summary, what it answers when it works and how to sign in.
 */
@PuenteTest
class ApiContractTests extends WebTestSupport {

	static final String MEETING = """
			{"titleEs": "Reunión del contrato del API", "kind": "WORKING_MEETING", "processes": ["CRM"],
			 "precision": "DAYS", "startDate": "2027-03-10", "status": "TENTATIVE", "visibility": "PUBLIC"}""";

	MockHttpServletRequestBuilder meeting(String json, String language) {
		return post("/api/v1/meetings").with(as("st-crm")).with(csrf()).header("Accept-Language", language)
			.contentType(MediaType.APPLICATION_JSON).content(json);
	}

	@Test
	void aJsonValueOfTheWrongKindIsRefusedNamingItsFieldInTheCallersLanguageAndNothingIsStored() throws Exception {
		storingNothingIn("meeting", meeting(MEETING.replace("2027-03-10", "2027-13-45"), "pt"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("error.400.unreadable"))
			.andExpect(jsonPath("$.detail").value("«startDate»: o valor enviado não tem o formato esperado."))
			.andExpect(jsonPath("$.errors[0].field").value("startDate"));
		storingNothingIn("meeting", meeting(MEETING.replace("WORKING_MEETING", "PICNIC"), "en"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("“kind”: the value sent is not in the expected format."));
		storingNothingIn("meeting", meeting(MEETING.replace("{", "{\"version\": \"the latest\", "), "fr"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("version"));
		// JSON that is not JSON has no field to name: the general sentence
		storingNothingIn("meeting", meeting("{\"titleEs\": ", "en"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("error.400.message"))
			.andExpect(jsonPath("$.errors").doesNotExist());
	}

	@Test
	void aCallWithoutCredentialsIsAskedToSignInNotToReloadAForm() throws Exception {
		// no session and no credentials: 401 with the challenge, as for a read; it was the CSRF check's 403
		// ("this page was open too long"), which no script can act on
		storingNothingIn("meeting", post("/api/v1/meetings").header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON).content(MEETING))
			.andExpect(status().isUnauthorized()); // its report is the error endpoint's, which MockMvc does not render
		Object review = rows.queryForList("select id from agreement_review limit 1", Object.class).get(0);
		mvc.perform(post("/api/v1/agreements/reviews/" + review + "/confirm").param("version", "0"))
			.andExpect(status().isUnauthorized());
		// an unknown review is a 404 for everyone, a caller without credentials included (accounts' UnknownIds)
		mvc.perform(post("/api/v1/agreements/reviews/00000000-0000-0000-0000-000000000000/confirm")
			.param("version", "0")).andExpect(status().isNotFound());
	}

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate rows;

	@Autowired
	ErrorEndpoint endpoint;

	@Test
	void aFormatTheApiCannotWriteIsSaidInTheCallersLanguageNotAsAMessageKey() {
		// Accept: text/csv on /api/v1/meetings: Spring answers 406 through the container's error page, whose report
		// read "error.406.message" under an English title
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/error");
		request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, 406);
		request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, "/api/v1/meetings");
		ResponseEntity<?> answer = (ResponseEntity<?>) endpoint.error(request, new MockHttpServletResponse(),
				Locale.forLanguageTag("pt"));
		ProblemDetail problem = (ProblemDetail) answer.getBody();
		assertThat(answer.getStatusCode().value()).isEqualTo(406);
		assertThat(problem.getTitle()).isEqualTo("Formato indisponível");
		assertThat(problem.getDetail()).startsWith("Este endereço não pode responder no formato pedido");
	}

	@Test
	void theOpenApiDescriptionParsesAndDocumentsEveryOperation() throws Exception {
		String text = mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		// swagger-core's own reader: the description must be a valid OpenAPI 3.1 document for code generators
		OpenAPI api = Json31.mapper().readValue(text, OpenAPI.class);
		assertThat(api.getOpenapi()).startsWith("3.1");
		assertThat(api.getInfo().getTitle()).isEqualTo("Puente API");
		assertThat(api.getComponents().getSecuritySchemes()).containsKey(ApiDocsInfo.BASIC);
		assertThat(api.getComponents().getSecuritySchemes().get(ApiDocsInfo.BASIC).getScheme()).isEqualTo("basic");
		List<String> faults = new ArrayList<>();
		api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
			String name = method + " " + path;
			if (operation.getSummary() == null || operation.getSummary().isBlank()) {
				faults.add(name + ": no summary");
			}
			faults.addAll(success(name, operation));
			operation.getResponses().forEach((status, response) -> {
				if (!status.startsWith("2") && !status.equals("default")
						&& (response.getContent() == null || response.getContent().get("application/problem+json") == null)) {
					faults.add(name + " " + status + ": not a problem report");
				}
			});
		}));
		assertThat(api.getPaths()).hasSizeGreaterThanOrEqualTo(35);
		assertThat(faults).isEmpty();
		// every reference points at a schema the document holds
		String[] references = text.split("\"\\$ref\"\\s*:\\s*\"#/components/schemas/");
		assertThat(references).hasSizeGreaterThan(10);
		for (int i = 1; i < references.length; i++) {
			assertThat(api.getComponents().getSchemas()).containsKey(references[i].substring(0, references[i].indexOf('"')));
		}
	}

	/**
	 * Code generators name their methods after the operationIds: each operation names its own, they are unique, and
	 * they stay as committed in api-operation-ids.txt (springdoc's own, {@code list_2}, changed with the method names
	 * and with every operation added elsewhere: walk of the API, finding 23). A new operation adds its line there; a
	 * renamed one breaks the integrators' code and waits for a new version of the API.
	 */
	@Test
	void everyOperationHasItsOwnStableOperationId() throws Exception {
		String text = mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		OpenAPI api = Json31.mapper().readValue(text, OpenAPI.class);
		List<String> operations = new ArrayList<>();
		api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) ->
				operations.add(method + " " + path + " " + operation.getOperationId())));
		List<String> ids = operations.stream().map(o -> o.substring(o.lastIndexOf(' ') + 1)).toList();
		assertThat(ids).doesNotHaveDuplicates().allMatch(id -> id.matches("[a-z][A-Za-z]+"));
		List<String> committed;
		try (var lines = getClass().getResourceAsStream("/api-operation-ids.txt")) {
			committed = new String(lines.readAllBytes(), StandardCharsets.UTF_8).lines()
				.filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
		}
		assertThat(operations).as("the operations and their ids, as committed in src/test/resources/api-operation-ids.txt")
			.containsExactlyInAnyOrderElementsOf(committed);
	}

	/** What a working call answers: a 2xx response, with a JSON (or file) type unless it is 204. */
	private static List<String> success(String name, Operation operation) {
		List<String> faults = new ArrayList<>();
		List<Map.Entry<String, ApiResponse>> done = operation.getResponses().entrySet().stream()
			.filter(e -> e.getKey().startsWith("2")).toList();
		if (done.isEmpty()) {
			faults.add(name + ": what it answers when it works is not documented");
		}
		for (Map.Entry<String, ApiResponse> response : done) {
			Content content = response.getValue().getContent();
			if (response.getKey().equals("204") || (response.getKey().equals("201") && content == null)) {
				continue; // nothing in the body (a proposed amendment answers its address only)
			}
			if (content == null || content.isEmpty()) {
				faults.add(name + " " + response.getKey() + ": no content type");
			}
			else if (content.containsKey("*/*")) {
				faults.add(name + " " + response.getKey() + ": */* instead of its type");
			}
		}
		return faults;
	}
}
