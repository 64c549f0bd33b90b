package org.puente.i18n;

import java.util.Map;
import java.util.UUID;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.puente.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.puente.i18n.ForeignTextLanguageTests.readAs;

/**
 * WCAG 3.1.2 on the pages walk 17 found Spanish on without its {@code lang} (docs/walkthrough-2026-12-06-pt-fr.md): a
 * screen reader read the words with the page's Portuguese or French rules. The agreement that calls for a meeting,
 * under its link on the meeting's page; a joint text's paragraphs not yet translated, in its clean compilation (the
 * whole text was marked as the reader's language) and in the proponents' matrix; a good practice written in Spanish
 * only, in the joint ranking and on the form that ranks it.
 */
@PuenteTest
class ForeignTextLanguageFollowUpTests extends WebTestSupport {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theAgreementThatCallsForAMeetingIsReadInSpanishOnItsPage() throws Exception {
		UUID meeting = jdbc.queryForObject("select id from meeting where title_es like 'Reunión CRM%márgenes%balance%' "
				+ "order by created_at limit 1", UUID.class);
		String words = "Realizar una reunión CRM-CSM en los márgenes";
		assertThat(readAs(pageIn("/meetings/" + meeting, "fp-panama", "pt"), words)).containsOnly("es");
		assertThat(readAs(pageIn("/meetings/" + meeting, "observer-oim", "fr"), words)).containsOnly("es");
	}

	@Test
	void aJointTextsParagraphsAreReadInTheLanguageTheyAreShownIn() throws Exception {
		// the demo translates one text into English, paragraph by paragraph, and no text into Portuguese
		Map<String, Object> translated = jdbc.queryForMap("select p.text_id, p.body, t.body as english "
				+ "from drafting_translation t join drafting_paragraph p on p.id = t.paragraph_id "
				+ "where t.language = 'en' and not p.deleted and t.based_on_revision = p.revision limit 1");
		String compilation = "/drafting/" + translated.get("text_id") + "/compilation";
		String spanish = ((String) translated.get("body")).substring(0, 30);
		String english = ((String) translated.get("english")).substring(0, 30);
		assertThat(readAs(pageIn(compilation, "fp-panama", "pt"), spanish)).as("not translated into Portuguese")
			.containsOnly("es");
		assertThat(readAs(pageIn(compilation, "observer-oim", "fr"), spanish)).containsOnly("es");
		assertThat(readAs(pageIn(compilation, "fp-panama", "en"), english)).as("translated").containsOnly("en");
		// the matrix names each paragraph by its Spanish opening words
		Document matrix = pageIn("/drafting/" + translated.get("text_id") + "/matrix", "fp-panama", "pt");
		assertThat(readAs(matrix, spanish.substring(0, 20))).containsOnly("es");
	}

	@Test
	void aPracticeWrittenInSpanishOnlyIsReadInSpanishWhereItIsRanked() throws Exception {
		String title = "Inclusión de niñas, niños y adolescentes migrantes";
		assertThat(readAs(pageIn("/practices/ranking?session=1", "observer-oim", "fr"), title)).containsOnly("es");
		assertThat(readAs(pageIn("/practices/ranking?session=1", "fp-panama", "pt"), title)).containsOnly("es");
		Document rank = pageIn("/practices/ranking/rank?session=1", "fp-panama", "pt");
		assertThat(readAs(rank, title)).containsOnly("es");
		// the countries beside it, in the label, stay in the page's language
		assertThat(rank.select("main label:has(span:containsOwn(" + title + "))").first().ownText()).isEqualTo("(Chile)");
	}

	/** The board's theme filter lists the themes as the minutes wrote them (walk 10 #18, walk17 #12). */
	@Test
	void theBoardsThemesAreReadInTheLanguageTheyAreWrittenIn() throws Exception {
		String theme = "En relación a la coordinación";
		assertThat(readAs(pageIn("/agreements/board", "observer-oim", "fr"), theme)).containsOnly("es");
		assertThat(readAs(pageIn("/agreements/board", "fp-panama", "pt"), theme)).containsOnly("es");
		assertThat(readAs(pageIn("/agreements/board", "fp-panama", "es"), theme)).containsOnly("es");
	}

	/**
	 * A meeting found by its title shows the start of its agenda, in Spanish in the demo: the excerpt took the entry's
	 * language, which a meeting does not have, and went unmarked (walk17 #11).
	 */
	@Test
	void aMeetingFoundByItsTitleShowsItsSpanishAgendaAsSpanish() throws Exception {
		String agenda = "Celebrada en Puerto Vallarta";
		assertThat(readAs(pageIn("/search?q=migración", "fp-panama", "pt"), agenda)).containsOnly("es");
		assertThat(readAs(pageIn("/search?q=migración", "observer-oim", "fr"), agenda)).containsOnly("es");
	}
}
