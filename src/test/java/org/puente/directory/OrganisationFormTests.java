package org.puente.directory;

import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.puente.WebTestSupport;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** One bad value in a directory form is one mistake: the person reads one sentence about it, not two. */
@PuenteTest
class OrganisationFormTests extends WebTestSupport {

	@Test
	void aBadCodeIsOneMistakeWhateverIsWrongWithIt() throws Exception {
		String tooLong = "A".repeat(41);
		for (String code : new String[] { "", "OIM ONU", tooLong, "ÑANDÚ" }) {
			mvc.perform(post("/directory/organisations").with(csrf()).with(as("st-crm"))
				.param("code", code).param("kind", "REGIONAL").param("name.es", "Nombre"))
				.andExpect(status().isUnprocessableContent())
				.andExpect(model().attributeHasFieldErrors("form", "code"))
				.andExpect(model().attributeErrorCount("form", 1));
		}
	}

	@Test
	void aRoleSentWithoutItsConferenceIsOneMistake() throws Exception {
		mvc.perform(post("/directory/roles").with(csrf()).with(as("admin"))
			.param("kind", "FOCAL_POINT").param("processCode", "").param("countryIso2", "PA")
			.param("startsOn", "2030-01-01"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(model().attributeHasFieldErrors("form", "processCode"))
			.andExpect(model().attributeErrorCount("form", 1));
	}
}
