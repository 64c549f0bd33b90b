package org.puente.meetings;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.puente.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.puente.PageContent.holds;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The calendar's subscription and download addresses, in the language of the page they were taken from (walk 8). */
@PuenteTest
class CalendarFeedLanguageTests extends WebTestSupport {

	@Autowired
	MeetingRepository meetings;

	/**
	 * A calendar application fetches the feed without the reader's cookie and often without their Accept-Language:
	 * the addresses a Portuguese page offers to subscribe to, or to paste, carry the page's language, and that address
	 * alone gives the Portuguese titles (walk 8: the subscription came in Spanish).
	 */
	@Test
	void offersTheFeedInThePagesLanguage() throws Exception {
		String page = mvc.perform(get("/meetings?lang=pt&process=CRM").with(as("fp-panama")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).containsPattern("href=\"webcal://[^\"]+/calendar\\.ics\\?process=CRM&amp;lang=pt\"")
			.containsPattern("href=\"http://[^\"]+/calendar\\.ics\\?process=CRM&amp;lang=pt\"");
		UUID side = meetings.findByUid(MeetingDemoData.uid("geneva-side-2017-06-20")).orElseThrow().getId();
		mvc.perform(get("/meetings/" + side + "?lang=fr"))
			.andExpect(holds("/calendar.ics?lang=fr\""));
		String feed = mvc.perform(get("/calendar.ics?process=CRM&lang=pt"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(feed).contains("SUMMARY:Reunião anual das troikas CRM–CSM").doesNotContain("SUMMARY:Reunión anual");
	}

	/**
	 * Walk 10 #3: the footer's "public calendar" link, on every page, was the bare feed — copied into a calendar
	 * application from a French page, it gave the Spanish titles. It carries the page's language like the others.
	 */
	@Test
	void theFootersCalendarLinkCarriesThePagesLanguage() throws Exception {
		mvc.perform(get("/documents?lang=fr").with(as("st-csm")))
			.andExpect(holds("<a href=\"/calendar.ics?lang=fr\">Calendrier public (iCalendar)</a>"));
		mvc.perform(get("/").header("Accept-Language", "pt"))
			.andExpect(holds("<a href=\"/calendar.ics?lang=pt\">"));
	}

	/** Walk 10 #4: one meeting's .ics was saved as "meeting-d8241620-….ics"; it is named by its title and day. */
	@Test
	void oneMeetingsFileIsNamedByItsTitleAndDayInTheReadersLanguage() throws Exception {
		Meeting side = meetings.findByUid(MeetingDemoData.uid("geneva-side-2017-06-20")).orElseThrow();
		String expected = org.puente.web.ListDownloads.fileName(side.title(java.util.Locale.FRENCH), side.getStartDate());
		String disposition = mvc.perform(get("/meetings/" + side.getId() + ".ics?lang=fr"))
			.andExpect(status().isOk()).andReturn().getResponse().getHeader("Content-Disposition");
		assertThat(disposition).contains("filename=\"" + expected + ".ics\"").doesNotContain(side.getId().toString());
		assertThat(expected).endsWith("-2017-06-20").doesNotStartWith("meeting");
	}
}
