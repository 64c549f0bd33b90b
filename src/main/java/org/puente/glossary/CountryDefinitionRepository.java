package org.puente.glossary;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** Repository of {@link CountryDefinition}s. */
interface CountryDefinitionRepository extends JpaRepository<CountryDefinition, UUID> {

	List<CountryDefinition> findByTermIdOrderByCountryIso2(UUID termId);

	Optional<CountryDefinition> findByAnswerId(UUID answerId);

	List<CountryDefinition> findAllByOrderByTermIdAscCountryIso2Asc();
}
