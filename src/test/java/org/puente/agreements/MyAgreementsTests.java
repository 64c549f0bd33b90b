package org.puente.agreements;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.puente.accounts.AccountSummary;
import org.puente.accounts.Accounts;
import org.puente.accounts.Role;
import org.puente.directory.Directory;
import org.puente.directory.Presidencies;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/** "My actions" read in SQL picks the same agreements, in the same order, as the rule applied to every agreement. */
@PuenteTest
class MyAgreementsTests {

	@Autowired
	MyAgreements mine;

	@Autowired
	MeetingTitleShown titles;

	@Autowired
	Agreements agreements;

	@Autowired
	AgreementRepository repository;

	@Autowired
	Accounts accounts;

	@Autowired
	Directory directory;

	@Autowired
	Presidencies presidencies;

	@Autowired
	NamedParameterJdbcTemplate jdbc;

	@Test
	@Transactional(readOnly = true)
	void picksWhatTheRuleOverEveryAgreementPicksForEachFocalPointAndSecretariat() {
		List<AccountSummary> readers = new ArrayList<>();
		directory.allMemberStates().forEach(iso2 -> readers.addAll(accounts.ofCountry(iso2)));
		directory.processes().forEach(p -> readers.addAll(accounts.secretariatOf(p.code())));
		assertThat(readers).anyMatch(r -> r.role() == Role.FOCAL_POINT).anyMatch(r -> r.role() == Role.SECRETARIAT);
		int throughPresidency = 0;
		for (AccountSummary reader : readers) {
			List<Agreement> expected = repository.findAllByOrderByMeetingDateDescPositionAsc().stream()
				.filter(a -> a.getCreatedBy().equals(reader.id()) || agreements.actsFor(reader, a))
				.sorted(Comparator.comparing((Agreement a) -> !a.getStatus().isOpen())
					.thenComparing(a -> a.getDueDate() == null ? LocalDate.MAX : a.getDueDate()))
				.toList();
			assertThat(mine.ids(reader)).as(reader.username())
				.containsExactlyElementsOf(expected.stream().map(Agreement::getId).toList());
			throughPresidency += (int) expected.stream()
				.filter(a -> a.getParties().stream().filter(AgreementParty::isResponsible)
					.noneMatch(p -> p.getEntityId().equals("country:" + reader.countryIso2()))
					&& reader.role() == Role.FOCAL_POINT && !a.getCreatedBy().equals(reader.id()))
				.count();
		}
		assertThat(throughPresidency).as("agreements reached through a pro tempore presidency").isPositive();
	}

	/** Overdue is told by the application's clock: fixed here on an open agreement's due date and the day after. */
	@Test
	void anOpenAgreementIsOverdueFromTheDayAfterItsDueDate() {
		AccountSummary chile = accounts.byUsername("fp-chile").orElseThrow();
		MyAgreements.Line due = mine.page(chile, 0, 100).lines().stream()
			.filter(l -> l.status().isOpen() && l.dueDate() != null)
			.findFirst()
			.orElseThrow();
		assertThat(lineOn(due.dueDate(), chile, due.id()).overdue()).isFalse();
		assertThat(lineOn(due.dueDate().plusDays(1), chile, due.id()).overdue()).isTrue();
		assertThat(lineOn(due.dueDate().minusYears(1), chile, due.id()).overdue()).isFalse();
	}

	/** The agreement's line on the reader's "my actions" page, read at noon of {@code day}. */
	private MyAgreements.Line lineOn(LocalDate day, AccountSummary reader, UUID id) {
		ZoneId zone = ZoneId.systemDefault();
		Clock clock = Clock.fixed(day.atTime(12, 0).atZone(zone).toInstant(), zone);
		return new MyAgreements(jdbc, presidencies, clock, accounts, titles, new ActingPresidency(presidencies, clock))
			.page(reader, 0, 100).lines().stream()
			.filter(l -> l.id().equals(id))
			.findFirst()
			.orElseThrow();
	}

	@Test
	void readsAPageAtATimeWithTheOpenOnesFirst() {
		AccountSummary chile = accounts.byUsername("fp-chile").orElseThrow();
		List<UUID> all = mine.ids(chile);
		assertThat(all).hasSizeGreaterThan(2);
		MyAgreements.Page first = mine.page(chile, 0, 2);
		MyAgreements.Page second = mine.page(chile, 1, 2);
		assertThat(first.lines()).extracting(MyAgreements.Line::id).containsExactlyElementsOf(all.subList(0, 2));
		assertThat(second.lines()).extracting(MyAgreements.Line::id)
			.containsExactlyElementsOf(all.subList(2, Math.min(4, all.size())));
		assertThat(first.more()).isTrue();
		assertThat(first.openCount()).isEqualTo(agreements.mine(chile).stream().filter(a -> a.status().isOpen()).count());
		assertThat(agreements.mine(chile)).extracting(AgreementSummary::id).containsExactlyElementsOf(all);
	}
}
