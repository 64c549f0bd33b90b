package org.puente.agreements;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.puente.browser.Browser;
import org.puente.browser.BrowserPages;
import org.puente.browser.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Walk 13 #8 from the reader's side, in Chromium: the demo's Minuta was sent for the calendar's virtual meeting of
 * 11 May 2017 under a Spanish title of its own; Panamá's focal point, reading in Portuguese, reads that meeting by the
 * calendar's Portuguese title on the agreement's page (its link and its heading's sentence), the minutes' page (its
 * heading and the window's title) and the board — each page axe-clean.
 */
@BrowserTest
class CalendarTitleBrowserTests extends BrowserPages {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aPortugueseFocalPointReadsTheMinutasMeetingByItsPortugueseTitle() {
		// the demo's, first made: other test classes upload copies of the Minuta for meetings of their own
		Map<String, Object> minuta = jdbc.queryForMap("select a.id, a.review_id, a.meeting_title, m.title_pt "
				+ "from agreement a join meeting m on m.id = a.meeting_id where m.start_date = date '2017-05-11' "
				+ "order by a.created_at, a.position limit 1");
		String portuguese = (String) minuta.get("title_pt");
		String minutes = "/agreements/minutes/" + minuta.get("review_id");
		assertThat(minuta.get("meeting_title")).as("the title kept with the minutes").isNotEqualTo(portuguese);

		// each page is checked with axe as it opens; nothing in between changes it, so no second check (suite20)
		browser.signInAndOpen("fp-panama", "/agreements/items/" + minuta.get("id") + "?lang=pt");
		assertThat(browser.heading()).startsWith("Acordo").endsWith(portuguese);
		assertThat(browser.text(By.cssSelector("main a[href='" + minutes + "']"))).isEqualTo(portuguese);

		browser.open(minutes + "?lang=pt");
		assertThat(browser.heading()).isEqualTo(portuguese);
		assertThat(Browser.driver().getTitle()).startsWith(portuguese);

		// the board pages by 25 (perf21): in the whole suite other classes' newer agreements come first
		List<WebElement> links = List.of();
		for (int page = 1; links.isEmpty() && page <= 20; page++) {
			browser.open("/agreements/board?lang=pt&page=" + page);
			links = Browser.driver().findElements(By.cssSelector("main table a[href='" + minutes + "']"));
		}
		assertThat(links).isNotEmpty().allSatisfy(link -> assertThat(link.getText()).isEqualTo(portuguese));
	}
}
