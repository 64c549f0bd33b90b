package org.puente.notifications;

import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.puente.TestMail;
import org.puente.browser.Browser;
import org.puente.browser.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The failed deliveries' page in Chromium, axe-core clean: an administrator reaches "Retry now" with the keyboard
 * alone, presses Enter, and the mail goes out once.
 */
@BrowserTest
class DeliveriesBrowserTests {

	@RegisterExtension
	static GreenMailExtension greenMail = TestMail.server();

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anAdministratorRetriesAFailedMailWithTheKeyboard() {
		String to = "fixed-" + UUID.randomUUID() + "@example.org";
		Long notice = jdbc.queryForObject("insert into notice (subject, body) values ('Reunión convocada', 'Texto') "
				+ "returning id", Long.class);
		Long id = jdbc.queryForObject("insert into notice_delivery (notice_id, recipient, status, attempts, last_error) "
				+ "values (?, ?, 'failed', 6, '550 5.1.1 mailbox unavailable') returning id", Long.class, notice, to);

		Browser browser = new Browser(port);
		browser.signInAndOpen("admin", "/admin/deliveries");
		assertThat(browser.heading()).isEqualTo("Envíos fallidos");
		By retry = By.cssSelector("#delivery-" + id + " button");
		WebElement target = Browser.driver().findElement(retry);
		WebElement focused = Browser.driver().switchTo().activeElement();
		for (int tabs = 0; tabs < 80 && !focused.equals(target); tabs++) {
			focused.sendKeys(Keys.TAB);
			focused = Browser.driver().switchTo().activeElement();
		}
		assertThat(focused).as("reached with Tab").isEqualTo(target);
		focused.sendKeys(Keys.ENTER);
		assertThat(browser.waitForText(By.cssSelector(".flash"), "El correo se envió.").getText())
			.isEqualTo("El correo se envió.");
		browser.checkAccessibility();
		assertThat(Browser.driver().findElements(retry)).as("no longer failed").isEmpty();
		assertThat(greenMail.getReceivedMessagesForDomain("example.org"))
			.filteredOn(m -> java.util.Arrays.toString(unchecked(m)).contains(to))
			.hasSize(1);
	}

	private static Object[] unchecked(jakarta.mail.internet.MimeMessage m) {
		try {
			return m.getAllRecipients();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
