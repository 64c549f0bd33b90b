package org.puente.i18n;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.puente.WebTestSupport;
import org.puente.agreements.TestMinutes;
import org.puente.meetings.PostedMeetingForm;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.puente.i18n.ForeignTextLanguageTests.languageOf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Minutes of a calendar meeting name it as the calendar does, in each reader's language (walk 13 #8): uploaded from
 * a French page, they kept the French title, which Portuguese and English readers then read on every page. Where
 * the calendar has no title in the reader's language, its fallback is marked with its {@code lang} — in a heading's
 * sentence by a span, on a page's {@code <title>} and on an {@code <option>} on the element itself. The public's
 * recent changes name the minutes the same way (walk 13 #14).
 */
@PuenteTest
class CalendarTitleLanguageTests extends WebTestSupport {

	@Autowired
	JdbcTemplate jdbc;

	/** Confirmed minutes (a copy of the seeds' Minuta) and their first agreement. */
	record Confirmed(UUID minutes, UUID agreement) {
	}

	/** A calendar meeting titled as given (language code to title), its minutes uploaded from a page in {@code from}. */
	Confirmed minutesOf(Map<String, String> titles, LocalDate day, String from) throws Exception {
		PostedMeetingForm form = PostedMeetingForm.meeting(titles.getOrDefault("es", ""), day.toString()).with("titleEs");
		titles.forEach((code, title) -> form.with("title" + Character.toUpperCase(code.charAt(0)) + code.charAt(1), title));
		String page = mvc.perform(form.postTo("/meetings").with(as("st-crm")).with(csrf()))
			.andReturn().getResponse().getRedirectedUrl();
		String meeting = page.substring(page.lastIndexOf('/') + 1);
		String location = mvc.perform(multipart("/agreements/reviews")
				.file(new MockMultipartFile("file", "minuta-lang14.txt", "text/plain", TestMinutes.minuta("lang14 " + day)))
				.param("meetingId", meeting).param("processes", "CRM").param("lang", "es")
				.header("Accept-Language", from).with(as("st-crm")).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		UUID minutes = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
		long version = jdbc.queryForObject("select version from agreement_review where id = ?", Long.class, minutes);
		mvc.perform(post(location + "/confirm").param("version", String.valueOf(version)).with(as("st-crm")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		return new Confirmed(minutes, jdbc.queryForObject(
				"select id from agreement where review_id = ? order by position limit 1", UUID.class, minutes));
	}

	@Test
	void minutesUploadedFromAFrenchPageNameTheirMeetingInEachReadersLanguage() throws Exception {
		Map<String, String> titles = Map.of("es", "Reunión de prueba de los títulos del calendario",
				"en", "Test meeting of the calendar's titles", "pt", "Reunião de teste dos títulos do calendário",
				"fr", "Réunion d'essai des titres du calendrier");
		// the latest meeting with agreements, so that an observer's home lists its minutes
		Confirmed confirmed = minutesOf(titles, LocalDate.now().plusDays(3), "fr");
		String href = "a[href=\"/agreements/minutes/" + confirmed.minutes() + "\"]";
		String link = "main " + href;
		UUID document = jdbc.queryForObject("select minutes_document_id from agreement_review where id = ?", UUID.class,
				confirmed.minutes());
		for (String language : List.of("pt", "en", "fr", "es")) {
			String title = titles.get(language);
			Document agreement = pageIn("/agreements/items/" + confirmed.agreement(), "observer-oim", language);
			assertThat(agreement.selectFirst(link).text()).isEqualTo(title);
			assertThat(agreement.selectFirst("main h1").text()).contains(title);
			assertThat(agreement.select("main h1 [lang]")).as("the heading's sentence wholly in " + language).isEmpty();
			assertThat(pageIn("/agreements/board", "st-crm", language).select(link)).isNotEmpty()
				.allSatisfy(cell -> assertThat(cell.text()).isEqualTo(title));
			Document minutes = pageIn("/agreements/minutes/" + confirmed.minutes(), null, language);
			assertThat(minutes.selectFirst("main h1").text()).isEqualTo(title);
			assertThat(minutes.title()).startsWith(title);
			assertThat(minutes.selectFirst("title").hasAttr("lang") || minutes.selectFirst("main h1").hasAttr("lang"))
				.as("nothing marked: the title is the page's language").isFalse();
			assertThat(pageIn("/home", "observer-oim", language).select("#panel-latest-agreements " + href).text())
				.isEqualTo(title);
			Element named = pageIn("/documents/" + document, "st-crm", language).selectFirst("main h1");
			assertThat(named.text()).as("the minutes' document").endsWith(title);
			assertThat(languageOf(named)).isEqualTo(language);
			assertThat(pageIn("/", null, language).select(link)).as("the public's recent changes").isNotEmpty()
				.allSatisfy(change -> assertThat(change.text()).isEqualTo(title));
		}
		mvc.perform(get("/api/v1/agreements/" + confirmed.agreement()).header("Accept-Language", "pt"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.meetingTitle", is(titles.get("pt"))))
			.andExpect(jsonPath("$.meetingTitleLanguage", is("pt")))
			.andExpect(jsonPath("$.meetingTitles.en", is(titles.get("en"))));
		mvc.perform(get("/api/v1/agreements/reviews/" + confirmed.minutes()).header("Accept-Language", "en")
				.with(as("st-crm")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.meetingTitle", is(titles.get("en"))))
			.andExpect(jsonPath("$.meetingTitles.fr", is(titles.get("fr"))));
	}

	@Test
	void aMeetingTitledOnlyInFrenchIsMarkedFrenchInHeadingsTitlesAndOptions() throws Exception {
		String french = "Réunion d'essai titrée seulement en français";
		Confirmed confirmed = minutesOf(Map.of("fr", french), LocalDate.of(2019, 9, 17), "pt");
		Document agreement = pageIn("/agreements/items/" + confirmed.agreement(), "observer-oim", "pt");
		Element inHeading = agreement.selectFirst("main h1 span[lang]");
		assertThat(inHeading).as("the title in the heading's sentence, in a span").isNotNull();
		assertThat(inHeading.text()).isEqualTo(french);
		assertThat(inHeading.attr("lang")).isEqualTo("fr");
		assertThat(agreement.selectFirst("main h1").ownText()).as("the sentence around it").startsWith("Acordo");
		Document minutes = pageIn("/agreements/minutes/" + confirmed.minutes(), null, "pt");
		assertThat(minutes.selectFirst("title").attr("lang")).isEqualTo("fr");
		assertThat(pageIn("/agreements/minutes/" + confirmed.minutes(), null, "fr").selectFirst("title").hasAttr("lang"))
			.isFalse();
		UUID meeting = jdbc.queryForObject("select meeting_id from agreement_review where id = ?", UUID.class,
				confirmed.minutes());
		assertThat(pageIn("/", null, "es").select("main a[href=/meetings/" + meeting + "]"))
			.as("the public's recent changes name a meeting titled only in French by that title").isNotEmpty()
			.allSatisfy(change -> assertThat(change.text()).isEqualTo(french));
		// ... marked as French, a name fallen back to another language (lang14 had left the line without its lang)
		assertThat(pageIn("/", null, "es").select("section[aria-labelledby=changes-title] a[href=/meetings/" + meeting
				+ "]")).isNotEmpty().allSatisfy(change -> assertThat(change.attr("lang")).isEqualTo("fr"));
		assertThat(pageIn("/", null, "fr").select("section[aria-labelledby=changes-title] a[href=/meetings/" + meeting
				+ "]")).as("not on the French page").isNotEmpty().allSatisfy(change -> assertThat(change.hasAttr("lang")).isFalse());
		Element option = pageIn("/meetings/new", "st-crm", "pt").selectFirst("option[value=" + meeting + "]");
		assertThat(option.attr("lang")).isEqualTo("fr");
		assertThat(option.text()).as("title and days in one language").isEqualTo(french + " (17 septembre 2019)");
		assertThat(pageIn("/agreements/items/" + confirmed.agreement(), "observer-oim", "fr").select("main h1 [lang]"))
			.isEmpty();
	}
}
