package org.puente.portal;

import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.puente.WebTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A signed-in reader's portal lists documents reserved to the conferences beside the public ones; each says so in
 * words (walk 8 #17: the CRM's reserved draft on early warning sat unmarked in the observer's French portal).
 */
@PuenteTest
class PortalReservedBadgeTests extends WebTestSupport {

	private static final String DRAFT = "Borrador reservado: mecanismo de alerta temprana";

	private Element line(String language, boolean signedIn, String words) throws Exception {
		var request = get("/portal/sessions/3").header("Accept-Language", language);
		String html = mvc.perform(signedIn ? request.with(as("observer-oim")) : request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		return Jsoup.parse(html).select(".document-list li").stream().filter(li -> li.text().contains(words)).findFirst()
			.orElse(null);
	}

	@Test
	void theReservedDraftIsMarkedReservedInTheReadersLanguage() throws Exception {
		assertThat(line("fr", true, DRAFT).select(".badge").text()).isEqualTo("Réservé aux Conférences");
		assertThat(line("pt", true, "Rascunho reservado").select(".badge").text()).isEqualTo("Reservado às Conferências");
		assertThat(line("en", true, "Restricted draft").select(".badge").text()).isEqualTo("Reserved to the conferences");
		assertThat(line("es", true, DRAFT).select(".badge").text()).isEqualTo("Reservado a las Conferencias");
		assertThat(line("es", false, DRAFT)).as("anonymous readers do not get it").isNull();
	}

	@Test
	void aPublicDocumentHasNoBadge() throws Exception {
		Element any = Jsoup.parse(mvc.perform(get("/portal/sessions/3").header("Accept-Language", "fr"))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)).selectFirst(".document-list li");
		assertThat(any).isNotNull();
		assertThat(any.select(".badge")).isEmpty();
	}
}
