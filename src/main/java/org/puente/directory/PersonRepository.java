package org.puente.directory;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Repository to manage {@link Person} instances. */
interface PersonRepository extends JpaRepository<Person, UUID> {

	@Query("select p from Person p where lower(p.email) = lower(?1)")
	Optional<Person> findByEmail(String email);

	List<Person> findByOrganisationIdOrderByFullName(UUID organisationId);

	List<Person> findByCountryIso2OrderByFullName(String iso2);

	List<Person> findAllByOrderByFullName();

	Optional<Person> findByFullName(String fullName);
}
