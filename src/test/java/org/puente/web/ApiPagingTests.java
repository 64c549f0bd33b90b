package org.puente.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.puente.WebTestSupport;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every list of the API is paged one way (walk of the API, finding 17): a JSON array of one page, {@code page} and
 * {@code size} bounded with a 400 naming the parameter in the caller's language, {@code X-Total-Count} and RFC 8288
 * {@code Link} headers that keep the request's filters.
 */
@PuenteTest
class ApiPagingTests extends WebTestSupport {

	@Test
	void aListAnswersOnePageWithItsTotalAndTheLinksToTheOthers() throws Exception {
		MvcResult all = mvc.perform(get("/api/v1/directory/organisations").with(as("st-crm")))
			.andExpect(status().isOk()).andReturn();
		int total = Integer.parseInt(all.getResponse().getHeader(Paging.TOTAL));
		assertThat(total).isGreaterThan(3);
		mvc.perform(get("/api/v1/directory/organisations").param("size", "2").param("page", "2"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(2))
			.andExpect(header().string(Paging.TOTAL, String.valueOf(total)))
			.andExpect(header().string("Link", containsString("</api/v1/directory/organisations?page=3&size=2>; rel=\"next\"")))
			.andExpect(header().string("Link", containsString("page=1&size=2>; rel=\"prev\"")))
			.andExpect(header().string("Link", containsString("page=" + ((total + 1) / 2) + "&size=2>; rel=\"last\"")));
		// the second page is the items after the first two, in the same order
		String second = mvc.perform(get("/api/v1/directory/organisations").param("size", "2").param("page", "2"))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		String firstFour = mvc.perform(get("/api/v1/directory/organisations").param("size", "4"))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(firstFour).contains(second.substring(1, second.length() - 1));
		// the last page has no next; a page past the end is empty, not an error
		mvc.perform(get("/api/v1/directory/organisations").param("size", String.valueOf(total)))
			.andExpect(jsonPath("$.length()").value(total))
			.andExpect(header().string("Link", not(containsString("rel=\"next\""))));
		mvc.perform(get("/api/v1/directory/organisations").param("page", "500"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0));
	}

	@Test
	void theLinksKeepTheFiltersAndEveryListTakesTheSameParameters() throws Exception {
		mvc.perform(get("/api/v1/practices").param("conference", "CRM").param("size", "1"))
			.andExpect(status().isOk())
			.andExpect(header().exists(Paging.TOTAL))
			.andExpect(header().string("Link", containsString("conference=CRM")));
		for (String list : List.of("/api/v1/meetings", "/api/v1/agreements", "/api/v1/consultations",
				"/api/v1/directory/processes", "/api/v1/directory/roles", "/api/v1/directory/people",
				"/api/v1/drafting/texts", "/api/v1/experts", "/api/v1/practices")) {
			mvc.perform(get(list).param("size", "1").with(as("st-crm")))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.length()").value(org.hamcrest.Matchers.lessThanOrEqualTo(1)))
				.andExpect(header().exists(Paging.TOTAL))
				.andExpect(header().string("Link", containsString("rel=\"first\"")));
		}
		// the reviews keep their object, with the same headers beside it
		mvc.perform(get("/api/v1/agreements/reviews").param("size", "1").with(as("st-crm")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.size").value(1))
			.andExpect(header().exists(Paging.TOTAL))
			.andExpect(header().string("Link", containsString("rel=\"last\"")));
	}

	@Test
	void aPageOrSizeOutOfRangeIsRefusedNamingTheParameterInTheCallersLanguage() throws Exception {
		mvc.perform(get("/api/v1/meetings").param("size", "101").header("Accept-Language", "pt"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("error.400.range"))
			.andExpect(jsonPath("$.detail").value("«size» deve ser um número inteiro de 1 a 100; foi enviado «101»."));
		mvc.perform(get("/api/v1/agreements").param("page", "0").header("Accept-Language", "en"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("“page” must be a whole number from 1 to 100000; “0” was sent."));
		mvc.perform(get("/api/v1/agreements/reviews").param("size", "abc").with(as("st-crm"))
			.header("Accept-Language", "fr"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("« size »")));
	}

	@Test
	void theDescriptionDocumentsThePagingOfEveryList() throws Exception {
		String text = mvc.perform(get("/v3/api-docs")).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		OpenAPI api = Json31.mapper().readValue(text, OpenAPI.class);
		List<String> faults = new ArrayList<>();
		api.getPaths().forEach((path, item) -> {
			if (item.getGet() == null || item.getGet().getResponses().get("200") == null
					|| item.getGet().getResponses().get("200").getContent() == null) {
				return;
			}
			Schema<?> body = item.getGet().getResponses().get("200").getContent().get("application/json") == null
					? null : item.getGet().getResponses().get("200").getContent().get("application/json").getSchema();
			// a list of a resource: an array (the picker's choices are the nearest few, the gazetteer's lookup what
			// one text names: answers, not lists to page)
			if (body == null || !"array".equals(type(body)) || path.endsWith("/choices") || path.endsWith("/lookup")) {
				return;
			}
			List<String> names = item.getGet().getParameters() == null ? List.of()
					: item.getGet().getParameters().stream().map(Parameter::getName).toList();
			if (!names.contains("page") || !names.contains("size")) {
				faults.add(path + ": no page and size");
			}
			if (item.getGet().getResponses().get("200").getHeaders() == null
					|| !item.getGet().getResponses().get("200").getHeaders().containsKey("Link")) {
				faults.add(path + ": no Link header documented");
			}
		});
		assertThat(faults).isEmpty();
		assertThat(api.getInfo().getDescription()).contains("X-Total-Count");
	}

	private static String type(Schema<?> schema) {
		if (schema.getType() != null) {
			return schema.getType();
		}
		return schema.getTypes() == null || schema.getTypes().isEmpty() ? "" : schema.getTypes().iterator().next();
	}
}
