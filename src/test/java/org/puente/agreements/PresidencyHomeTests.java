package org.puente.agreements;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

/**
 * Walk19 #7: a focal point's home says which presidency their country will hold (or holds), linked to what it
 * inherits — the open agreements addressed to the PPT and the troika of that conference — in their language; the
 * directory's API gives the same facts. On main the home said nothing of it and the API had no such field.
 */
@PuenteTest
class PresidencyHomeTests extends PresidencyTestSupport {

	private LocalDate from() {
		return presidencies.today("CRM").plusDays(25);
	}

	@AfterEach
	void forgetThePresidency() {
		jdbc.update("delete from role_assignment where kind = 'PRO_TEMPORE_PRESIDENCY' and process_code = 'CRM'"
				+ " and starts_on = ?", from());
	}

	@Test
	void theIncomingPresidencysHomeSaysSoAndLinksToWhatItInherits() throws Exception {
		presidency("PA", from(), from().plusDays(365));
		AgreementSummary a = confirmed("1. La Troika de la CRM revisará el calendario de reuniones a más tardar el "
				+ TODAY.plusDays(90) + ".\n");

		var home = pageIn("/home", "fp-panama", "en").selectFirst("#panel-presidency");
		assertThat(home).as("the presidency's line on Panamá's home").isNotNull();
		assertThat(home.text()).contains("Panama holds the RCM’s pro tempore presidency from ")
			.containsPattern("\\d+ open agreements? addressed to the PPT or the troika");
		assertThat(home.select("a").eachAttr("href")).contains("/agreements/presidency?process=CRM");
		assertThat(pageIn("/home", "fp-mexico", "pt").selectFirst("#panel-presidency")).as("México holds none").isNull();

		var inherited = pageIn("/agreements/presidency?process=CRM", "fp-panama", "fr");
		assertThat(inherited.text()).contains("Panama exercera la présidence pro tempore de la CRM à partir du ")
			.contains("revisará el calendario de reuniones");
		assertThat(inherited.select("a").eachAttr("href")).contains("/agreements/items/" + a.id());
		assertThat(pageIn("/agreements/presidency", "observer-oim", "es").text())
			.contains("Conferencia Suramericana sobre Migraciones");

		// the API's conferences say who is next, as the home does
		mvc.perform(get("/api/v1/directory/processes").header("Accept-Language", "es"))
			.andExpect(jsonPath("$[?(@.code == 'CRM')].nextPresidency.iso2", hasItem("PA")))
			.andExpect(jsonPath("$[?(@.code == 'CRM')].nextPresidency.startsOn", hasItem(from().toString())));
	}
}
