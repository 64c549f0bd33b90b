package org.puente.glossary;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.puente.WebTestSupport;
import org.puente.web.HtmlValidityTests;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.puente.PageContent.holds;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Two terminologists edit the same term from two sessions: the second sees the first one's wording beside its own,
 * language by language (409), and saving again keeps the first one's unless it chooses its own.
 */
@PuenteTest
class GlossaryConflictTests extends WebTestSupport {

	@Autowired
	Glossary glossary;

	@Test
	void theSecondSessionKeepsTheFirstOnesWordingUnlessChoosingItsOwn() throws Exception {
		String label = "termino de prueba " + UUID.randomUUID().toString().substring(0, 8);
		String location = mvc.perform(term("/glossary", "st-crm", label, "", null))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		String slug = location.substring(location.lastIndexOf('/') + 1);
		long started = glossary.term(slug).getVersion();

		mvc.perform(term(location, "st-crm", label, "migrant worker", started)).andExpect(status().is3xxRedirection());
		long afterA = glossary.term(slug).getVersion();
		String page = mvc.perform(term(location, "admin", label + " (B)", "", started))
			.andExpect(status().isConflict())
			.andExpect(holds("Otra persona guardó este registro mientras usted escribía", "migrant worker",
					"Término preferido en inglés", "name=\"conflictVersion\" value=\"" + afterA + "\"",
					"name=\"version\" value=\"" + started + "\""))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		HtmlValidityTests.validPage("term conflict", page);

		// B keeps its Spanish wording; A's English stays
		mvc.perform(term(location, "admin", label + " (B)", "", started)
			.param("conflictVersion", String.valueOf(afterA)).param("keepMine", "label.es"))
			.andExpect(status().is3xxRedirection());
		GlossaryTerm saved = glossary.term(slug);
		assertThat(saved.label("es")).isEqualTo(label + " (B)");
		assertThat(saved.label("en")).isEqualTo("migrant worker");
	}

	private MockHttpServletRequestBuilder term(String path, String who, String es, String en, Long version) {
		MockHttpServletRequestBuilder request = post(path).with(as(who)).with(csrf()).header("Accept-Language", "es")
			.param("label.es", es).param("label.en", en);
		return version == null ? request : request.param("version", String.valueOf(version));
	}
}
