package org.puente.meetings;

import java.nio.charset.StandardCharsets;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.puente.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * Fuzzing what strangers and partners can send the calendar: generated .ics files (real structure, hostile
 * values: impossible dates, odd schemes, broken lines, noise) through the import page, and generated search
 * queries (operators, quotes, SQL, control characters) through the search API. Never a 5xx, and a refused import
 * leaves the calendar as it was. Inputs come from jqwik's generators; the count is {@code jqwik.tries.default}.
 */
@PuenteTest
class IcsImportFuzzTests extends WebTestSupport {

	@Autowired
	MeetingRepository meetings;

	static int tries() {
		return Integer.parseInt(System.getProperty("jqwik.tries.default", "150"));
	}

	@Test
	void aGeneratedCalendarIsImportedOrRefusedWholeNeverA500() throws Exception {
		List<String> files = calendars().sampleStream().limit(tries()).toList();
		for (String ics : files) {
			long before = meetings.count();
			MockHttpServletResponse response = mvc.perform(multipart("/meetings/import")
				.file(new MockMultipartFile("file", "fuzz.ics", "text/calendar", ics.getBytes(StandardCharsets.UTF_8)))
				.with(as("st-crm"))
				.with(csrf())).andReturn().getResponse();
			assertThat(response.getStatus()).as(ics).isLessThan(500);
			if (response.getStatus() >= 400) {
				assertThat(meetings.count()).as("nothing half-stored from\n" + ics).isEqualTo(before);
			}
		}
	}

	@Test
	void aGeneratedSearchQueryIsAnsweredOrRefusedNeverA500() throws Exception {
		Arbitrary<String> queries = Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(400),
				Arbitraries.strings().withChars("&|!():*\"'<>\\-+~^%_ ;").withCharRange('a', 'z').ofMaxLength(60),
				Arbitraries.of("' OR 1=1 --", "a & | b", "!!!", "\"unclosed", "migración <-> ", "(((", "a:*", "\u0000",
						"%00", "\uD800", "título\u202E"));
		for (String q : queries.sampleStream().limit(tries()).toList()) {
			int status = mvc.perform(get("/api/v1/search").param("q", q)).andReturn().getResponse().getStatus();
			assertThat(status).as(q).isIn(200, 400);
		}
	}

	static Arbitrary<String> calendars() {
		Arbitrary<String> date = Arbitraries.oneOf(
				Arbitraries.integers().between(1900, 2100).map(y -> y + "0615"),
				Arbitraries.strings().numeric().ofLength(8),
				Arbitraries.of("20170230", "20171301", "20170610T250000Z", "20170610T100000", "2017-06-10", "", "X"));
		Arbitrary<String> url = Arbitraries.oneOf(Arbitraries.of("https://un.example/e", "javascript:alert(1)",
				"data:text/html,x", "//evil.example", "http://", "HTTPS://UN.EXAMPLE"), Arbitraries.strings().ofMaxLength(80));
		Arbitrary<String> text = Arbitraries.strings().ofMaxLength(120);
		Arbitrary<String> event = Combinators.combine(Arbitraries.strings().alpha().ofMinLength(0).ofMaxLength(20),
				text, date, date, url, Arbitraries.of("", "DATE", "DATE-TIME"), Arbitraries.of("", "CONFIRMED",
						"CANCELLED", "TENTATIVE", "??"))
			.as((uid, summary, start, end, link, value, status) -> "BEGIN:VEVENT\r\n"
					+ (uid.isEmpty() ? "" : "UID:" + uid + "@fuzz.example\r\n") + "DTSTAMP:20170101T000000Z\r\n"
					+ "DTSTART" + (value.isEmpty() ? "" : ";VALUE=" + value) + ":" + start + "\r\n"
					+ (end.isEmpty() ? "" : "DTEND:" + end + "\r\n") + "SUMMARY:" + summary.replace("\n", " ") + "\r\n"
					+ "URL:" + link.replace("\n", "") + "\r\n" + (status.isEmpty() ? "" : "STATUS:" + status + "\r\n")
					+ "END:VEVENT\r\n");
		Arbitrary<String> structured = event.list().ofMinSize(0).ofMaxSize(4)
			.map(events -> "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Fuzz//ES\r\n" + String.join("", events)
					+ "END:VCALENDAR\r\n");
		return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(8, structured),
				net.jqwik.api.Tuple.of(1, Arbitraries.strings().ofMaxLength(500)),
				net.jqwik.api.Tuple.of(1, structured.map(s -> s.substring(0, s.length() / 2))));
	}
}
