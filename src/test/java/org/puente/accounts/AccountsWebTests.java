package org.puente.accounts;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.puente.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Sign-in, lockout, languages, accounts administration and the audit log, over HTTP. */
@PuenteTest
class AccountsWebTests extends WebTestSupport {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SignInThrottle throttle;

	@Test
	void speaksSpanishByDefaultAndHonoursTheBrowsersLanguage() throws Exception {
		mvc.perform(get("/")).andExpect(content().string(containsString("la CRM y la CSM trabajando")));
		mvc.perform(get("/").header("Accept-Language", "en-GB,en;q=0.8"))
			.andExpect(content().string(containsString("working as one team")));
		mvc.perform(get("/").header("Accept-Language", "de-DE,de;q=0.9"))
			.andExpect(content().string(containsString("la CRM y la CSM trabajando")));
		mvc.perform(get("/?lang=fr")).andExpect(cookie().value("puente-lang", "fr"))
			.andExpect(content().string(containsString("travaillent comme une seule équipe")));
	}

	@Test
	void givesThePrivateCalendarAddressInFullWithAWebcalLinkAndSaysRevocationOnlyOnRenewal() throws Exception {
		var me = as("observer-oim");
		jdbc.update("update account set calendar_token = null where username = 'observer-oim'");
		var created = mvc.perform(post("/account/feed-token").with(me).with(csrf()))
			.andExpect(status().is3xxRedirection()).andReturn();
		assertThat(created.getFlashMap().get("flash")).isEqualTo("accounts.feedToken.created");
		String page = mvc.perform(get("/account").with(me)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		String token = jdbc.queryForObject("select calendar_token from account where username = 'observer-oim'",
				String.class);
		assertThat(page).containsPattern("value=\"https?://[^\"/]+/calendar/private/" + token + "\\.ics\"")
			.containsPattern("href=\"webcal://[^\"/]+/calendar/private/" + token + "\\.ics\"")
			.contains("data-copy=\"#private-feed-url\"");
		var renewed = mvc.perform(post("/account/feed-token").with(me).with(csrf())).andReturn();
		assertThat(renewed.getFlashMap().get("flash")).isEqualTo("accounts.feedToken.renewed");
	}

	/** A refused password change: the profile again with the reason (422), or the problem report for a script. */
	@Test
	void aRefusedPasswordChangeIsThePageOrAProblemReport() throws Exception {
		mvc.perform(post("/account/password").with(as("observer-oim")).with(csrf()).param("current", "no-es-esta")
			.param("replacement", "otra-clave-larga-2026").param("confirmation", "otra-clave-larga-2026"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("La contraseña actual no es correcta.")));
		mvc.perform(post("/account/password").with(as("observer-oim")).with(csrf()).param("current", "no-es-esta")
			.param("replacement", "otra-clave-larga-2026").param("confirmation", "otra-clave-larga-2026")
			.accept(org.springframework.http.MediaType.APPLICATION_JSON))
			.andExpect(status().isUnprocessableContent())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.code")
				.value("accounts.password.wrongCurrent"));
	}

	/**
	 * Walk 9: a refused password change named no field: the summary was a bare sentence, no field was marked, and a
	 * password too short was stopped by the browser's own bubble, in the browser's language. Now the summary links to
	 * the field at fault, which carries aria-invalid and the message; the form leaves the checking to Puente.
	 */
	@Test
	void aRefusedPasswordChangeLinksToTheFieldAtFaultAndMarksIt() throws Exception {
		String[][] cases = { { "no-es-esta", "otra-clave-larga-2026", "otra-clave-larga-2026", "current",
				"The current password is not correct." },
				{ "puente-demo-2017", "corta", "corta", "replacement", "The password must have at least 12 characters." },
				{ "puente-demo-2017", "otra-clave-larga-2026", "otra-clave-larga-2027", "confirmation",
						"The two new passwords do not match." } };
		for (String[] c : cases) {
			String page = mvc.perform(post("/account/password").with(as("observer-oim")).with(csrf())
				.header("Accept-Language", "en").param("current", c[0]).param("replacement", c[1])
				.param("confirmation", c[2]))
				.andExpect(status().isUnprocessableContent()).andReturn().getResponse()
				.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
			String summary = page.substring(page.indexOf("id=\"error-summary\""));
			assertThat(summary).contains("<a href=\"#" + c[3] + "\">" + c[4] + "</a>");
			String field = page.substring(page.indexOf("id=\"" + c[3] + "\" name="));
			field = field.substring(0, field.indexOf('>'));
			assertThat(field).contains("aria-invalid=\"true\"").contains(c[3] + "-error");
			assertThat(page).contains("id=\"" + c[3] + "-error\"");
			assertThat(page).containsOnlyOnce("aria-invalid");
			assertThat(page).containsPattern("action=\"/account/password\"[^>]*novalidate");
		}
	}

