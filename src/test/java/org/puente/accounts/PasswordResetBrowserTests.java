package org.puente.accounts;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.puente.TestMail;
import org.puente.browser.BrowserPages;
import org.puente.browser.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Walk 9's forgotten password, clicked through: "Forgot your password?" on the sign-in page, the link from the mail
 * (GreenMail stands for the outbox of a run without SMTP), a refused new password, the new one, and signed in with
 * it. Each page passes axe-core.
 */
@BrowserTest
class PasswordResetBrowserTests extends BrowserPages {

	private static final Pattern LINK = Pattern.compile("(/password-reset/[A-Za-z0-9_-]{43})");

	@RegisterExtension
	static GreenMailExtension greenMail = TestMail.server();

	@Autowired
	AccountManagement management;

	@Test
	void aForgottenPasswordIsChosenAgainFromTheMailedLinkAndSignsIn() throws Exception {
		String name = "olvido-web-" + UUID.randomUUID().toString().substring(0, 8);
		management.save(null, new AccountForm(name, name + "@example.org", "Ana Olvido", Role.OBSERVER, null, null, "es",
				"una-clave-larga-inicial", true, null, null));
		browser.signOut().open("/login?lang=es");
		browser.clickToNavigate(By.linkText("¿Olvidó su contraseña?")).checkAccessibility();
		browser.type("account", name + "@example.org")
			.clickToNavigate(By.cssSelector("form.form button[type=submit]"))
			.checkAccessibility();
		assertThat(browser.text(By.id("reset-sent"))).startsWith("Si existe una cuenta con ese nombre o correo");

		assertThat(greenMail.waitForIncomingEmail(20_000, 1)).isTrue();
		MimeMessage mail = greenMail.getReceivedMessages()[0];
		Matcher link = LINK.matcher(GreenMailUtil.getBody(mail).replace("=\r\n", ""));
		assertThat(link.find()).isTrue();
		browser.open(link.group(1));
		assertThat(browser.heading()).isEqualTo("Elegir una contraseña nueva");
		browser.type("replacement", "corta").type("confirmation", "corta")
			.clickToNavigate(By.cssSelector("form.form button[type=submit]"))
			.checkAccessibility();
		assertThat(browser.text(By.id("replacement-error"))).contains("al menos 12 caracteres");
		browser.type("replacement", "una-clave-nueva-2026").type("confirmation", "una-clave-nueva-2026")
			.clickToNavigate(By.cssSelector("form.form button[type=submit]"))
			.checkAccessibility();
		assertThat(browser.currentPath()).isEqualTo("/login");
		assertThat(browser.text(By.cssSelector(".flash"))).contains("Entre con la contraseña nueva");
		browser.type("username", name).type("password", "una-clave-nueva-2026")
			.clickToNavigate(By.cssSelector("form.form button[type=submit]"));
		assertThat(browser.waitFor(By.cssSelector("a.account-name")).getText()).isEqualTo(name);
		browser.signOut();
	}
}
