package org.puente.agreements;

import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.puente.WebTestSupport;
import org.puente.web.HtmlValidityTests;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.puente.PageContent.holds;
import static org.puente.PageContent.lacks;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A review keeps every suggestion the reading has (up to a hundred), not ten (walk of 5 December #9: the UNESP ata's
 * 51 candidates were cut to ten, the rest typed again): the page shows ten and a "show more" link — which reloads
 * the page with ten more, at the first new one, or with htmx adds them, the focus on the first new one and the live
 * count said again.
 */
@PuenteTest
class ReviewSuggestionsTests extends WebTestSupport {

	private static final String[] COUNTRIES = { "Costa Rica", "Panamá", "Guatemala", "Honduras", "El Salvador",
			"México", "Nicaragua", "Belice", "República Dominicana", "Colombia", "Ecuador", "Perú", "Chile",
			"Argentina", "Brasil", "Uruguay", "Paraguay", "Bolivia" };

	@Autowired
	ReviewRepository reviews;

	@Autowired
	JdbcTemplate jdbc;

	/** One agreement, and eighteen proposals in a list of other matters, each a suggestion of the reading. */
	static String minutes() {
		StringBuilder text = new StringBuilder("Acta de la reunión del grupo de trabajo sobre estadísticas\n\n"
				+ "Acuerdos:\n\n1. Aprobar el informe del año.\n\nOtros temas\n\n");
		for (int i = 0; i < COUNTRIES.length; i++) {
			text.append("- ").append(COUNTRIES[i]).append(" propuso enviar los datos de migración del trimestre ")
				.append(i + 1).append(" a la Secretaría antes del ").append(i + 1).append(" de julio de 2019.\n");
		}
		return text.toString();
	}

	@Test
	void everySuggestionIsKeptAndShownTenAtATime() throws Exception {
		String location = mvc.perform(TestMinutes.upload(minutes(), "Reunión de las sugerencias", "2019-06-20")
				.with(as("st-crm")).with(csrf()))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
		List<ReviewItem> kept = reviews.findById(id).orElseThrow().suggestions();
		assertThat(kept).as("all the reading's suggestions, not ten").hasSize(18);
		String eleventh = kept.get(10).key();

		String page = mvc.perform(get(location).header("Accept-Language", "en").with(as("st-crm")))
			.andExpect(status().isOk())
			.andExpect(holds("Suggestions shown: 10 of 18.", "role=\"status\"", "Show 8 more suggestions",
					"href=\"/agreements/reviews/" + id + "?suggestions=20#suggestion-" + eleventh + "\"",
					"data-hx-get=\"/agreements/reviews/" + id + "/suggestions?from=10\""))
			.andExpect(lacks("id=\"suggestion-" + eleventh + "\"", "id=\"src-" + eleventh + "\""))
			.andReturn().getResponse().getContentAsString();
		assertThat(count(page, "class=\"card review-suggestion\"")).isEqualTo(10);
		HtmlValidityTests.validPage(location, page);

		// with htmx: the next ones, the first to take the focus, and out of band the count, the link and the marks
		String more = mvc.perform(get(location + "/suggestions").param("from", "10").header("HX-Request", "true")
				.header("Accept-Language", "en").with(as("st-crm")))
			.andExpect(status().isOk())
			.andExpect(holds("Suggestions shown: 18 of 18.", "id=\"src-" + eleventh + "\"",
					"data-hx-swap-oob=\"innerHTML\""))
			.andExpect(lacks("id=\"suggestions-more-link\""))
			.andReturn().getResponse().getContentAsString();
		assertThat(count(more, "class=\"card review-suggestion\"")).isEqualTo(8);
		assertThat(more).containsPattern("<li id=\"suggestion-" + eleventh
				+ "\" class=\"card review-suggestion\"[^>]*tabindex=\"-1\"[^>]*data-first-new=\"true\"");
		assertThat(count(more, "data-first-new")).isEqualTo(1);

		// without script: the page again, ten more shown
		mvc.perform(get(location).param("suggestions", "20").header("Accept-Language", "en").with(as("st-crm")))
			.andExpect(status().isOk())
			.andExpect(holds("Suggestions shown: 18 of 18.", "id=\"suggestion-" + eleventh + "\""))
			.andExpect(lacks("id=\"suggestions-more-link\""));
		mvc.perform(get("/agreements/reviews/" + UUID.randomUUID() + "/suggestions").with(as("st-crm")))
			.andExpect(status().isNotFound());
	}

	@Test // suggest19: what "Add" adds is said beside it, and what is not an agreement can be taken out of the list
	void eachSuggestionSaysThePartyAndDateItAddsAndIsDismissedInOneAuditedStep() throws Exception {
		String location = mvc.perform(TestMinutes.upload(minutes().replace("estadísticas", "estadísticas (descartar)"),
				"Reunión de las sugerencias descartadas", "2019-06-22").with(as("st-crm")).with(csrf()))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
		Review review = reviews.findById(id).orElseThrow();
		ReviewItem first = review.suggestions().get(0);
		assertThat(first.dates()).as("the reading read the suggestion's date").isNotEmpty();
		String key = first.key();
		String day = first.dates().get(0).start().toString();

		mvc.perform(get(location).header("Accept-Language", "en").with(as("st-crm")))
			.andExpect(status().isOk())
			.andExpect(holds("id=\"suggestion-read-" + key + "\"", "<time datetime=\"" + day + "\"",
					"aria-describedby=\"suggestion-text-" + key + " suggestion-read-" + key + "\"",
					"id=\"dismiss-" + key + "\""));

		// someone else's change first: 409, nothing taken out
		mvc.perform(post(location + "/suggestions/" + key + "/dismiss").param("version", String.valueOf(
				review.getVersion() - 1)).with(as("st-crm")).with(csrf()))
			.andExpect(status().isConflict());
		mvc.perform(post(location + "/suggestions/" + key + "/dismiss").param("version", String.valueOf(
				review.getVersion())).with(as("fp-mexico")).with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(reviews.findById(id).orElseThrow().suggestions()).hasSize(18);

		mvc.perform(post(location + "/suggestions/" + key + "/dismiss").param("version", String.valueOf(
				review.getVersion())).with(as("st-crm")).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl(location + "#suggestions"));
		Review after = reviews.findById(id).orElseThrow();
		assertThat(after.suggestions()).hasSize(17).extracting(ReviewItem::key).doesNotContain(key);
		assertThat(after.items()).extracting(ReviewItem::text).doesNotContain(first.text());
		assertThat(jdbc.queryForList("select summary from audit_entry where entity_id = ? order by id", String.class,
				id.toString())).contains("Dismissed suggested item " + key);
		mvc.perform(get(location).header("Accept-Language", "en").with(as("st-crm")))
			.andExpect(holds("Suggestions shown: 10 of 17."))
			.andExpect(lacks("id=\"suggestion-" + key + "\""));
		mvc.perform(post(location + "/suggestions/" + key + "/dismiss").param("version", String.valueOf(
				after.getVersion())).with(as("st-crm")).with(csrf()))
			.andExpect(status().isNotFound());
		// the sending address opened as a page leads back to the review
		mvc.perform(get(location + "/suggestions/" + key + "/dismiss").with(as("st-crm")))
			.andExpect(redirectedUrl(location));
	}

	private static int count(String html, String text) {
		Matcher m = Pattern.compile(Pattern.quote(text)).matcher(html);
		int n = 0;
		while (m.find()) {
			n++;
		}
		return n;
	}
}