	@Test
	void refusesAnUnknownLanguageInTheReadersLanguage() throws Exception {
		mvc.perform(get("/?lang=de").header("Accept-Language", "pt"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("O idioma «de» não está disponível")));
	}

	@Test
	void signsInAndOutWithTheDemoAccounts() throws Exception {
		// a person lands on the home of their role
		mvc.perform(formLogin("/login").user("fp-chile").password("puente-demo-2017"))
			.andExpect(redirectedUrl("/home"));
		MvcResult refused = mvc.perform(formLogin("/login").user("fp-chile").password("wrong"))
			.andExpect(redirectedUrl("/login?error")).andReturn();
		// the form that follows keeps the name typed (walk of 5 December, evening), once, and never the password
		Cookie session = refused.getResponse().getCookie("SESSION");
		mvc.perform(get("/login").param("error", "").cookie(session))
			.andExpect(content().string(containsString("value=\"fp-chile\"")))
			.andExpect(content().string(not(containsString("value=\"wrong\""))));
		mvc.perform(get("/login").cookie(session))
			.andExpect(content().string(not(containsString("value=\"fp-chile\""))))
			.andExpect(content().string(not(containsString("<title>Error:"))));
		// its title starts as every refused form's does, in the reader's language (walk13 #18, WCAG 2.4.2)
		for (String[] lang : new String[][] { { "es", "<title>Error: " }, { "en", "<title>Error: " },
				{ "pt", "<title>Erro: " }, { "fr", "<title>Erreur : " } }) {
			mvc.perform(get("/login").param("error", "").header("Accept-Language", lang[0]))
				.andExpect(content().string(containsString(lang[1])));
		}
	}

	@Test
	void delaysAnAccountAfterRepeatedFailedSignInsAndAnAdministratorLiftsTheDelay() throws Exception {
		for (int i = 0; i < 5; i++) {
			mvc.perform(formLogin("/login").user("fp-mexico").password("guess-" + i));
		}
		for (int i = 0; i < 4; i++) {
			throttle.failed("fp-mexico", "192.0.2.2"); // 16 s to wait: long enough for a slow test machine
		}
		mvc.perform(formLogin("/login").user("fp-mexico").password("puente-demo-2017"))
			.andExpect(redirectedUrlPattern("/login?wait=*"));
		mvc.perform(get("/login?wait=16").header("Accept-Language", "en"))
			.andExpect(content().string(containsString("Wait 16 seconds before trying again")));
		jdbc.update("delete from sign_in_throttle where key like 'address:%'");

		String id = jdbc.queryForObject("select id::text from account where username = 'fp-mexico'", String.class);
		mvc.perform(post("/admin/accounts/" + id + "/unlock").with(csrf()).with(as("admin")))
			.andExpect(status().is3xxRedirection());
		mvc.perform(formLogin("/login").user("fp-mexico").password("puente-demo-2017")).andExpect(redirectedUrl("/home"));
	}

	@Test
	void rejectsADuplicateEmailAndAShortPasswordWhenCreatingAnAccount() throws Exception {
		mvc.perform(post("/admin/accounts").with(csrf()).with(as("admin"))
			.header("Accept-Language", "en")
			.param("username", "nuevo").param("email", "ST.CRM@demo.puente.example").param("displayName", "Nuevo")
			.param("role", "OBSERVER").param("language", "es").param("password", "a-long-password-1"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("An account with that e-mail already exists.")));
		mvc.perform(post("/admin/accounts").with(csrf()).with(as("admin"))
			.param("username", "nuevo").param("email", "nuevo@demo.puente.example").param("displayName", "Nuevo")
			.param("role", "OBSERVER").param("language", "es").param("password", "short"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("al menos 12 caracteres")));
		assertThat(jdbc.queryForObject("select count(*) from account where username = 'nuevo'", Integer.class)).isZero();
	}

	@Test
	void aFormSentEmptySaysTheNameIsRequiredAndNothingElseAboutIt() throws Exception {
		mvc.perform(post("/admin/accounts").with(csrf()).with(as("admin")).param("username", "").param("email", "")
			.param("displayName", "").param("role", "OBSERVER").param("language", ""))
			.andExpect(content().string(containsString("«Usuario»: este dato es obligatorio")))
			.andExpect(content().string(not(containsString("use solo letras sin acentos"))));
	}

