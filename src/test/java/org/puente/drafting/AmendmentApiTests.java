package org.puente.drafting;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An amendment proposed by a script (walk of the API, 12 and 13): its Location is an address that answers, and what
 * is refused is said in the order a script can act on — no such paragraph (404), not yours to propose (403), then
 * what is wrong with the proposal (422) — whatever the body holds.
 */
@PuenteTest
class AmendmentApiTests extends DraftingTestSupport {

	static final String NO_REASON = "{\"kind\":\"COMMENT\",\"reason\":\"\",\"proponent\":\"MX\",\"seenRevision\":1}";

	ResultActions propose(String who, Object paragraph, String body) throws Exception {
		return mvc.perform(post("/api/v1/drafting/paragraphs/" + paragraph + "/amendments").with(as(who)).with(csrf())
			.contentType("application/json").content(body).header("Accept-Language", "en"));
	}

	@Test
	void aScriptsProposalLeadsToTheAmendmentAsItsTextListsIt() throws Exception {
		// Location pointed at /api/v1/drafting/amendments/{id}, which no operation served (12); api11 pointed at the
		// text that lists it; the amendment has its own address now
		String location = propose("fp-mexico", paragraphs.get(1),
				"{\"kind\":\"COMMENT\",\"reason\":\"Por script.\",\"proponent\":\"MX\",\"seenRevision\":1}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.text").value("/api/v1/drafting/texts/" + text))
			.andReturn().getResponse().getHeader("Location");
		UUID id = jdbc.queryForObject("select id from drafting_amendment where text_id = ?", UUID.class, text);
		assertThat(location).isEqualTo("/api/v1/drafting/amendments/" + id);
		// anyone who may read the text reads it, as the text's list shows it
		for (String reader : new String[] { "fp-mexico", "observer-oim", "st-csm" }) {
			mvc.perform(get(location).with(as(reader))).andExpect(status().isOk())
				.andExpect(jsonPath("$.textId").value(text.toString()))
				.andExpect(jsonPath("$.paragraphId").value(paragraphs.get(1).toString()))
				.andExpect(jsonPath("$.paragraphNumber").value(2))
				.andExpect(jsonPath("$.amendment.id").value(id.toString()))
				.andExpect(jsonPath("$.amendment.kind").value("COMMENT"))
				.andExpect(jsonPath("$.amendment.proponent").value("MX"))
				.andExpect(jsonPath("$.amendment.status").value("PROPOSED"))
				.andExpect(jsonPath("$.amendment.reason").value("Por script."));
		}
		mvc.perform(get("/api/v1/drafting/texts/" + text).with(as("observer-oim")))
			.andExpect(jsonPath("$.paragraphs[1].amendments[0].id").value(id.toString()));
		mvc.perform(get("/api/v1/drafting/amendments/" + UUID.randomUUID()).with(as("fp-mexico"))
			.header("Accept-Language", "en")).andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value("That amendment does not exist."));
	}

	@Test
	void anUnknownParagraphIsA404WhateverTheBody() throws Exception {
		for (String body : new String[] { NO_REASON, "{\"proponent\":\"MX\"}", "{}" }) {
			propose("fp-mexico", UUID.randomUUID(), body).andExpect(status().isNotFound());
			propose("observer-oim", UUID.randomUUID(), body).andExpect(status().isNotFound());
		}
	}

	@Test
	void whoMayNotProposeIsRefusedBeforeTheBodyIsChecked() throws Exception {
		// an observer speaks for nobody, whoever the body names, even a body that cannot be read ("{}": no revision,
		// a 400 for whoever may propose); Mexico's focal point does not speak for Chile
		for (String body : new String[] { NO_REASON, "{\"proponent\":\"FR\",\"seenRevision\":1}", "{}", "{" }) {
			propose("observer-oim", paragraphs.get(0), body).andExpect(status().isForbidden());
		}
		propose("fp-mexico", paragraphs.get(0), "{").andExpect(status().isBadRequest());
		propose("fp-mexico", paragraphs.get(0), NO_REASON.replace("MX", "CL")).andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("drafting.proponent.forbidden"));
		assertThat(amendments()).isZero();
	}

	@Test
	void thenWhatIsWrongWithTheProposalIsA422() throws Exception {
		propose("fp-mexico", paragraphs.get(0), NO_REASON).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value("Give the reason for the amendment."));
		// no kind at all: a sentence naming it, not a failure of the server
		propose("fp-mexico", paragraphs.get(0), "{\"reason\":\"x\",\"proponent\":\"MX\",\"seenRevision\":1}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("drafting.amendment.kindRequired"));
		// no proponent: a sentence asking for one, not «» named as a non-member
		propose("fp-mexico", paragraphs.get(0), "{\"kind\":\"COMMENT\",\"reason\":\"x\",\"seenRevision\":1}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("drafting.proponent.required"))
			.andExpect(jsonPath("$.detail").value("Name the member state or conference on whose behalf you propose."));
		propose("fp-mexico", paragraphs.get(0), NO_REASON.replace("\"\"", "\"x\"").replace("MX", "ZZ"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("drafting.proponent.notMember"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("\"ZZ\"")));
		assertThat(amendments()).isZero();
		// a correct body with a stale revision is still a 409, after the body's checks
		propose("fp-mexico", paragraphs.get(0), NO_REASON.replace("\"\"", "\"x\"").replace(":1}", ":0}"))
			.andExpect(status().isConflict()).andExpect(header().doesNotExist("Location"));
	}
}
