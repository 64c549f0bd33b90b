package org.puente.consultations;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.puente.accounts.AccountSummary;
import org.puente.accounts.Accounts;
import org.puente.home.HomePanel;
import org.puente.i18n.Messages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a focal point's home says of a consultation depends on the day, taken from the application's clock: a test fixes
 * it rather than waiting for the deadline to pass.
 */
@PuenteTest
@AutoConfigureMockMvc
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
		assertThat(onTheDay.detail()).isEqualTo(spanish.get("consultations.home.due", deadline));

		HomePanel.Item dayAfter = toAnswer(id, deadline.plusDays(1), spanish);
		assertThat(dayAfter.urgent()).isTrue();
		assertThat(dayAfter.detail()).isEqualTo(spanish.get("consultations.home.wasDue", deadline))
			.isNotEqualTo(onTheDay.detail());
	}

	/** The consultation's line on Panama's focal point's home, read at noon of {@code day}. */
	private HomePanel.Item toAnswer(UUID consultation, LocalDate day, Messages in) {
		ZoneId zone = ZoneId.systemDefault();
		Clock clock = Clock.fixed(day.atTime(12, 0).atZone(zone).toInstant(), zone);
		AccountSummary panama = accounts.byUsername("fp-panama").orElseThrow();
		return new ConsultationHomePanels(management, clock).panels(panama, in).get(0).items().stream()
			.filter(i -> i.href().equals("/consultations/" + consultation + "/answer"))
			.findFirst()
			.orElseThrow();
	}
}