	/** Late walk-through #24: the summary lists the mistakes as the form asks: user name, e-mail, name. */
	@Test
	void aFormSentEmptyListsItsMistakesInTheFormsOrder() throws Exception {
		String page = mvc.perform(post("/admin/accounts").with(csrf()).with(as("admin")).header("Accept-Language", "pt")
			.param("username", "").param("email", "").param("displayName", "").param("role", "OBSERVER"))
			.andExpect(status().isUnprocessableContent()).andReturn().getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		String summary = page.substring(page.indexOf("id=\"error-summary\""));
		assertThat(summary.indexOf("«Usuário»")).isPositive().isLessThan(summary.indexOf("«E-mail»"));
		assertThat(summary.indexOf("«E-mail»")).isLessThan(summary.indexOf("«Nome»"));
	}

	/**
	 * Late walk-through #25: a new account's language is its country's unless the administrator chose one — a focal
	 * point of Brazil reads Portuguese, of Canada English; one without a country Spanish; a language chosen stays.
	 */
	@Test
	void aNewAccountWithoutALanguageChosenReadsItsCountrysLanguage() throws Exception {
		mvc.perform(get("/admin/accounts/new").with(as("admin")).header("Accept-Language", "pt"))
			.andExpect(content().string(containsString("data-follows=\"countryIso2\"")))
			.andExpect(content().string(containsString(
					"<option value=\"\" selected=\"selected\">A do país (espanhol se nenhum for escolhido)</option>")))
			.andExpect(content().string(containsString("data-language=\"pt\">Brasil</option>")));
		String[][] cases = { { "fp-lang-br", "BR", "", "pt" }, { "fp-lang-ca", "CA", null, "en" },
				{ "fp-lang-br2", "BR", "es", "es" }, { "obs-lang-none", "", "", "es" } };
		for (String[] c : cases) {
			var request = post("/admin/accounts").with(csrf()).with(as("admin")).param("username", c[0])
				.param("email", c[0] + "@demo.puente.example").param("displayName", c[0])
				.param("role", c[1].isEmpty() ? "OBSERVER" : "FOCAL_POINT").param("countryIso2", c[1])
				.param("password", "a-long-password-1");
			if (c[2] != null) {
				request.param("language", c[2]);
			}
			mvc.perform(request).andExpect(status().is3xxRedirection());
			assertThat(jdbc.queryForObject("select language from account where username = ?", String.class, c[0]))
				.as(c[0]).isEqualTo(c[3]);
		}
	}

	@Test
	void offersTheMemberStatesOfTheConferenceAndRefusesAnotherCountryKeepingIt() throws Exception {
		mvc.perform(get("/admin/accounts/new").with(as("admin")).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<select id=\"countryIso2\" name=\"countryIso2\"")))
			.andExpect(content().string(containsString("<option value=\"PA\" data-language=\"es\">Panama</option>")));
		String refused = mvc.perform(post("/admin/accounts").with(csrf()).with(as("admin")).header("Accept-Language", "en")
			.param("username", "fp-nuevo").param("email", "fp.nuevo@demo.puente.example").param("displayName", "Nuevo")
			.param("role", "FOCAL_POINT").param("processCode", "CRM").param("countryIso2", "cl")
			.param("language", "es").param("password", "a-long-password-1"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("“CL” is not a member state of the account’s conference")))
			.andExpect(content().string(containsString("<option value=\"CL\" data-language=\"es\" selected=\"selected\">Chile</option>")))
			.andExpect(content().string(containsString("<option value=\"PA\" data-language=\"es\">Panama</option>")))
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		org.puente.web.HtmlValidityTests.validPage("/admin/accounts (422)", refused);
		assertThat(jdbc.queryForObject("select count(*) from account where username = 'fp-nuevo'", Integer.class))
			.isZero();
	}

	@Test
	void onlyAdministratorsManageAccountsAndReadTheAuditLog() throws Exception {
		mvc.perform(get("/admin/accounts").with(as("st-crm"))).andExpect(status().isForbidden());
		mvc.perform(get("/admin/audit").with(as("admin"))
			.param("capability", "accounts"))
			.andExpect(status().isOk());
		mvc.perform(get("/admin/audit").with(as("admin")).param("from", "not-a-date"))
			.andExpect(status().isBadRequest());
	}

	@Test
	void theApiAnswersProblemReportsNotPages() throws Exception {
		mvc.perform(get("/api/v1/directory/people/00000000-0000-0000-0000-000000000000")
			.with(as("observer-oim")).header("Accept-Language", "en"))
			.andExpect(status().isNotFound())
			.andExpect(header().string("Content-Type", containsString("application/problem+json")))
			.andExpect(content().string(containsString("That person is not in the directory.")));
		mvc.perform(get("/api/v1/directory/people/not-a-uuid").with(as("observer-oim")))
			.andExpect(status().isBadRequest());
	}
}
