package org.puente.accounts;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.puente.digest.Sha256;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A forgotten password (walk 9): the same answer whether the account exists or not, a single-use link that expires
 * and that a later request replaces, the new password's refusals in the page's language and at their field, the
 * limit on requests, the mails in the account's language, every session of the account ended, and no password for an account that
 * signs in only through single sign-on.
 */
@PuenteTest
class PasswordResetTests extends PasswordTestSupport {

	private static final Pattern LINK = Pattern.compile("https?://[^/\\s]+(/password-reset/[A-Za-z0-9_-]{43})");

	private static int client = 1;

	@Test
	void theAnswerIsTheSameForAnAccountThatDoesNotExistAndOnlyTheRealOneGetsAMailInItsLanguage() throws Exception {
		String name = account("en");
		String made = answer(ask("nadie-" + UUID.randomUUID(), fresh()));
		String real = answer(ask(name + "@example.org", fresh()));
		assertThat(real).isEqualTo(made).contains("Si existe una cuenta con ese nombre o correo");
		MimeMessage mail = mailTo(name);
		// the account's language (English), not the Spanish of the page that asked
		assertThat(mail.getSubject()).isEqualTo("Puente: choose a new password");
		String path = link(mail);
		// and its link opens the page in that language too, not in the browser's (walk of 5 December, evening)
		assertThat(GreenMailUtil.getBody(mail).replace("=\r\n", "").replace("=3D", "=")).contains(path + "?lang=en");
		mvc.perform(get(path).param("lang", "en").header("Accept-Language", "es"))
			.andExpect(content().string(containsString("Choose a new password")));
		String token = path.substring(path.lastIndexOf('/') + 1);
		// only the token's hash is stored: reading the database gives no working link
		assertThat(jdbc.queryForList("select token_hash from password_reset where account_id = ?", String.class,
				id(name))).containsExactly(Sha256.hex(token));
		Thread.sleep(500);
		// one reset link went out, the real account's (other tests' notices may be retried meanwhile)
		assertThat(greenMail.getReceivedMessages())
			.filteredOn(m -> GreenMailUtil.getBody(m).contains("/password-reset/")).hasSize(1);
		assertThat(audit(name)).anyMatch(s -> s.startsWith("Password reset link sent (asked from 203.0.113."));
	}

	/**
	 * An account that signs in only through single sign-on has no password: a reset would give it one that outlives
	 * its identity provider's account. The same answer as for anyone, but no link, no mail, and the refusal audited.
	 */
	@Test
	void anAccountThatSignsInOnlyThroughSingleSignOnGetsNoLinkAndTheRefusalIsAudited() throws Exception {
		String name = account("es");
		jdbc.update("update account set password_hash = null where username = ?", name);
		String made = answer(ask("nadie-" + UUID.randomUUID(), fresh()));
		String sso = answer(ask(name, fresh()));
		assertThat(sso).isEqualTo(made);
		await().atMost(Duration.ofSeconds(15))
			.until(() -> audit(name).stream().anyMatch(s -> s.startsWith("Password reset refused: single sign-on")));
		assertThat(audit(name)).noneMatch(s -> s.startsWith("Password reset link sent"));
		assertThat(jdbc.queryForObject("select count(*) from password_reset where account_id = ?", Integer.class,
				id(name))).isZero();
		Thread.sleep(1_000);
		assertThat(greenMail.getReceivedMessages()).noneMatch(m -> GreenMailUtil.getBody(m).contains(name));
	}

