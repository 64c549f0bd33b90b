package org.puente.directory;

import java.time.LocalDate;
import java.util.UUID;

import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.puente.seeds.DemoData;
import org.puente.seeds.SeedFiles;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo run's people and roles, as the two 2017 seed documents name them: the Viceministra who chaired the
 * 11 May virtual meeting, IOM's regional director, Panamá as the CRM's focal point towards the CSM, the PPTs and
 * troikas of 2017. Loaded once: an existing person or role is never touched again.
 */
@DemoData(20)
class DemoDirectoryLoader implements ApplicationRunner {

	private final PersonRepository people;

	private final OrganisationRepository organisations;

	private final RoleAssignmentRepository roles;

	DemoDirectoryLoader(PersonRepository people, OrganisationRepository organisations,
			RoleAssignmentRepository roles) {
		this.people = people;
		this.organisations = organisations;
		this.roles = roles;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (roles.count() > 0) {
			return;
		}
		for (CSVRecord row : SeedFiles.csv("demo/people.csv")) {
			if (people.findByEmail(row.get("email")).isPresent()) {
				continue;
			}
			Person person = new Person(row.get("full_name"));
			person.describe(new Person.Details(row.get("full_name"), emptyToNull(row.get("title")),
					organisationId(row.get("organisation")), emptyToNull(row.get("country")),
					row.get("languages").replace(' ', ','), row.get("email"), null, null));
			people.save(person);
		}
		people.flush();
		for (CSVRecord row : SeedFiles.csv("demo/roles.csv")) {
			RoleAssignment role = new RoleAssignment(RoleKind.valueOf(row.get("kind")), row.get("process"),
					LocalDate.parse(row.get("starts_on")));
			String personName = emptyToNull(row.get("person"));
			String ends = emptyToNull(row.get("ends_on"));
			role.define(new RoleAssignment.Terms(role.getKind(), role.getProcessCode(), emptyToNull(row.get("country")),
					personName == null ? null : people.findByFullName(personName).map(Person::getId).orElse(null),
					organisationId(row.get("organisation")), emptyToNull(row.get("topic")), emptyToNull(row.get("seat")),
					role.getStartsOn(), ends == null ? null : LocalDate.parse(ends)));
			roles.save(role);
		}
	}

	private @Nullable UUID organisationId(String entityId) {
		if (entityId.isBlank()) {
			return null;
		}
		String code = entityId.substring(entityId.indexOf(':') + 1);
		return organisations.findByCode(code).map(Organisation::getId).orElse(null);
	}

	private static @Nullable String emptyToNull(String value) {
		return value.isBlank() ? null : value;
	}
}
