package org.puente.agreements;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.puente.WebTestSupport;
import org.puente.web.HtmlValidityTests;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A secretariat adds what the reading missed: one of its suggestions, in its place in the minutes, or an item typed by
 * hand at the end; each addition checked, versioned and audited like the other review steps.
 */
@PuenteTest
class ReviewAdditionTests extends WebTestSupport {

	@Autowired
	ReviewRepository reviews;

	@Autowired
	JdbcTemplate jdbc;

	/**
	 * Minutes of two agreements, and a task told inside a discussion point that the reading does not keep (a task told
	 * in a running paragraph it now proposes; a list point of a discussion reports what was said).
	 */
	private String upload(String note, String date) throws Exception {
		String text = "Acta de la reunión " + note + "\n\nAcuerdos:\n\n"
				+ "1. México enviará el informe a más tardar el 30 de junio de 2017.\n"
				+ "2. Se aprueba el presupuesto del taller regional.\n\nOtros temas\n\n"
				+ "- Se conversó sobre la página web de la Conferencia. Guatemala se encargará de actualizar la página "
				+ "web antes del 15 de julio de 2017. Hubo un intercambio sobre el clima.\n";
		return mvc.perform(TestMinutes.upload(text, "Reunión " + note, date).with(as("st-crm")).with(csrf()))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
	}

	private Review review(String location) {
		return reviews.findById(UUID.fromString(location.substring(location.lastIndexOf('/') + 1))).orElseThrow();
	}

	private static void assertValid(String path, String html) throws Exception {
		HtmlValidityTests.validPage(path, html);
	}

	private static String version(Review review) {
		return String.valueOf(review.getVersion());
	}

