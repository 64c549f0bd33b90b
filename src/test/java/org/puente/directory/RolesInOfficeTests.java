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
 * The roles page says "in office" of a role held on its conference's today — the day at its secretariat's seat, the
 * directory's one answer ({@link Presidencies#today}) — not on the server's: at 02:00 UTC on 1 January the CSM's
 * presidency of the year before is still in office in Buenos Aires.
 */
@PuenteTest
class RolesInOfficeTests {

	@Autowired
	ProcessRepository processes;

	@Autowired
	MemberStateRepository members;

	@Autowired
	OrganisationRepository organisations;

	@Autowired
	PersonRepository people;

	@Autowired
	RoleAssignmentRepository roles;

	@Autowired
	DirectoryManagement management;

	@Autowired
	SecretariatSeats seats;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void forgetTheHoldingsRecordedHere() {
		jdbc.update("delete from role_assignment where starts_on >= date '2090-01-01'");
	}

	@Test
	void aRoleIsInOfficeOnItsConferencesDayNotTheServers() {
		UUID uruguay = record("UY", LocalDate.of(2090, 1, 1), LocalDate.of(2090, 12, 31));
		UUID argentina = record("AR", LocalDate.of(2091, 1, 1), LocalDate.of(2091, 12, 31));
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

	private UUID record(String country, LocalDate from, LocalDate until) {
		UUID id = UUID.randomUUID();
		jdbc.update("insert into role_assignment (id, kind, process_code, country_iso2, starts_on, ends_on)"
				+ " values (?, 'PRO_TEMPORE_PRESIDENCY', 'CSM', ?, ?, ?)", id, country, from, until);
		return id;
	}
}