	@Test
	void anEmptyNameIsRefusedAtItsFieldAndTooManyRequestsWaitInThePagesLanguage() throws Exception {
		mvc.perform(post("/password-reset").param("account", " ").with(csrf()).with(fresh()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("<a href=\"#account\">Escriba su nombre de usuario")))
			.andExpect(content().string(containsString("aria-describedby=\"account-error\"")));
		String name = "quien-" + UUID.randomUUID();
		for (int i = 0; i < 3; i++) {
			mvc.perform(post("/password-reset").param("account", name).with(csrf()).with(fresh()))
				.andExpect(status().isOk());
		}
		// the same name, typed otherwise, from yet another address: the name's share is used up
		mvc.perform(post("/password-reset").param("account", " " + name.toUpperCase() + " ").with(csrf())
				.with(fresh()).header("Accept-Language", "fr"))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().string("Retry-After", "3600"))
			.andExpect(content().string(containsString("Trop de liens ont été demandés")));
		// one client asking for many names
		RequestPostProcessor same = fresh();
		for (int i = 0; i < 10; i++) {
			mvc.perform(post("/password-reset").param("account", "otro-" + i + "-" + name).with(csrf()).with(same))
				.andExpect(status().isOk());
		}
		mvc.perform(post("/password-reset").param("account", "uno-mas-" + name).with(csrf()).with(same))
			.andExpect(status().isTooManyRequests())
			.andExpect(content().string(containsString("Se pidieron demasiados enlaces")));
	}

	@Test
	void theNewPasswordIsRefusedAtItsFieldWithoutUsingTheLinkUpAndTheLinkWorksOnce() throws Exception {
		String name = account("es");
		String path = requestLink(name);
		mvc.perform(get(path)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Elegir una contraseña nueva")));
		mvc.perform(post(path).param("replacement", "corta").param("confirmation", "corta").with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("<a href=\"#replacement\">La contraseña debe tener al menos 12")))
			.andExpect(content().string(containsString("replacement-hint replacement-error")));
		mvc.perform(post(path).param("replacement", "una-clave-nueva-2026").param("confirmation", "otra-cosa-2026")
				.with(csrf()).header("Accept-Language", "pt"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("<a href=\"#confirmation\">As duas")));
		mvc.perform(post(path).param("replacement", "una-clave-nueva-2026").param("confirmation", "una-clave-nueva-2026")
				.with(csrf()))
			.andExpect(redirectedUrl("/login"));
		mvc.perform(formLogin().user(name).password("una-clave-larga-inicial")).andExpect(redirectedUrl("/login?error"));
		mvc.perform(formLogin().user(name).password("una-clave-nueva-2026")).andExpect(status().is3xxRedirection())
			.andExpect(result -> assertThat(result.getResponse().getRedirectedUrl()).doesNotContain("error"));
		// used: gone, for the form and for another try at setting it
		mvc.perform(get(path)).andExpect(status().isGone())
			.andExpect(content().string(containsString("Este enlace ya no sirve")));
		mvc.perform(post(path).param("replacement", "la-de-un-ladron-2026").param("confirmation", "la-de-un-ladron-2026")
				.with(csrf()))
			.andExpect(status().isGone());
		assertThat(audit(name)).contains("Password reset with a mailed link");
		// the owner is told, in their language
		assertThat(greenMail.waitForIncomingEmail(15_000, 2)).isTrue();
		assertThat(greenMail.getReceivedMessages()).extracting(Message::getSubject)
			.contains("Puente: su contraseña se cambió");
	}

	@Test
	void aLaterRequestReplacesTheLinkAndAnExpiredLinkIsGoneAndAudited() throws Exception {
		String name = account("fr");
		String first = requestLink(name);
		greenMail.purgeEmailFromAllMailboxes();
		String second = requestLink(name);
		assertThat(second).isNotEqualTo(first);
		mvc.perform(get(first)).andExpect(status().isGone());
		mvc.perform(get(second)).andExpect(status().isOk());
		jdbc.update("update password_reset set expires_at = now() - interval '1 minute' where account_id = ?", id(name));
		mvc.perform(get(second).header("Accept-Language", "en")).andExpect(status().isGone())
			.andExpect(content().string(containsString("works for 30 minutes, once")));
		mvc.perform(post(second).param("replacement", "una-clave-nueva-2026").param("confirmation", "una-clave-nueva-2026")
				.with(csrf()))
			.andExpect(status().isGone());
		assertThat(audit(name)).containsOnlyOnce("Password reset link expired");
		// a made-up token, of the right form or not
		mvc.perform(get("/password-reset/" + "A".repeat(43))).andExpect(status().isGone());
		mvc.perform(get("/password-reset/x")).andExpect(status().isGone());
	}

	@Test
	void resettingThePasswordEndsEverySessionOfTheAccount() throws Exception {
		String name = account("es");
		Cookie session = signIn(name, "una-clave-larga-inicial");
		mvc.perform(get("/account").cookie(session)).andExpect(status().isOk());
		String path = requestLink(name);
		mvc.perform(post(path).param("replacement", "una-clave-nueva-2026").param("confirmation", "una-clave-nueva-2026")
				.with(csrf()))
			.andExpect(redirectedUrl("/login"));
		mvc.perform(get("/account").cookie(session)).andExpect(status().is3xxRedirection());
	}

	/** Each page of the walk, refusals included, passes the Nu HTML checker. */
	@Test
	void thePagesAreValidHtml() throws Exception {
		String name = account("es");
		String path = requestLink(name);
		valid("/password-reset", mvc.perform(get("/password-reset")).andReturn());
		valid("empty name", mvc.perform(post("/password-reset").param("account", "").with(csrf()).with(fresh()))
			.andReturn());
		valid("sent", ask(name, fresh()));
		valid("choose", mvc.perform(get(path)).andReturn());
		valid("too short", mvc.perform(post(path).param("replacement", "x").param("confirmation", "x").with(csrf()))
			.andReturn());
		valid("gone", mvc.perform(get("/password-reset/" + "B".repeat(43))).andReturn());
	}

	private static void valid(String what, MvcResult page) throws Exception {
		org.puente.web.HtmlValidityTests.validPage(what, page.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	/** Asks for a link for the account and returns its path, read from the mail. */
	private String requestLink(String name) throws Exception {
		ask(name, fresh());
		return link(mailTo(name));
	}

	private MvcResult ask(String typed, RequestPostProcessor from) throws Exception {
		return mvc.perform(post("/password-reset").param("account", typed).with(csrf()).with(from))
			.andExpect(status().isOk())
			.andReturn();
	}

	/** The page without its CSRF token, which differs from one answer to the next. */
	private static String answer(MvcResult result) throws Exception {
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8)
			.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "");
	}

	private static String link(MimeMessage mail) {
		Matcher m = LINK.matcher(GreenMailUtil.getBody(mail).replace("=\r\n", "").replace("=3D", "="));
		assertThat(m.find()).as("a reset link in the mail").isTrue();
		return m.group(1);
	}

	/** Each request from an address of its own, so that the limit per client is reached only where meant. */
	private static RequestPostProcessor fresh() {
		String address = "203.0.113." + (client++ % 250 + 1);
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}
}
