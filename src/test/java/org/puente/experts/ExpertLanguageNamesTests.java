package org.puente.experts;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The roster and an expert's page name the languages an expert speaks in the reader's language — Guaraní too — not
 * by their codes (walk 8 #14: "es, gn" on the Portuguese and French rosters).
 */
@PuenteTest
class ExpertLanguageNamesTests extends ExpertsTestSupport {

	@Test
	void languagesAreNamedInTheReadersLanguage() throws Exception {
		ExpertData paraguayan = new ExpertData("Experta guaraní " + UUID.randomUUID(), "gn." + UUID.randomUUID()
				+ "@example.org", "Universidad de prueba", "PY", List.of("es", "gn"), List.of(4), List.of(19),
				"Investiga migraciones.", List.of(), Gender.FEMALE, Region.SOUTH_AMERICA);
		UUID id = roster.create(paraguayan, CONSENTED, account("st-csm"));
		assertThat(page("/experts", "fr")).contains("<td>espagnol, guarani</td>").doesNotContain("<td>es, gn</td>");
		assertThat(page("/experts", "pt")).contains("<td>espanhol, guarani</td>");
		assertThat(page("/experts/" + id, "en")).contains("Spanish, Guarani");
		assertThat(page("/experts/" + id, "es")).contains("español, guaraní");
	}

	private String page(String path, String language) throws Exception {
		return mvc.perform(get(path).with(as("st-csm")).header("Accept-Language", language))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}
}
