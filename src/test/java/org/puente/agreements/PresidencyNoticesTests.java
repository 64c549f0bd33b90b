package org.puente.agreements;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.puente.audit.AuditAction;
import org.puente.audit.AuditedChange;
import org.puente.audit.AuditedEntity;
import org.puente.directory.DirectoryEvents;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Walk19 #7: a presidency recorded tells its country's focal points what they take on — once, however often it is
 * saved — and again on the day it takes office at the conference's seat if that is later, once however many nodes
 * run the hourly job. A focal point who switched agreement notices off is not written to; another country's is not.
 * On main nobody was told.
 */
@PuenteTest
class PresidencyNoticesTests extends PresidencyTestSupport {

	private static final String PANAMA = "punto.focal.panama@demo.puente.example";

	private static final String MEXICO = "punto.focal.mexico@demo.puente.example";

	/** The last notice before the test: those after it are the test's. */
	private long firstNotice;

	@Autowired
	PresidencyNotices presidencyNotices;

	@Autowired
	org.springframework.context.ApplicationEventPublisher events;

	@Autowired
	org.springframework.transaction.support.TransactionTemplate transactions;

	/** The CRM's today, at its secretariat's seat: the day the job and the notices count in. */
	private final LocalDate today = LocalDate.now(java.time.Clock.system(java.time.ZoneId.of("America/Costa_Rica")));

	@BeforeEach
	void noteTheLastNotice() {
		firstNotice = jdbc.queryForObject("select coalesce(max(id), 0) from notice", Long.class);
	}

	@AfterEach
	void forgetThePresidencies() {
		jdbc.update("delete from role_assignment where kind = 'PRO_TEMPORE_PRESIDENCY' and process_code = 'CRM'"
				+ " and starts_on in (?, ?)", today.plusDays(20), today);
		jdbc.update("update account set agreement_notices = true where username = 'fp-mexico'");
	}

	@Test
	void aPresidencyRecordedAheadIsToldOnceThenAgainOnTheDayItTakesOffice() throws Exception {
		LocalDate from = today.plusDays(20);
		presidency("PA", from, from.plusDays(365));
		UUID role = roleOf("PA", from);
		awaitTheListeners();
		assertThat(subjects(PANAMA)).singleElement().asString()
			.startsWith("Panamá ejercerá la Presidencia Pro Tempore de la CRM a partir del ");
		assertThat(body(PANAMA)).contains("/agreements/presidency?process=CRM");
		assertThat(subjects(MEXICO)).as("another country's").isEmpty();

		// saved again (an event redelivered, a correction): no second mail
		redeliver(role);
		assertThat(subjects(PANAMA)).hasSize(1);

		// the day before at the seat, and 3:00 UTC of its first day (still the day before in San José): nothing yet
		assertThat(presidencyNotices.sendTakingOffice(at(from.minusDays(1), 12))).isZero();
		assertThat(presidencyNotices.sendTakingOffice(from.atStartOfDay(java.time.ZoneOffset.UTC).plusHours(3)
			.toInstant())).isZero();
		// its first day: told once, though a second node runs the job too
		assertThat(presidencyNotices.sendTakingOffice(at(from, 9))).isPositive();
		assertThat(presidencyNotices.sendTakingOffice(at(from, 10))).isZero();
		assertThat(subjects(PANAMA)).hasSize(2)
			.anySatisfy(s -> assertThat(s).startsWith("Desde hoy: Panamá ejerce la Presidencia Pro Tempore de la CRM"));
	}

	@Test
	void aPresidencyRecordedOnItsFirstDayIsToldOnceAndNotWhoSwitchedAgreementNoticesOff() throws Exception {
		jdbc.update("update account set agreement_notices = false where username = 'fp-mexico'");
		presidency("MX", today, today.plusDays(30));
		presidency("PA", today.plusDays(20), today.plusDays(60));
		UUID panama = roleOf("PA", today.plusDays(20));
		UUID mexico = roleOf("MX", today);
		awaitTheListeners();
		assertThat(subjects(PANAMA)).hasSize(1);
		assertThat(subjects(MEXICO)).as("switched off").isEmpty();
		jdbc.update("update account set agreement_notices = true where username = 'fp-mexico'");
		redeliver(mexico);
		assertThat(subjects(MEXICO)).singleElement().asString()
			.startsWith("México ejerce la Presidencia Pro Tempore de la CRM desde el ");
		// recorded on its first day: the job has nothing more to say about it
		assertThat(presidencyNotices.sendTakingOffice(at(today, 12))).isZero();
	}

	private UUID roleOf(String country, LocalDate from) {
		return jdbc.queryForObject("select id from role_assignment where kind = 'PRO_TEMPORE_PRESIDENCY'"
				+ " and process_code = 'CRM' and country_iso2 = ? and starts_on = ?", UUID.class, country, from);
	}

	/** The directory's event for the role published again, as a resubmission would, and its listeners awaited. */
	private void redeliver(UUID role) {
		transactions.executeWithoutResult(status -> events.publishEvent(new DirectoryEvents.RoleAssigned(role,
				AuditedChange.of(AuditAction.UPDATE, AuditedEntity.ROLE_ASSIGNMENT, role, "again"))));
		awaitTheListeners();
	}

	/** Until the directory's events of the test have reached this listener (after the commit, asynchronously). */
	private void awaitTheListeners() {
		await().atMost(Duration.ofSeconds(15)).until(() -> jdbc.queryForObject("select count(*) from event_publication"
				+ " where completion_date is null and listener_id like '%PresidencyNotices%'", Long.class) == 0);
	}

	/** The subjects of the notices about the CRM's presidency sent to {@code address} since the test began. */
	private List<String> subjects(String address) {
		return jdbc.queryForList("select n.subject from notice n join notice_delivery d on d.notice_id = n.id"
				+ " where d.recipient = ? and n.id > ? and n.subject like ? order by n.id", String.class, address,
				firstNotice, "%Presidencia Pro Tempore de la CRM%");
	}

	private String body(String address) {
		return jdbc.queryForObject("select n.body from notice n join notice_delivery d on d.notice_id = n.id"
				+ " where d.recipient = ? and n.id > ? order by n.id limit 1", String.class, address, firstNotice);
	}

	/** {@code hour} o'clock on {@code day} in San José, the CRM's seat. */
	private static java.time.Instant at(LocalDate day, int hour) {
		return day.atTime(LocalTime.of(hour, 0)).atZone(java.time.ZoneId.of("America/Costa_Rica")).toInstant();
	}
}
