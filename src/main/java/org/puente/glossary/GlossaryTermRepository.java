package org.puente.glossary;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** Repository of {@link GlossaryTerm}s. */
interface GlossaryTermRepository extends JpaRepository<GlossaryTerm, UUID> {

	Optional<GlossaryTerm> findBySlug(String slug);

	boolean existsBySlug(String slug);

	List<GlossaryTerm> findAllByOrderBySlug();
}
