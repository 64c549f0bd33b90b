package org.puente.i18n;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.puente.WebTestSupport;
import org.puente.agreements.TestMinutes;
import org.puente.documents.DocumentForms;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * WCAG 3.1.2 across the main pages (walk 8 #9): on a Portuguese or French page, a text shown in another language — an
 * agreement in the minutes' Spanish, a question asked only in Spanish, a document title written in one language —
 * sits in an element whose {@code lang} says so, so a screen reader reads it in its own voice; on a Spanish page the
 * same texts carry no {@code lang} of their own.
 */
@PuenteTest
class ForeignTextLanguageTests extends WebTestSupport {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	org.springframework.transaction.PlatformTransactionManager transactions;

	Document page(String path, String user, String language) throws Exception {
		return pageIn(path, user, language);
	}

	/** The language a screen reader reads this text in: the closest {@code lang} around it. */
	static String languageOf(Element element) {
		for (Element e = element; e != null; e = e.parent()) {
			if (e.hasAttr("lang")) {
				return e.attr("lang");
			}
		}
		return "";
	}

	/** The elements whose own text contains these words, and the language each is read in. */
	static List<String> readAs(Document page, String words) {
		List<String> languages = page.select("main *:containsOwn(" + words + ")").stream().map(
				ForeignTextLanguageTests::languageOf).toList();
		assertThat(languages).as("«" + words + "» on the page").isNotEmpty();
		return languages;
	}

	/** The first agreement the demo loaded from the seeds' Spanish minutes, its meeting and its first words. */
	record Seeded(UUID id, UUID meeting, String words) {
	}

	// By creation, not by meeting date or text: other test classes sharing the database add copies of the seeds'
	// minutes to meetings of one conference, which an observer may not open (404).
	Seeded seededAgreement() {
		return jdbc.queryForObject("select a.id, a.meeting_id, a.text from agreement a join agreement_review r "
				+ "on r.id = a.review_id where r.language = 'es' and a.meeting_id is not null "
				+ "order by a.created_at, a.position limit 1", (row, n) -> new Seeded(row.getObject(1, UUID.class),
						row.getObject(2, UUID.class), row.getString(3).substring(0, 30)));
	}

	@Test
	void agreementsInTheMinutesSpanishAreMarkedOnPortugueseAndFrenchPages() throws Exception {
		Seeded seeded = seededAgreement();
		String words = seeded.words();
		UUID id = seeded.id();
		UUID meeting = seeded.meeting();
		assertThat(readAs(page("/agreements/items/" + id, "observer-oim", "fr"), words)).containsOnly("es");
		assertThat(readAs(boardPageWith("st-crm", "pt", board -> !board.select("main *:containsOwn(" + words + ")")
			.isEmpty()), words)).containsOnly("es");
		assertThat(readAs(page("/meetings/" + meeting, "fp-panama", "pt"), words)).containsOnly("es");
		assertThat(readAs(page("/agreements/items/" + id, "observer-oim", "es"), words)).containsOnly("es");
		assertThat(page("/agreements/items/" + id, "observer-oim", "es").select("main [lang=es]")).isEmpty();
	}

	/**
	 * The meeting of an agreement is named as the calendar names it in the reader's language (walk 13 #8; it was the
	 * Spanish title kept with the minutes, marked {@code lang="es"}): the board's column, the agreement's page, the
	 * overview and the minutes' own page, each in the page's language and so without a {@code lang} of its own.
	 */
	@Test
	void theMeetingOfAnAgreementIsNamedByTheCalendarInTheReadersLanguage() throws Exception {
		Seeded seeded = seededAgreement();
		UUID minutes = jdbc.queryForObject("select review_id from agreement where id = ?", UUID.class, seeded.id());
		java.util.Map<String, Object> titles = jdbc.queryForMap("select title_es, title_pt, title_fr from meeting "
				+ "where id = ?", seeded.meeting());
		String href = "a[href=\"/agreements/minutes/" + minutes + "\"]";
		assertThat(boardPageWith("st-crm", "pt", board -> !board.select("main table " + href).isEmpty())
			.select("main table " + href)).isNotEmpty()
			.allSatisfy(title -> assertThat(title.text()).isEqualTo(titles.get("title_pt")))
			.allSatisfy(title -> assertThat(languageOf(title)).isEqualTo("pt"));
		Element onAgreement = page("/agreements/items/" + seeded.id(), "observer-oim", "fr").selectFirst("main " + href);
		assertThat(onAgreement.text()).isEqualTo(titles.get("title_fr"));
		assertThat(languageOf(onAgreement)).isEqualTo("fr");
		assertThat(page("/agreements", "observer-oim", "fr").selectFirst("main h3 " + href).text())
			.isEqualTo(titles.get("title_fr"));
		Element heading = page("/agreements/minutes/" + minutes, "fp-panama", "pt").selectFirst("main h1");
		assertThat(heading.text()).isEqualTo(titles.get("title_pt"));
		assertThat(languageOf(heading)).isEqualTo("pt");
		assertThat(boardPageWith("st-crm", "es", board -> !board.select("main " + href).isEmpty())
			.select("main " + href)).isNotEmpty()
			.allSatisfy(title -> assertThat(title.text()).isEqualTo(titles.get("title_es")))
			.allSatisfy(title -> assertThat(title.hasAttr("lang")).as("no lang of its own on a Spanish page").isFalse());
	}

	@Test
	void aFocalPointsActionsAreMarkedOnTheirHomeAndTheirList() throws Exception {
		Document mine = page("/agreements/mine", "fp-panama", "pt");
		Element first = mine.selectFirst("main td a[href^=/agreements/items/]");
		assertThat(first).as("fp-panama has actions").isNotNull();
		assertThat(languageOf(first)).isEqualTo("es");
		String words = first.text().substring(0, 20);
		Document home = page("/home", "fp-panama", "pt");
		Element line = home.selectFirst("main a[href^=/agreements/items/]");
		assertThat(line).isNotNull();
		assertThat(line.ownText()).as("the number in Portuguese").startsWith("Acordo");
		assertThat(languageOf(line)).isEqualTo("pt");
		assertThat(line.select("span[lang=es]").text()).isNotBlank();
		assertThat(mine.text()).contains(words);
	}

	@Test
	void aQuestionAskedOnlyInSpanishIsMarkedOnAPortugueseAnswerPage() throws Exception {
		UUID consultation = jdbc.queryForObject("select id from consultation where title_es like 'Conceptos%' limit 1",
				UUID.class);
		Document answer = page("/consultations/" + consultation + "/answer", "fp-panama", "pt");
		assertThat(readAs(answer, "¿Qué prioridad tiene para su país")).containsOnly("es");
		assertThat(readAs(answer, "Como o seu país define o seguinte termo?")).containsOnly("pt");
	}

	@Test
	void documentTitlesWrittenInOneLanguageAreMarked() throws Exception {
		// a report titled in Spanish only, the newest: the portal's ten latest are otherwise whatever the tests run
		// before uploaded last (minutes kept as documents, titled in every language)
		String spanishOnly = "Informe solo en español " + UUID.randomUUID();
		mvc.perform(DocumentForms.upload(DocumentForms.text("informe.txt", "Informe de prueba."), "title.es",
				spanishOnly, "date", java.time.LocalDate.now().toString()).with(as("st-crm")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		Document portal = page("/portal", null, "fr");
		List<Element> titles = portal.select("main .document-list a[href^=/documents/]:not([href*=/versions/])");
		assertThat(titles).as("the Spanish-only report among the latest").filteredOn(t -> t.text().equals(spanishOnly))
			.singleElement().satisfies(t -> assertThat(languageOf(t)).isEqualTo("es"));
		for (Element title : titles) {
			String id = title.attr("href").substring("/documents/".length());
			boolean french = Boolean.TRUE.equals(jdbc.queryForObject(
					"select coalesce(title_fr, '') <> '' from document where id = ?::uuid", Boolean.class, id));
			String expected = french ? "fr" : jdbc.queryForObject(
					"select case when coalesce(title_fr, '') = '' and language <> 'fr' then language end from document where id = ?::uuid",
					String.class, id);
			assertThat(languageOf(title)).as(title.text()).isEqualTo(expected == null ? "fr" : expected);
		}
	}

	/**
	 * The meeting's title kept with minutes is in its own language, not the minutes' (fix12b): English minutes
	 * uploaded from a Spanish page for a calendar meeting titled in Spanish keep the Spanish title, which a French page
	 * marks {@code lang="es"} — not {@code lang="en"}, which would read it in an English voice.
	 */
	@Test
	void theMeetingTitleKeptWithEnglishMinutesIsMarkedInItsOwnSpanish() throws Exception {
		String title = "Reunión de prueba del idioma del título";
		String meetingId = TestMinutes.calendarMeeting(mvc, as("st-crm"), title, "2019-06-18");
		String minutes = """
				Minutes of the working group meeting on the weather

				Present: Costa Rica, Panama and Guatemala.

				The monthly weather report was presented. Views were exchanged on the season's rains. Panama \
				commented on the harvests. The meeting ended at 17:00.
				""";
		String location = mvc.perform(multipart("/agreements/reviews")
				.file(new MockMultipartFile("file", "minutes-title-language.txt", "text/plain",
						minutes.getBytes(StandardCharsets.UTF_8)))
				.param("meetingId", meetingId).param("processes", "CRM").param("lang", "en")
				.header("Accept-Language", "es").with(as("st-crm")).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
		assertThat(jdbc.queryForObject("select language from agreement_review where id = ?", String.class, id))
			.isEqualTo("en");
		mvc.perform(post(location + "/confirm-none").param("version", "0").with(as("st-crm")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		Element heading = page("/agreements/minutes/" + id, null, "fr").selectFirst("main h1");
		assertThat(heading.text()).isEqualTo(title);
		assertThat(languageOf(heading)).isEqualTo("es");
		assertThat(page("/agreements/minutes/" + id, null, "es").selectFirst("main h1").hasAttr("lang"))
			.as("no lang of its own on a Spanish page").isFalse();
		Element onMeeting = page("/meetings/" + meetingId, null, "fr")
			.selectFirst("main a[href=\"/agreements/minutes/" + id + "\"] span");
		assertThat(onMeeting.text()).as("the meeting's page lists the minutes by the title").isEqualTo(title);
		assertThat(languageOf(onMeeting)).isEqualTo("es");
	}

	/**
	 * The home's lines name things by titles written in one language (lang13): an action without a deadline by its
	 * meeting (the line under it), the minutes waiting for review by their meeting's title, the next meetings by
	 * theirs. On a page in another language each carries the title's {@code lang}; on a Spanish page none of its own.
	 */
	@Test
	void theHomesLinesNameMeetingsAndMinutesInTheTitlesOwnLanguage() throws Exception {
		// the demo's minutes belong to calendar meetings: named by the calendar's title in the page's language (lang14)
		java.util.Map<String, java.util.Set<String>> meetings = new java.util.HashMap<>();
		for (String language : List.of("pt", "es")) {
			meetings.put(language, java.util.Set.copyOf(jdbc.queryForList("select distinct m.title_" + language
					+ " from meeting m join agreement a on a.meeting_id = m.id where a.meeting_title_language = 'es'"
					+ " and coalesce(m.title_" + language + ", '') <> ''",
					String.class)));
		}
		// Dated actions come first on the panel and other test classes give Panamá actions of their own, dated or
		// titled in other languages: inside a transaction that is rolled back (MockMvc runs on this thread, so its
		// reads join it) only the demo data's actions stay open, without deadlines.
		new org.springframework.transaction.support.TransactionTemplate(transactions).executeWithoutResult(tx -> {
			jdbc.update("update agreement set status = 'DONE' where meeting_title_language is distinct from 'es'");
			jdbc.update("update agreement set due_date = null");
			try {
				for (String language : List.of("pt", "es")) {
					List<Element> named = page("/home", "fp-panama", language).select("#panel-my-actions .picker-meta")
						.stream().filter(line -> meetings.get(language).contains(line.text())).toList();
					assertThat(named).as("an action without a deadline is named by its meeting").isNotEmpty()
						.allSatisfy(line -> assertThat(languageOf(line)).isEqualTo(language))
						.allSatisfy(line -> assertThat(line.hasAttr("lang")).isFalse());
				}
			}
			catch (Exception e) {
				throw new IllegalStateException(e);
			}
			finally {
				tx.setRollbackOnly();
			}
		});
		String title = "Reunión por revisar de la prueba del idioma " + UUID.randomUUID().toString().substring(0, 8);
		mvc.perform(TestMinutes.upload(new String(TestMinutes.minuta("lang13"), StandardCharsets.UTF_8), title,
				"2019-07-02").header("Accept-Language", "es").with(as("st-crm")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		Element toReview = page("/home", "st-crm", "fr").selectFirst("#panel-minutes-to-review a:contains(" + title + ")");
		assertThat(toReview).as("the minutes to review on a secretariat's home").isNotNull();
		assertThat(toReview.select("[lang=es]").text()).isEqualTo(title);
		assertThat(languageOf(page("/agreements/reviews", "st-crm", "fr").selectFirst("main table a:containsOwn(" + title + ")")))
			.as("the drafts' list").isEqualTo("es");
		assertThat(page("/home", "st-crm", "es").select("#panel-minutes-to-review [lang]")).isEmpty();
		String meeting = "Reunión próxima de la prueba del idioma " + UUID.randomUUID().toString().substring(0, 8);
		TestMinutes.calendarMeeting(mvc, as("st-crm"), meeting, java.time.LocalDate.now().plusDays(1).toString());
		Element next = page("/home", "st-crm", "fr").selectFirst("#panel-upcoming-meetings a:contains(" + meeting + ")");
		assertThat(next).as("the next meetings on a secretariat's home").isNotNull();
		assertThat(next.select("[lang=es]").text()).isEqualTo(meeting);
	}
}