	@Test
	void addsASuggestionInItsPlaceAndATypedItemAtTheEndThenConfirmsThem() throws Exception {
		String location = upload("de sugerencias añadidas", "2017-06-08");
		Review review = review(location);
		assertThat(review.items()).hasSize(2);
		ReviewItem suggestion = review.suggestions().get(0);
		assertThat(suggestion.key()).isEqualTo("s1");
		assertThat(suggestion.text()).contains("Guatemala se encargará de actualizar la página web");
		assertThat(review.suggestions()).extracting(ReviewItem::text)
			.noneMatch(t -> t.contains("México enviará") || t.contains("presupuesto del taller"));

		String page = mvc.perform(get(location).with(as("st-crm")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Otros posibles acuerdos")))
			.andExpect(content().string(containsString("<mark id=\"src-s1\" class=\"suggested\"")))
			.andExpect(content().string(containsString("Añadir un acuerdo")))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertValid(location, page);

		mvc.perform(post(location + "/suggestions/s1/add").param("version", version(review))
				.with(as("st-crm")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		review = review(location);
		assertThat(review.items()).extracting(ReviewItem::key).containsExactly("i1", "i2", "s1");
		assertThat(review.items()).extracting(ReviewItem::number).containsExactly("1", "2", "3");
		ReviewItem added = review.items().get(2);
		assertThat(added.responsible()).extracting(PartyReference::id).contains("country:GT");
		assertThat(added.dates()).extracting(d -> d.start().toString()).contains("2017-07-15");
		assertThat(added.sourceStart()).isEqualTo(suggestion.sourceStart());
		assertThat(review.suggestions()).extracting(ReviewItem::key).doesNotContain("s1");

		mvc.perform(post(location + "/items").param("version", version(review))
				.param("text", "  Panamá enviará la lista de participantes antes del 1 de agosto de 2017.  ")
				.with(as("st-crm")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		review = review(location);
		ReviewItem typed = review.items().get(3);
		assertThat(typed.key()).isEqualTo("t1");
		assertThat(typed.number()).isEqualTo("4");
		assertThat(typed.text()).isEqualTo("Panamá enviará la lista de participantes antes del 1 de agosto de 2017.");
		assertThat(typed.responsible()).extracting(PartyReference::id).contains("country:PA");
		assertThat(typed.dates()).extracting(d -> d.start().toString()).contains("2017-08-01");

		List<String> audited = jdbc.queryForList("select summary from audit_entry where entity_id = ? order by id",
				String.class, review.getId().toString());
		assertThat(audited).contains("Added suggested item s1", "Added typed item t1");

		mvc.perform(post(location + "/confirm").param("version", version(review)).with(as("st-crm")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/agreements/minutes/" + review.getId()))
			.andExpect(content().string(containsString("Guatemala se encargará de actualizar la página web")))
			.andExpect(content().string(containsString("Panamá enviará la lista de participantes")));
		// once confirmed, nothing more is added: the reason, with what was typed
		mvc.perform(post(location + "/items").param("version", version(review(location)))
				.param("text", "Un acuerdo tardío").with(as("st-crm")).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Esta revisión ya fue confirmada o descartada.")))
			.andExpect(content().string(containsString("Un acuerdo tardío")));
	}

	@Test
	void refusesAnEmptyOrTooLongTextWith422AndTheMessageOnTheField() throws Exception {
		String location = upload("de texto vacío", "2017-06-09");
		Review review = review(location);
		String refused = mvc.perform(post(location + "/items").param("version", version(review)).param("text", "   ")
				.with(as("st-crm")).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("id=\"add-text-error\"")))
			.andExpect(content().string(containsString("Escriba el texto del acuerdo.")))
			.andExpect(content().string(containsString("aria-invalid=\"true\"")))
			// late walk-through #17: the page names its address, for the address bar (puente.js), not /items
			.andExpect(content().string(containsString("data-address=\"" + location + "#add-item\"")))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertValid(location, refused);
		String tooLong = "Texto tecleado " + "x".repeat(ItemCorrection.LONGEST_TEXT);
		mvc.perform(post(location + "/items").param("version", version(review)).param("text", tooLong)
				.header("Accept-Language", "en").with(as("st-crm")).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("cannot exceed 5,000 characters")))
			.andExpect(content().string(containsString(tooLong)));
		assertThat(review(location).items()).hasSize(2);
		assertThat(review(location).getVersion()).isEqualTo(review.getVersion());
	}

	/**
	 * An agreement deleted from the keyboard: the page came back at its top, and going on meant tabbing through the
	 * agreements above, about fifty boxes each (walk-through of 4 December, late, #16). It comes back at the next
	 * agreement, or at the form that adds one after the last.
	 */
	@Test
	void aDeletedAgreementLeadsToTheNextOneOrToTheAddForm() throws Exception {
		String location = upload("de borrados", "2017-06-12");
		mvc.perform(post(location + "/items/i1/delete").param("version", version(review(location)))
				.with(as("st-crm")).with(csrf()))
			.andExpect(redirectedUrl(location + "#item-i2"));
		mvc.perform(post(location + "/items/i2/delete").param("version", version(review(location)))
				.with(as("st-crm")).with(csrf()))
			.andExpect(redirectedUrl(location + "#add-item"));
	}

	@Test
	void aStaleVersionIs409WithTheTypedTextKept() throws Exception {
		String location = upload("de versión vieja", "2017-06-10");
		Review review = review(location);
		mvc.perform(post(location + "/items/i2/delete").param("version", version(review))
				.with(as("st-crm")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post(location + "/items").param("version", version(review))
				.param("text", "Mi acuerdo tecleado sobre la web").with(as("st-crm")).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Mi acuerdo tecleado sobre la web")))
			.andExpect(content().string(containsString("Otra persona cambió esta revisión")))
			.andExpect(content().string(containsString("name=\"version\" value=\"" + review(location).getVersion())));
		mvc.perform(post(location + "/suggestions/s1/add").param("version", version(review))
				.with(as("st-crm")).with(csrf()))
			.andExpect(status().isConflict())
			// at the review's address, for a reload (polish7), with the button's sentence: nothing typed is kept
			.andExpect(content().string(containsString("data-address=\"" + location + "#suggestion-s1\"")))
			.andExpect(content().string(containsString("no se hizo nada")));
		assertThat(review(location).items()).extracting(ReviewItem::key).containsExactly("i1");
		mvc.perform(post(location + "/suggestions/s99/add").param("version", version(review(location)))
				.with(as("st-crm")).with(csrf()))
			.andExpect(status().isNotFound());
	}

	@Test
	void onlyTheConferencesSecretariatMayAdd() throws Exception {
		String location = upload("de permisos", "2017-06-11");
		Review review = review(location);
		for (String account : List.of("fp-mexico", "st-csm")) {
			mvc.perform(post(location + "/suggestions/s1/add").param("version", version(review))
					.with(as(account)).with(csrf()))
				.andExpect(status().isForbidden());
			mvc.perform(post(location + "/items").param("version", version(review)).param("text", "Intruso")
					.with(as(account)).with(csrf()))
				.andExpect(status().isForbidden())
				.andExpect(content().string(not(containsString("Intruso"))));
		}
		assertThat(review(location).items()).hasSize(2);
		assertThat(review(location).suggestions()).extracting(ReviewItem::key).contains("s1");
	}
}
