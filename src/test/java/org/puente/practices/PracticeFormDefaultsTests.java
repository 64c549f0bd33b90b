package org.puente.practices;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.puente.WebTestSupport;
import org.puente.directory.Countries;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A new practice's original language is the one its author's country writes in, not the page's (walk-through of 4
 * December, night #10): Panama's focal point reading Puente in English writes the practice in Spanish, and was
 * refused eight times for an "incomplete" Spanish translation and missing English texts. The secretariats, who
 * act for no one country, start in Spanish.
 */
@PuenteTest
class PracticeFormDefaultsTests extends WebTestSupport {

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void spanishAgain() {
		jdbc.update("update account set language = 'es' where username in ('fp-panama', 'st-crm')");
	}

	@Test
	void theOriginalLanguageIsTheAuthorsCountrysNotThePagesLanguage() throws Exception {
		jdbc.update("update account set language = 'en' where username in ('fp-panama', 'st-crm')");
		for (String author : new String[] { "fp-panama", "st-crm" }) {
			String form = mvc.perform(get("/practices/new").with(as(author)).header("Accept-Language", "en"))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
			assertThat(form).as(author).contains("<option value=\"es\" selected=\"selected\">")
				.doesNotContain("<option value=\"en\" selected=\"selected\">");
		}
	}

	@Test
	void eachCountryWritesInOneOfTheFourLanguages() {
		assertThat(Countries.languageOf("BR")).isEqualTo("pt");
		assertThat(Countries.languageOf("HT")).isEqualTo("fr");
		assertThat(Countries.languageOf("US")).isEqualTo("en");
		assertThat(Countries.languageOf("GY")).isEqualTo("en");
		assertThat(Countries.languageOf("PA")).isEqualTo("es");
		assertThat(Countries.languageOf(null)).isEqualTo("es");
	}
}
