package org.puente.accounts;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.puente.WebTestSupport;
import org.puente.i18n.ReaderZone;
import org.puente.web.HtmlValidityTests;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.puente.PageContent.holds;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The zone a person reads meeting times in (walk 10 #7): by default their country's or conference's, chosen from a
 * list on the account page, remembered in the browser at once and at each sign-in; a zone not in the list refused.
 */
@PuenteTest
class AccountTimeZoneTests extends WebTestSupport {

	@Autowired
	Accounts accounts;

	@Test
	void aFocalPointReadsTimesInItsCountrysZoneUntilItChoosesAnother() throws Exception {
		mvc.perform(get("/account").with(as("fp-panama"))).andExpect(status().isOk())
			.andExpect(holds("<label for=\"timeZone\">Mi zona horaria</label>",
					"<option value=\"\">La de mi país o conferencia: hora de Panamá</option>",
					"<option value=\"America/Argentina/Buenos_Aires\">Buenos Aires — Argentina (UTC−3)</option>"));
		// signed in, the browser keeps the account's zone: it wins over the browser's own
		mvc.perform(post("/login").param("username", "fp-panama").param("password", "puente-demo-2017").with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(cookie().value(ReaderZone.ACCOUNT_COOKIE, "America/Panama"));
	}

	/** The conferences' seats are the directory's (secretariat-seats.csv beside the reference list of conferences). */
	@Test
	void aSecretariatReadsTimesAtItsConferencesSeatUntilItChoosesAnother() throws Exception {
		assertThat(accounts.zoneOf(accounts.byUsername("st-crm").orElseThrow().id())).hasToString("America/Costa_Rica");
		assertThat(accounts.byUsername("st-csm").orElseThrow().zone()).hasToString("America/Argentina/Buenos_Aires");
		mvc.perform(get("/account").with(as("st-crm"))).andExpect(status().isOk())
			.andExpect(holds("<option value=\"\">La de mi país o conferencia: hora de Costa Rica</option>"));
		mvc.perform(post("/login").param("username", "st-crm").param("password", "puente-demo-2017").with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(cookie().value(ReaderZone.ACCOUNT_COOKIE, "America/Costa_Rica"));
	}

	@Test
	void anObserverChoosesAZoneFromTheListAndCanGoBackToItsBrowsers() throws Exception {
		var observer = accounts.byUsername("observer-oim").orElseThrow();
		mvc.perform(get("/account?lang=pt").with(as("observer-oim"))).andExpect(status().isOk())
			.andExpect(holds("<option value=\"\">O do meu navegador</option>"));
		mvc.perform(post("/account/time-zone").param("timeZone", "Europe/Zurich").with(as("observer-oim"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(cookie().value(ReaderZone.ACCOUNT_COOKIE, "Europe/Zurich"));
		assertThat(accounts.zoneOf(observer.id())).hasToString("Europe/Zurich");
		mvc.perform(get("/account").with(as("observer-oim"))).andExpect(status().isOk())
			.andExpect(holds("<option value=\"Europe/Zurich\" selected=\"selected\">"));

		mvc.perform(post("/account/time-zone").param("timeZone", "").with(as("observer-oim")).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(cookie().maxAge(ReaderZone.ACCOUNT_COOKIE, 0));
		assertThat(accounts.zoneOf(observer.id())).isNull();
	}

	@Test
	void aZoneNotInTheListIsRefusedAtItsFieldInTheReadersLanguage() throws Exception {
		MvcResult refused = mvc.perform(post("/account/time-zone").header("Accept-Language", "fr")
				.param("timeZone", "heure de Panama").with(as("observer-oim")).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(holds("href=\"#timeZone\"", "aria-describedby=\"timeZone-hint timeZone-error\"",
					"aria-invalid=\"true\"", "Fuseau horaire inconnu. Choisissez-en un dans la liste"))
			.andReturn();
		assertThat(accounts.zoneOf(accounts.byUsername("observer-oim").orElseThrow().id())).isNull();
		HtmlValidityTests.validPage("/account", refused.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}
}
