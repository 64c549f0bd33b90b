package org.puente.experts;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.puente.WebTestSupport;
import org.puente.web.HtmlValidityTests;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.puente.PageContent.holds;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Looking for an expert on the roster page (walk 10 #17): words, session, language, country, round, kept in the
 * address; the count in a status line; a value the form never offers refused with 400 in the reader's language.
 */
@PuenteTest
class RosterSearchTests extends WebTestSupport {

	static int rows(MvcResult page) throws Exception {
		String html = page.getResponse().getContentAsString(StandardCharsets.UTF_8);
		return html.split("<th scope=\"row\">", -1).length - 1;
	}

	@Test
	void anObserverFindsAnExpertByNameAccentsAsideAndTheFormKeepsTheFilter() throws Exception {
		MvcResult all = mvc.perform(get("/experts?lang=pt").with(as("observer-oim"))).andExpect(status().isOk())
			.andExpect(holds("role=\"search\"", "<label for=\"q\">Nome, afiliação ou biografia</label>")).andReturn();
		HtmlValidityTests.validPage("/experts", all.getResponse().getContentAsString(StandardCharsets.UTF_8));
		int everyone = rows(all);
		assertThat(everyone).isGreaterThan(1);

		MvcResult found = mvc.perform(get("/experts?q=FERNANDA").with(as("observer-oim"))).andExpect(status().isOk())
			.andExpect(holds("value=\"FERNANDA\"", "Fernanda")).andReturn();
		assertThat(rows(found)).isBetween(1, everyone - 1);
		MvcResult none = mvc.perform(get("/experts?q=zzzz-nadie").with(as("observer-oim"))).andExpect(status().isOk())
			.andExpect(holds("Ningún experto con esos filtros.", "href=\"/experts\"",
					"<p id=\"roster-status\" class=\"visually-hidden\" role=\"status\">0 expertos mostrados</p>"))
			.andReturn();
		assertThat(rows(none)).isZero();
	}

	@Test
	void theStatusLineCountsTheRowsAndTheTableIsNoLiveRegion() throws Exception {
		MvcResult page = mvc.perform(get("/experts?lang=en&language=en").with(as("st-crm"))).andExpect(status().isOk())
			.andReturn();
		String html = page.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("role=\"status\">" + rows(page) + " experts shown</p>").doesNotContain("aria-live");
		assertThat(html.indexOf("id=\"roster-status\"")).isLessThan(html.indexOf("<div id=\"results\">"));
	}

	@Test
	void theCountryAndTheRoundEachNarrowTheList() throws Exception {
		int all = rows(mvc.perform(get("/experts").with(as("st-crm"))).andReturn());
		MvcResult brazil = mvc.perform(get("/experts?country=BR").with(as("st-crm"))).andExpect(status().isOk())
			.andExpect(holds("<option value=\"BR\" selected=\"selected\">Brasil</option>", "Fernanda Costa Ribeiro",
					"Luana Ferreira Dias"))
			.andExpect(content().string(not(containsString("Ana Lucía Ferrer Quiñones")))).andReturn();
		assertThat(rows(brazil)).isBetween(2, all - 1);
		String page = mvc.perform(get("/experts").with(as("st-crm"))).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		Matcher round = Pattern.compile("<option value=\"([0-9a-f-]{36})\"[^>]*>" + Pattern.quote(DemoExperts.ROUND_TITLE))
			.matcher(page);
		assertThat(round.find()).isTrue();
		MvcResult nominated = mvc.perform(get("/experts?round=" + round.group(1)).with(as("st-crm")))
			.andExpect(status().isOk()).andExpect(holds("selected=\"selected\">" + DemoExperts.ROUND_TITLE)).andReturn();
		assertThat(rows(nominated)).isBetween(1, all - 1);
	}

	@Test
	void wordsAndListsCombine() throws Exception {
		// the walk's observer: someone on session 4 who speaks Portuguese, from Brazil, named by a word of her name
		MvcResult one = mvc.perform(get("/experts?q=ribeiro&session=4&language=pt&country=BR").with(as("observer-oim")))
			.andExpect(status().isOk()).andExpect(holds("Fernanda Costa Ribeiro", "value=\"ribeiro\"")).andReturn();
		assertThat(rows(one)).isEqualTo(1);
		MvcResult none = mvc.perform(get("/experts?q=ribeiro&session=5").with(as("observer-oim")))
			.andExpect(status().isOk()).andReturn();
		assertThat(rows(none)).isZero();
	}

	@Test
	void aValueTheFormNeverOffersIsRefusedWith400InTheReadersLanguage() throws Exception {
		mvc.perform(get("/experts?lang=fr&session=99").with(as("observer-oim"))).andExpect(status().isBadRequest())
			.andExpect(holds("Le filtre ne connaît pas la valeur « 99 »"));
		mvc.perform(get("/experts?lang=en&session=abc").with(as("observer-oim"))).andExpect(status().isBadRequest())
			.andExpect(holds("The filter has no value “abc”"));
		mvc.perform(get("/experts?lang=pt&language=xx").with(as("observer-oim"))).andExpect(status().isBadRequest())
			.andExpect(holds("O filtro não conhece o valor “xx”"));
		mvc.perform(get("/experts?country=ZZ").with(as("observer-oim"))).andExpect(status().isBadRequest())
			.andExpect(holds("El filtro no conoce el valor «ZZ»"));
		mvc.perform(get("/experts?round=" + UUID.randomUUID()).with(as("observer-oim")))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/experts?round=not-a-round").with(as("observer-oim"))).andExpect(status().isBadRequest());
	}

	@Test
	void aLanguageAndASessionNarrowTheList() throws Exception {
		int all = rows(mvc.perform(get("/experts").with(as("st-crm"))).andReturn());
		MvcResult french = mvc.perform(get("/experts?language=fr").with(as("st-crm"))).andExpect(status().isOk())
			.andExpect(holds("<option value=\"fr\" selected=\"selected\">")).andReturn();
		assertThat(rows(french)).isLessThan(all);
		MvcResult session = mvc.perform(get("/experts?session=4&language=es").with(as("st-crm")))
			.andExpect(status().isOk()).andReturn();
		assertThat(rows(session)).isLessThan(all);
	}

	/**
	 * A round's title stays in the language it was written in: its option in the filter says which on a page in
	 * another (walk of 5 Dec night #7), as the round's own page does; the names Puente gives (languages, countries)
	 * are the reader's and carry none.
	 */
	@Test
	void theRoundOptionMarksItsTitlesLanguageWhereItIsNotThePages() throws Exception {
		for (String language : new String[] { "en", "fr", "es" }) {
			org.jsoup.nodes.Document page = pageIn("/experts", "st-csm", language);
			var demo = page.select("select#round option").stream()
				.filter(o -> o.text().equals(DemoExperts.ROUND_TITLE)).findFirst().orElseThrow();
			assertThat(demo.attr("lang")).as(language).isEqualTo(language.equals("es") ? "" : "es");
			// the other tests' rounds: marked with their own language, never with the page's
			assertThat(page.select("select#round option[lang]").eachAttr("lang")).doesNotContain(language);
			assertThat(page.select("select#language option[lang], select#country option[lang]")).isEmpty();
		}
	}
}
