package org.puente.agreements;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.puente.WebTestSupport;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A script walks minutes from upload to the register (walk of 5 December #3): it reads the review as JSON — the
 * proposed agreements with what to check in its language, the suggestions, the version — adds a suggestion and
 * confirms, each step refused as the page refuses it, with a problem report.
 */
@PuenteTest
class ReviewApiTests extends WebTestSupport {

	static final String MINUTES = """
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
			// the script's own sentence (no page was opened), the page's key as its code (walk of the API, 16)
			.andExpect(jsonPath("$.detail", is("Someone else changed this review since the version sent: nothing was"
					+ " done. Read the review again (currentVersion is its version now) and try again if it is still needed.")))
			.andExpect(jsonPath("$.code", is("agreements.review.staleAction")));
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
		String document = JsonPath.read(review, "$.document");
		// the register gives the kept minutes' address (walk of 5 December #11), which anyone may open once confirmed
		mvc.perform(get("/api/v1/agreements/" + UUID.fromString(first)).with(as("st-crm")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.minutesId", is(id)))
			.andExpect(jsonPath("$.minutesDocument", is(document)));
		mvc.perform(get("/api/v1/agreements").param("process", "CRM"))
			.andExpect(jsonPath("$[?(@.minutesId == '" + id + "')].minutesDocument", hasItem(document)));
		mvc.perform(get(document)).andExpect(status().isOk());
		mvc.perform(get(api).with(as("st-crm")))
			.andExpect(jsonPath("$.status", is("CONFIRMED")))
			.andExpect(jsonPath("$.suggestions", hasSize(0)));
	}

	/** An unknown review is unknown to everyone (404), an observer included; a review that exists is refused them. */
	@Test
	void anUnknownReviewIsNotFoundForEveryoneAndAnObserverMayNotReadOne() throws Exception {
		mvc.perform(get("/api/v1/agreements/reviews/" + UUID.randomUUID()).header("Accept-Language", "fr")
				.with(as("st-crm")))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail", is("Cette révision n'existe pas.")));
		String unknown = "/api/v1/agreements/reviews/" + UUID.randomUUID();
		mvc.perform(get(unknown).with(as("observer-oim"))).andExpect(status().isNotFound());
		mvc.perform(post(unknown + "/items/i1/merge").param("version", "0").with(as("observer-oim")).with(csrf()))
			.andExpect(status().isNotFound());
		String api = mvc.perform(upload(MINUTES.replace("prueba", "lectura"), "Reunión de la lectura prohibida",
				"2017-06-05").with(as("st-crm")).with(csrf()))
			.andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
		mvc.perform(get(api).with(as("observer-oim"))).andExpect(status().isForbidden());
		mvc.perform(delete(api + "/items/i1").param("version", "0").with(as("observer-oim")).with(csrf()))
			.andExpect(status().isForbidden());
	}

	/**
	 * A script uploads minutes under /api/v1 (walk of 5 December #3): 201, the review's address and its JSON; refused
	 * as the form refuses, with the status that says why and the message in the caller's language; then finds the
	 * review in the list of its reviews, a page at a time.
	 */
	@Test
	void aScriptUploadsMinutesAndFindsTheReviewInItsList() throws Exception {
		String text = MINUTES.replace("prueba", "subida");
		String body = mvc.perform(upload(text, "Reunión de la subida por la API", "2017-06-03")
				.header("Accept-Language", "en").with(as("st-crm")).with(csrf()))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", matchesPattern("/api/v1/agreements/reviews/[0-9a-f-]{36}")))
			.andExpect(jsonPath("$.status", is("DRAFT")))
			.andExpect(jsonPath("$.version", is(0)))
			.andExpect(jsonPath("$.items", hasSize(2)))
			.andExpect(jsonPath("$.document", startsWith("/documents/")))
			.andReturn().getResponse().getContentAsString();
		String id = JsonPath.read(body, "$.id");

		// the same refusals as the form, each with its status, in the caller's language
		mvc.perform(multipart("/api/v1/agreements/reviews").param("meetingTitle", "Sin archivo")
				.param("meetingDate", "2017-06-03").param("processes", "CRM").header("Accept-Language", "en")
				.with(as("st-crm")).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field", is("file")))
			.andExpect(jsonPath("$.errors[0].message", is("Choose the file of the minutes.")));
		mvc.perform(upload(text, "Reunión con otra lengua", "2017-06-03").param("lang", "de")
				.header("Accept-Language", "fr").with(as("st-crm")).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", is("« de » n'est pas une langue prise en charge : utilisez es, en, pt ou fr.")));
		mvc.perform(upload(text, "Reunión sin cuenta", "2017-06-03").with(csrf())).andExpect(status().isUnauthorized());
		mvc.perform(multipart("/api/v1/agreements/reviews").file(new MockMultipartFile("file", "acta.exe",
				"application/octet-stream", new byte[] { 77, 90, 1 })).param("meetingTitle", "Reunión del ejecutable")
				.param("meetingDate", "2017-06-03").param("processes", "CRM").with(as("st-crm")).with(csrf()))
			.andExpect(status().isUnsupportedMediaType());
		mvc.perform(upload(text.replace("subida", "otra Conferencia"), "Reunión de la otra Conferencia", "2017-06-03")
				.header("Accept-Language", "fr").with(as("st-csm")).with(csrf()))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail", is("Seul le secrétariat de la Conférence peut réviser ce procès-verbal.")));
		mvc.perform(upload(text, "Reunión de la subida por la API", "2017-06-03").with(as("st-crm")).with(csrf()))
			.andExpect(status().isConflict());
		mvc.perform(multipart("/api/v1/agreements/reviews").with(as("observer-oim")).with(csrf()))
			.andExpect(status().isForbidden());

		String list = mvc.perform(get("/api/v1/agreements/reviews").param("status", "DRAFT").param("size", "100")
				.with(as("st-crm")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.page", is(1)))
			.andReturn().getResponse().getContentAsString();
		assertThat(JsonPath.<List<String>>read(list, "$.reviews[*].id")).contains(id);
		assertThat(JsonPath.<List<String>>read(list, "$.reviews[*].address")).contains("/api/v1/agreements/reviews/" + id);
		mvc.perform(get("/api/v1/agreements/reviews").param("size", "1").with(as("st-crm")))
			.andExpect(jsonPath("$.reviews", hasSize(1)))
			.andExpect(jsonPath("$.total", greaterThanOrEqualTo(1)));
		String other = mvc.perform(get("/api/v1/agreements/reviews").param("size", "100").with(as("st-csm")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(JsonPath.<List<String>>read(other, "$.reviews[*].id")).as("another conference's").doesNotContain(id);
		mvc.perform(get("/api/v1/agreements/reviews").param("page", "0").header("Accept-Language", "en")
				.with(as("st-crm")))
			.andExpect(status().isBadRequest())
			// the bounds and the sentence of every list's paging (web.Paging), the parameter named
			.andExpect(jsonPath("$.detail", is("“page” must be a whole number from 1 to 100000; “0” was sent.")));

		mvc.perform(get("/v3/api-docs"))
			.andExpect(jsonPath("$.paths['/api/v1/agreements/reviews'].post.responses['201']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/agreements/reviews'].get").exists())
			.andExpect(jsonPath("$.paths['/api/v1/agreements/reviews/{id}/items/{key}'].put").exists())
			.andExpect(jsonPath("$.paths['/api/v1/agreements/reviews/{id}/items/{key}'].delete").exists())
			.andExpect(jsonPath("$.paths['/api/v1/agreements/reviews/{id}/items/{key}/merge'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/agreements/reviews/{id}/items/{key}/split'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/agreements/reviews/{id}/items'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/agreements/reviews/{id}/confirm-none'].post").exists());
	}

	/**
	 * The page's corrections over the API: correct an item, add one typed, merge, split, delete — each with the
	 * version last read, answered with the review as it now is; a stale version is a 409, a wrong correction a 422 on
	 * its field, an item the review does not hold a 404.
	 */
	@Test
	void aScriptCorrectsMergesSplitsDeletesAndAddsTypedText() throws Exception {
		String api = mvc.perform(upload(MINUTES.replace("prueba", "corrección"), "Reunión de la corrección por la API",
				"2017-06-04").with(as("st-crm")).with(csrf()))
			.andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
		String corrected = """
				{"number": "1", "text": "México enviará el informe final a más tardar el 30 de junio de 2017.",
				 "responsible": ["country:MX"], "dates": [{"expression": "a más tardar el 30 de junio de 2017",
				 "start": "2017-06-30", "end": "2017-06-30", "kind": "DEADLINE", "precision": "DAY"}]}""";
		mvc.perform(put(api + "/items/i1").param("version", "0").contentType(MediaType.APPLICATION_JSON)
				.content(corrected).with(as("st-crm")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version", is(1)))
			.andExpect(jsonPath("$.items[0].text", is("México enviará el informe final a más tardar el 30 de junio de 2017.")))
			.andExpect(jsonPath("$.items[0].responsible", contains("country:MX")));
		mvc.perform(put(api + "/items/i1").param("version", "0").contentType(MediaType.APPLICATION_JSON)
				.content(corrected).header("Accept-Language", "en").with(as("st-crm")).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", startsWith("Someone else changed this review")))
			.andExpect(jsonPath("$.currentVersion", is(1)));
		mvc.perform(put(api + "/items/i1").param("version", "1").contentType(MediaType.APPLICATION_JSON)
				.content(corrected.replace("\"number\": \"1\"", "\"number\": \"\"")).header("Accept-Language", "fr")
				.with(as("st-crm")).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field", is("number")))
			.andExpect(jsonPath("$.errors[0].message", is("Écrivez le numéro de l'accord (20 caractères au plus).")));
		mvc.perform(put(api + "/items/i99").param("version", "1").contentType(MediaType.APPLICATION_JSON)
				.content(corrected).with(as("st-crm")).with(csrf()))
			.andExpect(status().isNotFound());

		mvc.perform(post(api + "/items").param("version", "1").contentType(MediaType.APPLICATION_JSON)
				.content("{\"text\": \"Panamá enviará la lista de participantes antes del 1 de agosto de 2017.\"}")
				.with(as("st-crm")).with(csrf()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.key", is("t1")))
			.andExpect(jsonPath("$.version", is(2)));
		mvc.perform(post(api + "/items/i1/merge").param("version", "2").with(as("st-crm")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version", is(3)))
			.andExpect(jsonPath("$.items", hasSize(2)));
		mvc.perform(post(api + "/items/i1/split").param("version", "3")
				.param("secondStartsWith", "Elaborar un informe conjunto").with(as("st-crm")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version", is(4)))
			.andExpect(jsonPath("$.items", hasSize(3)))
			.andExpect(jsonPath("$.items[1].text", startsWith("Elaborar un informe conjunto")));
		mvc.perform(delete(api + "/items/t1").param("version", "3").with(as("st-crm")).with(csrf()))
			.andExpect(status().isConflict());
		mvc.perform(delete(api + "/items/t1").param("version", "4").with(as("st-crm")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version", is(5)))
			.andExpect(jsonPath("$.items[*].key", not(hasItem("t1"))));
	}

	/** The API's upload of these minutes for a CRM meeting with this title and day, before the account is said. */
	static MockMultipartHttpServletRequestBuilder upload(String text, String title, String isoDate) {
		return multipart("/api/v1/agreements/reviews")
			.file(new MockMultipartFile("file", "acta.txt", "text/plain", text.getBytes(StandardCharsets.UTF_8)))
			.param("meetingTitle", title).param("meetingDate", isoDate).param("processes", "CRM");
	}
}
