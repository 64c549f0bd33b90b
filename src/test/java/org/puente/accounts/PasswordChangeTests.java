package org.puente.accounts;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A password changed by its owner or by an administrator, not through a reset link (walk 9). */
@PuenteTest
class PasswordChangeTests extends PasswordTestSupport {

	/**
	 * Walk 9: a password changed on the account page signs out every other session (one stolen with the old password
	 * among them) and tells the owner by mail; the session that changed it stays signed in.
	 */
	@Test
	void changingThePasswordEndsTheOtherSessionsAndTellsTheOwner() throws Exception {
		String name = account("pt");
		Cookie here = signIn(name, "una-clave-larga-inicial");
		Cookie elsewhere = signIn(name, "una-clave-larga-inicial");
		assertThat(here.getValue()).isNotEqualTo(elsewhere.getValue());
		mvc.perform(post("/account/password").cookie(here).with(csrf()).param("current", "una-clave-larga-inicial")
				.param("replacement", "una-clave-nueva-2026").param("confirmation", "una-clave-nueva-2026"))
			.andExpect(redirectedUrl("/account"));
		mvc.perform(get("/account").cookie(here)).andExpect(status().isOk());
		mvc.perform(get("/account").cookie(elsewhere)).andExpect(status().is3xxRedirection());
		MimeMessage mail = mailTo(name);
		assertThat(mail.getSubject()).isEqualTo("Puente: a sua senha foi alterada");
		assertThat(GreenMailUtil.getBody(mail)).contains("/password-reset");
		// a mail about the account's safety is not one to unsubscribe from
		assertThat(mail.getHeader("List-Unsubscribe")).isNull();
	}

	/** An administrator who gives an account a new password, or disables it, signs out whoever used it. */
	@Test
	void anAdministratorsNewPasswordOrDisablingEndsTheAccountsSessions() throws Exception {
		String name = account("es");
		Cookie session = signIn(name, "una-clave-larga-inicial");
		Account account = accounts.findByUsername(name).orElseThrow();
		management.save(account.getId(), form(name, "es", "una-clave-de-admin-1", true, account.getVersion()));
		mvc.perform(get("/account").cookie(session)).andExpect(status().is3xxRedirection());
		session = signIn(name, "una-clave-de-admin-1");
		account = accounts.findByUsername(name).orElseThrow();
		management.save(account.getId(), form(name, "es", "", false, account.getVersion()));
		mvc.perform(get("/account").cookie(session)).andExpect(status().is3xxRedirection());
	}
}
