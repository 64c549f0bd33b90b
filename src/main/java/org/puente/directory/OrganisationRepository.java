package org.puente.directory;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** Repository to manage {@link Organisation} instances. */
interface OrganisationRepository extends JpaRepository<Organisation, UUID> {

	Optional<Organisation> findByCode(String code);
}
