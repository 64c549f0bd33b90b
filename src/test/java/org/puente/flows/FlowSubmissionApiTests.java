package org.puente.flows;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.puente.WebTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A script's submission of counts answers 201 with a Location that reads it again (walk of the API, 14: it had
 * none, and no operation read one submission): aggregates only, for the roles of the submissions' list.
 */
@PuenteTest
class FlowSubmissionApiTests extends WebTestSupport {

	String submit() throws Exception {
		// the demo's own counts for Mexico: a new revision that changes nothing
		return mvc.perform(multipart("/api/v1/flows/submissions")
			.file(FlowsPagesTests.file(DemoFlows.csv("MX", DemoFlows.FIRST, DemoFlows.LAST))).param("country", "MX")
			.param("periodStart", DemoFlows.FIRST.toString()).param("periodEnd", DemoFlows.LAST.toString())
			.with(as("fp-mexico")).with(csrf()))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getHeader("Location");
	}

	@Test
	void theLocationReadsTheSubmissionAgainWithItsAggregatesOnly() throws Exception {
		String first = submit();
		assertThat(first).matches("/api/v1/flows/submissions/[0-9a-f-]{36}");
		for (String reader : new String[] { "fp-mexico", "st-crm", "admin" }) {
			mvc.perform(get(first).with(as(reader)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.id").value(first.substring(first.lastIndexOf('/') + 1)))
				.andExpect(jsonPath("$.country").value("MX"))
				.andExpect(jsonPath("$.periodStart").value(DemoFlows.FIRST.toString()))
				.andExpect(jsonPath("$.periodEnd").value(DemoFlows.LAST.toString()))
				.andExpect(jsonPath("$.current").value(true))
				.andExpect(jsonPath("$.viaApi").value(true))
				.andExpect(jsonPath("$.rows").isNumber())
				.andExpect(jsonPath("$.total").isNumber())
				// no person: neither who sent it nor the file's name
				.andExpect(jsonPath("$.submittedBy").doesNotExist())
				.andExpect(jsonPath("$.fileName").doesNotExist());
		}
		String second = submit();
		assertThat(second).isNotEqualTo(first);
		// the replaced revision stays readable, no longer current
		mvc.perform(get(first).with(as("fp-mexico"))).andExpect(jsonPath("$.current").value(false));
		mvc.perform(get(second).with(as("fp-mexico"))).andExpect(jsonPath("$.current").value(true))
			.andExpect(jsonPath("$.revision").isNumber());
	}

	@Test
	void anotherCountrysFocalPointAndObserversAreRefusedAndAnUnknownIdIsA404() throws Exception {
		String location = submit();
		// the refusal names no country: Panama learns nothing of whose submission the id is
		for (String lang : new String[] { "es", "en", "pt", "fr" }) {
			String detail = mvc.perform(get(location).with(as("fp-panama")).header("Accept-Language", lang))
				.andExpect(status().isForbidden())
				.andExpect(jsonPath("$.code").value("flows.submission.notYourCountry"))
				.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
			assertThat(detail).doesNotContain("MX").doesNotContainIgnoringCase("xico");
		}
		mvc.perform(get(location).with(as("fp-panama")).header("Accept-Language", "en"))
			.andExpect(jsonPath("$.detail").value("You may only read the submissions of the country you represent."));
		mvc.perform(get(location).with(as("observer-oim"))).andExpect(status().isForbidden());
		mvc.perform(get(location)).andExpect(status().isUnauthorized());
		String unknown = "/api/v1/flows/submissions/" + UUID.randomUUID();
		for (String reader : new String[] { "fp-mexico", "observer-oim", "st-crm" }) {
			mvc.perform(get(unknown).with(as(reader)).header("Accept-Language", "pt"))
				.andExpect(status().isNotFound())
				.andExpect(jsonPath("$.detail").value("Esse envio não existe."));
		}
	}
}
