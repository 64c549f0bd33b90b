package org.puente.accounts;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.puente.browser.Browser;
import org.puente.browser.BrowserPages;
import org.puente.browser.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A followed agreement's unsubscribe link, opened in a browser without signing in: the page speaks the mail's
 * language (English, named in the link), asks, says what stopped, and undoes it; each step by its one button, axe-clean.
 */
@BrowserTest
class UnsubscribePageBrowserTests extends BrowserPages {

	@Autowired
	UnsubscribeLinks links;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aFollowersLinkAsksStopsAndUndoesInTheMailsLanguage() {
		UUID chile = jdbc.queryForObject("select id from account where username = 'fp-chile'", UUID.class);
		UUID agreement = jdbc.queryForObject("select id from agreement order by number, id limit 1", UUID.class);
		boolean followed = !jdbc.queryForList("select 1 from agreement_follower where agreement_id = ? and account_id = ?",
				agreement, chile).isEmpty();
		if (!followed) {
			jdbc.update("insert into agreement_follower (agreement_id, account_id) values (?, ?)", agreement, chile);
		}
		String address = links.address(links.unfollow("agreement", chile, agreement), "en");
		try {
			browser.signOut().open(address.substring(address.indexOf("/unsubscribe/")));
			assertThat(browser.heading()).startsWith("Stop receiving the notices of agreement");
			browser.clickToNavigate(By.cssSelector("main form button")).checkAccessibility();
			assertThat(browser.heading()).startsWith("You will no longer receive the notices of agreement");
			assertThat(Browser.driver().findElement(By.cssSelector("main")).getText()).contains("You no longer follow agreement");
			browser.clickToNavigate(By.cssSelector("main form button")).checkAccessibility();
			assertThat(browser.text(By.cssSelector("main [role=status]"))).startsWith("Done: you will receive the notices of agreement");
		}
		finally {
			if (!followed) {
				jdbc.update("delete from agreement_follower where agreement_id = ? and account_id = ?", agreement, chile);
			}
			browser.signOut(); // the link's language stays with this browser otherwise
		}
	}
}
