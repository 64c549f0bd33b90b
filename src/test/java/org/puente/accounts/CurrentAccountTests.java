package org.puente.accounts;

import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.puente.WebTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Controllers are handed the signed-in account as a parameter; the API documentation does not show it. */
@PuenteTest
class CurrentAccountTests extends WebTestSupport {

	@Test
	void aControllerIsHandedTheSignedInAccountAndAReaderMayBeNobody() throws Exception {
		// the ranking form offers the focal point's own country, read from the account handed to the controller
		mvc.perform(get("/practices/ranking/rank?session=5").with(as("fp-chile")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"CL\"")));
		mvc.perform(get("/practices/ranking?session=5")).andExpect(status().isOk());
	}

	@Test
	void theApiDocumentationAsksForNoAccountParameter() throws Exception {
		String docs = mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(docs).doesNotContain("AccountSummary").doesNotContain("\"name\":\"reader\"")
			.doesNotContain("\"name\":\"actor\"");
	}
}
