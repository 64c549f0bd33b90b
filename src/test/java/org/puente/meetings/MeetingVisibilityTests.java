package org.puente.meetings;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.puente.WebTestSupport;
import org.puente.accounts.AccountSummary;
import org.puente.accounts.Accounts;
import org.puente.directory.Conference;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Reserved meetings are left out by the database query itself, and each reader still sees exactly what the former
 * in-memory check let through: the public, an observer, a focal point and a secretariat.
 */
@PuenteTest
class MeetingVisibilityTests extends WebTestSupport {

	private static final List<String> READERS = List.of("", "observer-oim", "fp-chile", "st-crm");

	@Autowired
	Meetings door;

	@Autowired
	MeetingRepository repository;

	@Autowired
	MeetingManagement management;

	@Autowired
	Accounts accounts;

	@Autowired
	TransactionTemplate transactions;

	private Optional<AccountSummary> reader(String username) {
		return username.isEmpty() ? Optional.empty() : accounts.byUsername(username);
	}

	/** What the pages read before the check moved into the query: every meeting, filtered in memory. */
	private List<UUID> everyMeetingFilteredInMemory(Optional<AccountSummary> reader) {
		boolean member = MeetingPolicy.readsReserved(reader);
		return repository.findAllByOrderByStartDateAscStartsAtAsc()
			.stream()
			.filter(m -> m.getVisibility() == MeetingVisibility.PUBLIC || member)
			.map(Meeting::getId)
			.toList();
	}

	private UUID schedule(String title, LocalDate start, MeetingVisibility visibility, UUID host) {
		return transactions.execute(tx -> {
			Meeting m = new Meeting(title, MeetingKind.WORKING_MEETING, MeetingDates.days(start, start));
			m.setProcesses(Set.of(Conference.CRM));
			m.setVisibility(visibility);
			m.hostedBy(host, null);
			return management.record(m);
		});
	}

	@Test
	void readsForEachRoleTheSameMeetingsAsTheInMemoryCheckDid() {
		LocalDate day = LocalDate.now().plusDays(40);
		UUID host = schedule("Plenaria anfitriona de la prueba de visibilidad", day, MeetingVisibility.PUBLIC, null);
		UUID open = schedule("Reunión pública al margen (visibilidad)", day, MeetingVisibility.PUBLIC, host);
		UUID reserved = schedule("Reunión reservada al margen (visibilidad)", day, MeetingVisibility.RESERVED, host);

		for (String username : READERS) {
			Optional<AccountSummary> reader = reader(username);
			boolean member = !username.isEmpty();
			assertThat(MeetingPolicy.readsReserved(reader)).as(username).isEqualTo(member);
			List<UUID> expected = everyMeetingFilteredInMemory(reader);
			transactions.executeWithoutResult(tx -> {
				assertThat(door.calendar(MeetingFilter.NONE, reader)).as(username)
					.extracting(Meeting::getId)
					.containsExactlyElementsOf(expected);
				assertThat(door.overlapping(day, day, MeetingFilter.NONE, reader)).as(username)
					.extracting(Meeting::getId)
					.containsExactlyElementsOf(expected.stream()
						.filter(id -> repository.overlapping(day, day, Set.of(MeetingVisibility.values()))
							.stream()
							.anyMatch(m -> m.getId().equals(id)))
						.toList());
				assertThat(door.hostedBy(host, reader)).as(username)
					.extracting(MeetingSummary::id)
					// both on the same day: their order is the identifiers', not the order they were scheduled in
					.containsExactlyInAnyOrderElementsOf(member ? List.of(open, reserved) : List.of(open));
				assertThat(door.visible(reserved, reader)).as(username).isEqualTo(member
						? repository.findById(reserved) : Optional.empty());
				assertThat(door.upcoming(500, reader)).as(username)
					.extracting(MeetingSummary::id)
					.containsExactlyElementsOf(repository.upcoming(LocalDate.now(), Set.of(MeetingVisibility.values()),
							PageRequest.of(0, 500))
						.stream()
						.map(Meeting::getId)
						.filter(expected::contains)
						.limit(500)
						.toList());
			});
		}
	}

	@Test
	void answersAReservedMeetingToAccountsOnlyOnEveryPageAndFeed() throws Exception {
		LocalDate day = LocalDate.now().plusDays(41);
		UUID reserved = schedule("Reunión reservada de la prueba de páginas", day, MeetingVisibility.RESERVED, null);
		for (String username : READERS) {
			int expected = username.isEmpty() ? 404 : 200;
			for (String page : List.of("/meetings/" + reserved, "/meetings/" + reserved + ".ics",
					"/api/v1/meetings/" + reserved)) {
				var request = get(page);
				if (!username.isEmpty()) {
					request = request.with(as(username));
				}
				mvc.perform(request).andExpect(status().is(expected));
			}
			var list = get("/api/v1/meetings").param("from", day.toString()).param("to", day.toString());
			String json = mvc.perform(username.isEmpty() ? list : list.with(as(username)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(json.contains(reserved.toString())).as(username).isEqualTo(!username.isEmpty());
		}
	}
}
