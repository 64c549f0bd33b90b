package org.puente.consultations;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.puente.accounts.AccountSummary;
import org.puente.accounts.Accounts;
import org.puente.home.HomePanel;
import org.puente.i18n.Deadline;
import org.puente.i18n.Messages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a focal point's home says of a consultation depends on the day, taken from the application's clock: a test fixes
 * it rather than waiting for the deadline to pass.
 */
@PuenteTest
class ConsultationDeadlineDayTests extends ConsultationTestSupport {

	@Autowired
	Accounts accounts;

	@Autowired
	MessageSource messages;

	@Test
	void aFocalPointsHomeSaysAConsultationWasDueFromTheDayAfterItsDeadline() throws Exception {
		LocalDate deadline = LocalDate.of(2031, 3, 14);
		UUID id = sendConsultation("CRM", deadline, "ACCEPT_LATE");
		Messages spanish = new Messages(messages, Locale.forLanguageTag("es"));

		HomePanel.Item onTheDay = toAnswer(id, deadline, spanish);
		assertThat(onTheDay.urgent()).isFalse();
		assertThat(onTheDay.detail()).isEqualTo(spanish.get("consultations.home.due", shown(deadline)));

		HomePanel.Item dayAfter = toAnswer(id, deadline.plusDays(1), spanish);
		assertThat(dayAfter.urgent()).isTrue();
		assertThat(dayAfter.detail()).isEqualTo(spanish.get("consultations.home.wasDue", shown(deadline)))
			.isNotEqualTo(onTheDay.detail());
	}

	/**
	 * Around midnight — UTC's, and the end of the deadline day where it ends last (UTC−12) — the focal point's home
	 * and the consultation's own page say the same: due while {@link Consultation#isLate} is false, was due after,
	 * whatever zone the clock is set in.
	 */
	@Test
	void theHomeAndTheConsultationAgreeOnWhichDayItIsAroundMidnight() throws Exception {
		LocalDate deadline = LocalDate.of(2031, 5, 20);
		UUID id = sendConsultation("CRM", deadline, "ACCEPT_LATE");
		Consultation consultation = management.find(id);
		Messages spanish = new Messages(messages, Locale.forLanguageTag("es"));
		for (String at : List.of("2031-05-20T23:30:00Z", "2031-05-21T00:30:00Z", "2031-05-21T11:59:59Z",
				"2031-05-21T12:00:00Z")) {
			for (ZoneId zone : List.of(ZoneOffset.UTC, ZoneId.of("America/Panama"), ZoneId.of("Pacific/Kiritimati"))) {
				Clock clock = Clock.fixed(Instant.parse(at), zone);
				boolean late = consultation.isLate(clock.instant());
				HomePanel.Item item = toAnswer(id, clock, spanish);
				assertThat(item.urgent()).as(at + " in " + zone).isEqualTo(late);
				assertThat(item.detail()).as(at + " in " + zone)
					.isEqualTo(spanish.get(late ? "consultations.home.wasDue" : "consultations.home.due", shown(deadline)));
			}
		}
		assertThat(consultation.isLate(Instant.parse("2031-05-21T11:59:59Z"))).isFalse();
		assertThat(consultation.isLate(Instant.parse("2031-05-21T12:00:00Z"))).isTrue();
	}

	/** The page and the answer form show the deadline with its hour and zone, in the reader's language. */
	@Test
	void theDeadlineIsShownWithItsHourAndZone() throws Exception {
		LocalDate deadline = LocalDate.of(2031, 3, 14);
		UUID id = sendConsultation("CRM", deadline, "ACCEPT_LATE");
		for (String lang : List.of("es", "en", "pt", "fr")) {
			String page = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.get("/consultations/" + id + "/answer").with(as("fp-panama")).header("Accept-Language", lang))
				.andReturn().getResponse().getContentAsString();
			assertThat(page).as(lang).contains(org.springframework.web.util.HtmlUtils
				.htmlEscape(Deadline.shown(deadline, Locale.forLanguageTag(lang)), "UTF-8"));
		}
	}

	/** The consultation's line on Panama's focal point's home, read at noon of {@code day} where deadlines end. */
	private HomePanel.Item toAnswer(UUID consultation, LocalDate day, Messages in) {
		ZoneId zone = Deadline.ZONE;
		return toAnswer(consultation, Clock.fixed(day.atTime(12, 0).atZone(zone).toInstant(), zone), in);
	}

	/** The deadline as the home writes it: "20 may 2031, 23:59 (UTC−12)". */
	private static String shown(LocalDate deadline) {
		return Deadline.shown(deadline, Locale.forLanguageTag("es"));
	}

	private HomePanel.Item toAnswer(UUID consultation, Clock clock, Messages in) {
		AccountSummary panama = accounts.byUsername("fp-panama").orElseThrow();
		return new ConsultationHomePanels(management, clock).panels(panama, in).get(0).items().stream()
			.filter(i -> i.href().equals("/consultations/" + consultation + "/answer"))
			.findFirst()
			.orElseThrow();
	}
}
