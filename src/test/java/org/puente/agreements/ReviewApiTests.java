package org.puente.agreements;

import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.puente.WebTestSupport;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A script walks minutes from upload to the register (walk of 5 December #3): it reads the review as JSON — the
 * proposed agreements with what to check in its language, the suggestions, the version — adds a suggestion and
 * confirms, each step refused as the page refuses it, with a problem report.
 */
@PuenteTest
@AutoConfigureMockMvc
class ReviewApiTests extends WebTestSupport {

	private static final String MINUTES = """
			Acta de la reunión de prueba de la revisión por la API

			Acuerdos:

			1. México enviará el informe a más tardar el 30 de junio de 2017.
			2. Elaborar un informe conjunto sobre migrantes extrarregionales antes del cierre del proceso de consultas.

			Otros temas

			- Se conversó sobre la página web de la Conferencia. Guatemala se encargará de actualizar la página web \
			antes del 15 de julio de 2017. Hubo un intercambio sobre el clima.
			""";

	@Test
	void aScriptReadsAReviewAddsASuggestionAndConfirmsIt() throws Exception {
		String location = mvc.perform(TestMinutes.upload(MINUTES, "Reunión de la revisión por la API", "2017-06-02")
				.with(as("st-crm")).with(csrf()))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		String id = location.substring(location.lastIndexOf('/') + 1);
		String api = "/api/v1/agreements/reviews/" + id;

		String review = mvc.perform(get(api).header("Accept-Language", "en").with(as("st-crm")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status", is("DRAFT")))
			.andExpect(jsonPath("$.version", is(0)))
			.andExpect(jsonPath("$.language", is("es")))
			.andExpect(jsonPath("$.items", hasSize(2)))
			.andExpect(jsonPath("$.items[0].dates[0].start", is("2017-06-30")))
			.andExpect(jsonPath("$.items[1].flags", hasItem("Nobody is responsible: say who must act.")))
			.andReturn().getResponse().getContentAsString();
		List<String> suggestions = JsonPath.read(review, "$.suggestions[*].key");
		assertThat(suggestions).as("the missed commitment of Guatemala is offered").isNotEmpty();

		// a step from an old version, or on a suggestion the review does not hold: refused, in the caller's language
		mvc.perform(post(api + "/confirm").param("version", "7").header("Accept-Language", "en")
				.accept(MediaType.APPLICATION_JSON).with(as("st-crm")).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", is("Someone else changed this review after you opened the page: nothing"
					+ " was done. See the review as it is now and try again if it is still needed.")));
		mvc.perform(post(api + "/suggestions/s99/add").param("version", "0").header("Accept-Language", "pt")
				.accept(MediaType.APPLICATION_JSON).with(as("st-crm")).with(csrf()))
			.andExpect(status().isNotFound());

		mvc.perform(post(api + "/suggestions/" + suggestions.get(0) + "/add").param("version", "0")
				.with(as("st-crm")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version", is(1)));
		mvc.perform(get(api).with(as("st-crm"))).andExpect(jsonPath("$.items", hasSize(3)));
		String confirmed = mvc.perform(post(api + "/confirm").param("version", "1").with(as("st-crm")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(3)))
			.andReturn().getResponse().getContentAsString();
		String first = JsonPath.read(confirmed, "$[0]");
		mvc.perform(get("/api/v1/agreements/" + UUID.fromString(first)).with(as("st-crm")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.minutesId", is(id)));
		mvc.perform(get(api).with(as("st-crm")))
			.andExpect(jsonPath("$.status", is("CONFIRMED")))
			.andExpect(jsonPath("$.suggestions", hasSize(0)));
	}

	@Test
	void anUnknownReviewIsNotFoundAndAnObserverMayNotReadOne() throws Exception {
		mvc.perform(get("/api/v1/agreements/reviews/" + UUID.randomUUID()).header("Accept-Language", "fr")
				.with(as("st-crm")))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail", is("Cette révision n'existe pas.")));
		mvc.perform(get("/api/v1/agreements/reviews/" + UUID.randomUUID()).with(as("observer-oim")))
			.andExpect(status().isForbidden());
	}
}
