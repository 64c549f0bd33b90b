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
 * The administrators' page that replaces the unsubscribe links' key, and the page an old link opens afterwards, in a
 * browser: reached from the administration page, keyboard-usable, axe-clean.
 */
@BrowserTest
class UnsubscribeKeyBrowserTests extends BrowserPages {

	@Autowired
	UnsubscribeLinks links;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anAdministratorReplacesTheKeyAndAnOldLinkSaysItNoLongerWorks() {
		UUID chile = jdbc.queryForObject("select id from account where username = 'fp-chile'", UUID.class);
		String old = links.path(MailChoice.DIGEST, chile);
		browser.signInAndOpen("admin", "/admin");
		browser.clickToNavigate(By.cssSelector("main a[href='/admin/mail-links']"));
		browser.checkAccessibility();
		assertThat(browser.heading()).isEqualTo("Enlaces para darse de baja de los correos");
		assertThat(Browser.driver().findElement(By.cssSelector("form[action='/admin/mail-links'] button"))
			.getAttribute("aria-describedby")).isEqualTo("mail-links-effect mail-links-after");
		assertThat(browser.text(By.id("mail-links-effect"))).contains("dejarán de funcionar");

		assertThat(browser.clickAndWaitForFlash(By.cssSelector("form[action='/admin/mail-links'] button")).getText())
			.isEqualTo("Clave reemplazada: los enlaces para darse de baja de los correos ya enviados ya no funcionan.");
		assertThat(browser.text(By.id("mail-links-state"))).startsWith("Última vez que se reemplazó:");
		browser.checkAccessibility();

		browser.signOut().open(old);
		assertThat(browser.heading()).isEqualTo("Este enlace para darse de baja ya no sirve");
		assertThat(Browser.driver().findElement(By.cssSelector("main a[href='/account#digest']")).getText())
			.startsWith("Para dejar de recibir el resumen semanal");
	}
}
