package org.puente.audit;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.puente.browser.Browser;
import org.puente.browser.BrowserPages;
import org.puente.browser.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The audit page, its modules named in words and its sign-ins hidden until asked for, passes axe either way. */
@BrowserTest
class AuditBrowserTests extends BrowserPages {

	@Test
	void signInsAppearOnlyWhenTheBoxIsTicked() {
		browser.signInAndOpen("admin", "/admin/audit?actor=admin");
		assertThat(Browser.driver().findElement(By.id("signIns")).isSelected()).isFalse();
		assertThat(browser.text(By.cssSelector("table.table tbody"))).doesNotContain("Inicio de sesión");
		browser.click(By.id("signIns")).clickToNavigate(By.cssSelector("form.filters button[type=submit]"))
			.checkAccessibility();
		assertThat(Browser.driver().findElement(By.id("signIns")).isSelected()).isTrue();
		assertThat(browser.text(By.cssSelector("table.table tbody"))).contains("Inicio de sesión");
	}

	@Test
	void aSearchShowsWordedEntriesLinkedToTheirRecordsAndPassesAxe() {
		browser.signInAndOpen("admin", "/admin/audit");
		Browser.driver().findElement(By.id("entity")).sendKeys("Reunión");
		browser.clickToNavigate(By.cssSelector("form.filters button[type=submit]")).checkAccessibility();
		assertThat(Browser.driver().findElements(By.cssSelector("table.table tbody a[href^='/meetings/']")))
			.isNotEmpty();
		assertThat(Browser.driver().findElement(By.cssSelector("a[href^='/admin/audit/export.csv']"))
			.getAttribute("href")).contains("entity=Reuni");
	}
}
