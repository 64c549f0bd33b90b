package org.puente.agreements;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.puente.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** What a secretariat met reviewing minutes in a real browser one evening (walk-through of 4 December 2026). */
@PuenteTest
class ReviewEveningTests extends WebTestSupport {

	@Autowired
	ReviewRepository reviews;

	private String upload(String note) throws Exception {
		return mvc.perform(multipart("/agreements/reviews")
				.file(new MockMultipartFile("file", "minuta.txt", "text/plain", TestMinutes.minuta(note)))
				.param("meetingTitle", "Reunión " + note).param("meetingDate", "2017-05-11").param("processes", "CRM")
				.with(as("st-crm")).with(csrf()))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
	}

	private Review review(String location) {
		return reviews.findById(UUID.fromString(location.substring(location.lastIndexOf('/') + 1))).orElseThrow();
	}

	/** #10: a theme has a limit like a meeting's venue (300), said in the reviewer's language; 300 is saved. */
	@Test
	void refusesAThemeLongerThanThreeHundredCharacters() throws Exception {
		String location = upload("tema demasiado largo");
		Review review = review(location);
		ReviewItem first = review.items().get(0);
		mvc.perform(post(location + "/items/i1").param("version", String.valueOf(review.getVersion()))
				.param("number", "1").param("theme", "t".repeat(301)).param("text", first.text())
				.header("Accept-Language", "pt").with(as("st-crm")).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("O tema não pode passar de 300 caracteres.")))
			// late walk-through #17: the refusal names the review's address, at the item, for the address bar
			.andExpect(content().string(containsString("data-address=\"" + location + "#item-i1\"")));
		assertThat(review(location).items().get(0).theme()).isEqualTo(first.theme());

		mvc.perform(post(location + "/items/i1").param("version", String.valueOf(review.getVersion()))
				.param("number", "1").param("theme", "t".repeat(300)).param("text", first.text())
				.with(as("st-crm")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(review(location).items().get(0).theme()).hasSize(300);
	}

	/**
	 * Walk 15, #11: on a phone the theme's one-line box showed half of it. It is a two-row box that a refusal gives
	 * back as typed, like the text; a line break typed in it is saved as a space (a theme is a heading).
	 */
	@Test
	void theThemeIsATwoRowBoxKeptOnARefusalAndSavedOnOneLine() throws Exception {
		String location = upload("tema en dos filas");
		Review review = review(location);
		ReviewItem first = review.items().get(0);
		Element shown = Jsoup.parse(mvc.perform(get(location).with(as("st-crm"))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)).getElementById("theme-i1");
		assertThat(shown.tagName() + " " + shown.attr("rows")).isEqualTo("textarea 2");
		String typed = "Tema corregido en la revisión,\r\nen dos líneas";
		Element refused = Jsoup.parse(mvc.perform(post(location + "/items/i1")
				.param("version", String.valueOf(review.getVersion())).param("number", "").param("theme", typed)
				.param("text", first.text()).with(as("st-crm")).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)).getElementById("theme-i1");
		assertThat(refused.tagName()).isEqualTo("textarea");
		// (a browser reads a carriage return and line feed as one line feed; jsoup keeps both)
		assertThat(refused.wholeText().replace("\r", "").strip()).isEqualTo("Tema corregido en la revisión,\nen dos líneas");
		mvc.perform(post(location + "/items/i1").param("version", String.valueOf(review.getVersion()))
				.param("number", "1").param("theme", typed).param("text", first.text()).with(as("st-crm")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(review(location).items().get(0).theme()).isEqualTo("Tema corregido en la revisión, en dos líneas");
	}

	/**
	 * #18: after a refused correction the address bar keeps the address the form was sent to; opened again (reload,
	 * bookmark) it leads back to the review, at the item, and changes nothing.
	 */
	@Test
	void aSendingAddressOpenedAsAPageLeadsBackToTheReview() throws Exception {
		String location = upload("dirección de envío abierta");
		long version = review(location).getVersion();
		mvc.perform(get(location + "/items/i1").with(as("st-crm")))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl(location + "#item-i1"));
		for (String step : new String[] { "/items/i2/merge", "/items/i2/delete", "/confirm", "/discard", "/items" }) {
			mvc.perform(get(location + step).with(as("st-crm")))
				.andExpect(status().is3xxRedirection())
				.andExpect(header().string("Location", startsWith(location)));
		}
		assertThat(review(location).getVersion()).isEqualTo(version);
		mvc.perform(get(location + "/items/i1").with(as("fp-mexico"))).andExpect(status().isForbidden());
	}
}
