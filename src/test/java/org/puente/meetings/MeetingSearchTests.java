package org.puente.meetings;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.puente.WebTestSupport;
import org.puente.search.FilterCheck;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

/** Meetings in the one search box: words in any language without accents, their filters, reserved meetings. */
@PuenteTest
class MeetingSearchTests extends WebTestSupport {

	@Autowired
	MeetingSearchSource source;

	@Autowired
	MeetingManagement management;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void everyFilterNarrowsTheMeetingsOrLeavesThemOut() throws Exception {
		FilterCheck.everyFilter(mvc, "meeting", source.facets(), "reunion");
	}

	@Test
	void findsMeetingsWithoutAccentsAndShowsReservedOnesOnlyToMembers() throws Exception {
		mvc.perform(get("/api/v1/search").param("q", "bruselas"))
			.andExpect(jsonPath("$.results[*].title", hasItem("Reunión CRM–CSM previa a la reunión CELAC–UE sobre migraciones")))
			.andExpect(jsonPath("$.results[0].kind.code").exists());
		Meeting reserved = new Meeting("Reunión reservada sobre Valparaíso", MeetingKind.WORKING_MEETING,
				MeetingDates.days(LocalDate.of(2017, 10, 2), LocalDate.of(2017, 10, 2)));
		reserved.setVisibility(MeetingVisibility.RESERVED);
		UUID id = transactions.execute(status -> management.record(reserved));
		mvc.perform(get("/api/v1/search").param("q", "valparaiso"))
			.andExpect(jsonPath("$.results[*].url", not(hasItem("/meetings/" + id))));
		mvc.perform(get("/api/v1/search").param("q", "valparaiso").with(as("fp-chile")))
			.andExpect(jsonPath("$.results[*].url", hasItem("/meetings/" + id)));
	}
}
