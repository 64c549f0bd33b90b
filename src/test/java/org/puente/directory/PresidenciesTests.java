package org.puente.directory;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.ui.ExtendedModelMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The directory's one answer to "who holds the presidency on a date", and who sits in the troika: both ends of a
 * holding included, the later start when two overlap, the day told at the conference's seat, each troika seat as
 * recorded or else from the presidencies before, on and after the day; the directory's roles page asks it too.
 */
@PuenteTest
class PresidenciesTests {

	@Autowired
	Presidencies presidencies;

	@Autowired
	RoleAssignmentRepository roles;

	@Autowired
	SecretariatSeats seats;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ProcessRepository processes;

	@Autowired
	MemberStateRepository members;

	@Autowired
	OrganisationRepository organisations;

	@Autowired
	PersonRepository people;

	@Autowired
	DirectoryManagement management;

	@AfterEach
	void forgetTheHoldingsRecordedHere() {
		jdbc.update("delete from role_assignment where starts_on >= date '2090-01-01'");
	}

	@Test
	void aPresidencyLeftOpenGivesWayToTheNextOnItsFirstDayAndAHoldingCountsItsLastDay() {
		record("CSM", "UY", LocalDate.of(2090, 1, 1), null);
		record("CSM", "AR", LocalDate.of(2091, 1, 1), LocalDate.of(2091, 12, 31));
		assertThat(holder(LocalDate.of(2090, 12, 31))).isEqualTo("UY");
		assertThat(holder(LocalDate.of(2091, 1, 1))).as("the later start, not both").isEqualTo("AR");
		assertThat(holder(LocalDate.of(2091, 12, 31))).as("the last day included").isEqualTo("AR");
		// the directory's page and the agreements ask the same question: "current or latest" starts from it
		assertThat(presidencies.currentOrLatest(RoleKind.PRO_TEMPORE_PRESIDENCY, "CSM", LocalDate.of(2091, 6, 1))
			.map(RoleHolder::countryIso2)).contains("AR");
		assertThat(presidencies.presidencyTerms("AR"))
			.contains(new Presidencies.Term("CSM", LocalDate.of(2091, 1, 1), LocalDate.of(2091, 12, 31)));
		assertThat(presidencies.presidencyTerms("UY"))
			.contains(new Presidencies.Term("CSM", LocalDate.of(2090, 1, 1), LocalDate.of(2090, 12, 31)));
	}

	@Test
	void theTroikaIsEachSeatAsRecordedElseThePresidenciesBeforeOnAndAfterTheDay() {
		// 2017: the three seats the demo records (Honduras, El Salvador, Panamá)
		assertThat(presidencies.troika("CRM", LocalDate.of(2017, 6, 8))).containsExactly(
				new Presidencies.TroikaSeat("outgoing", "HN"), new Presidencies.TroikaSeat("current", "SV"),
				new Presidencies.TroikaSeat("incoming", "PA"));
		// 2018: no seat recorded, Bolivia in office after Chile, nobody recorded after it
		assertThat(presidencies.troika("CSM", LocalDate.of(2018, 6, 1))).containsExactly(
				new Presidencies.TroikaSeat("outgoing", "CL"), new Presidencies.TroikaSeat("current", "BO"));
		// Panamá sits in the CRM's troika from its incoming seat of 2017 to the end of its presidency of 2018
		assertThat(presidencies.troikaTerms("PA"))
			.contains(new Presidencies.Term("CRM", LocalDate.of(2017, 1, 1), LocalDate.of(2018, 12, 31)));
	}

	@Test
	void theDayIsTheConferencesAtItsSecretariatsSeat() {
		// 3:00 UTC on 1 January 2027: midnight in Buenos Aires (the CSM's seat), still 31 December in San José
		Clock clock = Clock.fixed(Instant.parse("2027-01-01T03:00:00Z"), ZoneOffset.UTC);
		Presidencies at = new Presidencies(roles, seats, clock);
		assertThat(at.today("CRM")).isEqualTo(LocalDate.of(2026, 12, 31));
		assertThat(at.today("CSM")).isEqualTo(LocalDate.of(2027, 1, 1));
	}

	/**
	 * The roles page says "in office" of a role held on its conference's today, this class's answer, not on the
	 * server's: at 02:00 UTC on 1 January the CSM's presidency of the year before is still in office in Buenos Aires.
	 */
	@Test
	void theRolesPageSaysInOfficeOnTheConferencesDayNotTheServers() {
		UUID uruguay = record("CSM", "UY", LocalDate.of(2090, 1, 1), LocalDate.of(2090, 12, 31));
		UUID argentina = record("CSM", "AR", LocalDate.of(2091, 1, 1), LocalDate.of(2091, 12, 31));
		// 1 January 2091 on a server in UTC; 31 December 2090, 23:00, at the CSM's seat (Buenos Aires, UTC−3)
		Clock server = Clock.fixed(Instant.parse("2091-01-01T02:00:00Z"), ZoneOffset.UTC);
		Directory directory = new Directory(processes, members, organisations, people, roles, management,
				new Presidencies(roles, seats, server));
		ExtendedModelMap model = new ExtendedModelMap();
		new DirectoryController(directory).roles("CSM", model);
		@SuppressWarnings("unchecked")
		Set<UUID> inOffice = (Set<UUID>) model.get("inOffice");
		assertThat(inOffice).as("Uruguay's presidency, still in office in Buenos Aires").contains(uruguay)
			.as("Argentina's, from tomorrow there").doesNotContain(argentina);
	}

	private String holder(LocalDate day) {
		return presidencies.holder(RoleKind.PRO_TEMPORE_PRESIDENCY, "CSM", day).map(RoleHolder::countryIso2)
			.orElse("none");
	}

	private UUID record(String conference, String country, LocalDate from, LocalDate until) {
		UUID id = UUID.randomUUID();
		jdbc.update("insert into role_assignment (id, kind, process_code, country_iso2, starts_on, ends_on)"
				+ " values (?, 'PRO_TEMPORE_PRESIDENCY', ?, ?, ?, ?)", id, conference, country, from, until);
		return id;
	}
}
