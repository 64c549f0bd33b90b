package org.puente.meetings;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.validate.ValidationResult;
import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.puente.accounts.Accounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The public feed holds the seed meetings with the right dates, and is read alike by ical4j (with its validator)
 * and by an independent parser, Python's icalendar.
 */
@PuenteTest
class CalendarFeedTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	String feed(String query) throws Exception {
		return mvc.perform(get("/calendar.ics" + query))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "text/calendar;charset=UTF-8"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void publishesAFeedThatIcal4jParsesAndValidates() throws Exception {
		Calendar calendar = new CalendarBuilder().build(new StringReader(feed("")));
		ValidationResult result = calendar.validate();
		assertThat(result.hasErrors()).as(result.toString()).isFalse();
		List<VEvent> events = calendar.getComponents(VEvent.VEVENT);
		assertThat(events).hasSizeGreaterThanOrEqualTo(19);
		VEvent plenary = events.stream()
			.filter(e -> e.getUid().orElseThrow().getValue().equals("demo-plenary-2017-09-26@puente"))
			.findFirst()
			.orElseThrow();
		assertThat(plenary.getStartDate().orElseThrow().getValue()).isEqualTo("20170926");
		assertThat(plenary.getEndDate().orElseThrow().getValue()).isEqualTo("20170928");
		assertThat(plenary.getProperty("URL").orElseThrow().getValue()).contains("/meetings/");
		assertThat(plenary.getProperty("ORGANIZER").orElseThrow().getValue()).startsWith("mailto:");
	}

	@Test
	void holdsTheSeedMeetingsWithTheirDatesForAnIndependentParser() throws Exception {
		List<String> lines = python(feed(""));
		assertThat(lines).contains(
				"demo-plenary-2017-09-26@puente|2017-09-26|2017-09-28|CONFIRMED|0",
				"demo-virtual-2017-05-11@puente|2017-05-11|2017-05-12|CONFIRMED|0",
				"demo-panama-2017-06-08@puente|2017-06-08|2017-06-09|CONFIRMED|0",
				"demo-adhoc-2017-07-07@puente|2017-07-07|2017-07-09|TENTATIVE|0",
				"demo-troikas-2017-08-30@puente|2017-08-30|2017-09-01|CONFIRMED|0",
				"demo-brussels-2017-09-07@puente|2017-09-07|2017-09-09|CONFIRMED|0",
				"demo-berlin-2017-06-27@puente|2017-06-27|2017-06-28|TENTATIVE|0",
				"demo-geneva-side-2017-06-20@puente|2017-06-20|2017-06-21|CONFIRMED|0",
				"demo-stocktaking-2017-12-04@puente|2017-12-04|2017-12-07|CONFIRMED|0",
				// only the week and the month are known: the whole span, tentative
				"demo-margins-2017-12@puente|2017-12-04|2017-12-11|TENTATIVE|0",
				"demo-crm-2017-11@puente|2017-11-01|2017-12-01|TENTATIVE|0",
				"demo-ts-3@puente|2017-06-19|2017-06-21|CONFIRMED|0");
	}

	@Test
	void marksWeekAndMonthMeetingsAsDatesToBeConfirmed() throws Exception {
		String body = feed("?process=CRM");
		Calendar calendar = new CalendarBuilder().build(new StringReader(body));
		VEvent november = calendar.<VEvent>getComponents(VEvent.VEVENT)
			.stream()
			.filter(e -> e.getUid().orElseThrow().getValue().equals("demo-crm-2017-11@puente"))
			.findFirst()
			.orElseThrow();
		assertThat(november.getSummary().getValue()).endsWith("(fecha por confirmar)");
		assertThat(november.getProperty("TRANSP").orElseThrow().getValue()).isEqualTo("TRANSPARENT");
	}

	@Test
	void filtersTheFeedByConferenceKindAndCountryAndShowsJointMeetingsInBoth() throws Exception {
		String csm = feed("?process=CSM");
		assertThat(csm).contains("demo-plenary-2017-09-26@puente").doesNotContain("demo-crm-2017-11@puente");
		String crm = feed("?process=CRM");
		assertThat(crm).contains("demo-plenary-2017-09-26@puente").contains("demo-crm-2017-11@puente");
		String plenaries = feed("?process=CSM&kind=PLENARY&country=PA");
		assertThat(uids(plenaries)).containsExactly("demo-plenary-2017-09-26@puente");
	}

	@Test
	void addsAnAlarmWhenAsked() throws Exception {
		assertThat(feed("?kind=PLENARY&alarm=1440")).contains("BEGIN:VALARM").contains("TRIGGER:-P1D");
		assertThat(feed("?kind=PLENARY")).doesNotContain("BEGIN:VALARM");
	}

	@Test
	void refusesAnUnknownFilterValueWithABadRequest() throws Exception {
		mvc.perform(get("/calendar.ics?kind=PICNIC")).andExpect(status().isBadRequest());
	}

	@Test
	void servesAPrivateFeedByTokenAndRefusesAnUnknownToken() throws Exception {
		var account = accounts.byUsername("fp-panama").orElseThrow();
		String token = accounts.renewFeedToken(account.id());
		String body = mvc.perform(get("/calendar/private/" + token + ".ics"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(body).contains("demo-plenary-2017-09-26@puente");
		// its own name in the person's calendar list, not the public calendar's
		assertThat(body.replace("\r\n ", "")).contains("X-WR-CALNAME:Puente — mi calendario privado (Punto focal de Panamá)");
		assertThat(feed("").replace("\r\n ", "")).contains("X-WR-CALNAME:Puente — CRM · CSM");
		mvc.perform(get("/calendar/private/not-a-token.ics")).andExpect(status().isNotFound());
	}

	@Test
	void answersAnUnchangedFeedWithNotModified() throws Exception {
		String etag = mvc.perform(get("/calendar.ics?process=CSM"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getHeader("ETag");
		assertThat(etag).isNotBlank();
		mvc.perform(get("/calendar.ics?process=CSM").header("If-None-Match", etag))
			.andExpect(status().isNotModified());
		mvc.perform(get("/calendar.ics?process=CRM").header("If-None-Match", etag)).andExpect(status().isOk());
	}

	static List<String> uids(String ics) throws Exception {
		return new CalendarBuilder().build(new StringReader(ics))
			.<VEvent>getComponents(VEvent.VEVENT)
			.stream()
			.map(e -> e.getUid().orElseThrow().getValue())
			.toList();
	}

	/** Reads the feed with Python's icalendar: one "uid|start|end|status|alarms" line per event. */
	static List<String> python(String ics) throws IOException, InterruptedException {
		Path file = Files.createTempFile("puente-feed", ".ics");
		Files.writeString(file, ics);
		String script = """
				import sys, icalendar
				cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
				for e in cal.walk('VEVENT'):
				    print('%s|%s|%s|%s|%d' % (e['UID'], e.decoded('DTSTART'), e.decoded('DTEND'), e.get('STATUS'),
				        len(e.walk('VALARM'))))
				""";
		Process p = new ProcessBuilder("/usr/bin/python3", "-c", script, file.toString()).redirectErrorStream(true)
			.start();
		String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(p.exitValue()).as(out).isZero();
		Files.deleteIfExists(file);
		return out.lines().toList();
	}
}
