package org.puente.glossary;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** Repository of {@link BiregionalDefinition}s, one per term at most. */
interface BiregionalDefinitionRepository extends JpaRepository<BiregionalDefinition, UUID> {
}
