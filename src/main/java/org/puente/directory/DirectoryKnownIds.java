package org.puente.directory;

import org.puente.web.KnownIds;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The organisations, people and roles the addresses name ({@link KnownIds}, read by accounts' rules): a refused
 * request for an unknown one is a 404 for everyone, a known one is refused (403) or sent to sign in.
 */
@Configuration(proxyBeanMethods = false)
class DirectoryKnownIds {

	@Bean
	KnownIds organisationIds(OrganisationRepository organisations) {
		return KnownIds.uuids("directory.organisations.notFound", organisations::existsById,
				"/directory/organisations/{id}");
	}

	@Bean
	KnownIds personIds(PersonRepository people) {
		return KnownIds.uuids("directory.people.notFound", people::existsById, "/directory/people/{id}",
				"/api/v1/directory/people/{id}");
	}

	@Bean
	KnownIds roleIds(RoleAssignmentRepository roles) {
		return KnownIds.uuids("directory.roles.notFound", roles::existsById, "/directory/roles/{id}");
	}
}
