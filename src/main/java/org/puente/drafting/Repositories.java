package org.puente.drafting;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

// The drafting tables, one Spring Data repository each (package-private, so only this module reaches them).

interface TextRepository extends JpaRepository<DraftText, UUID> {

	List<DraftText> findAllByOrderByThematicSessionAscTitleEsAsc();
}

interface ParagraphRepository extends JpaRepository<DraftParagraph, UUID> {

	List<DraftParagraph> findByTextIdOrderByPosition(UUID textId);
}

interface AmendmentRepository extends JpaRepository<Amendment, UUID> {

	List<Amendment> findByTextIdOrderByCreatedAt(UUID textId);
}

interface RoundRepository extends JpaRepository<AmendmentRound, UUID> {

	List<AmendmentRound> findByTextIdOrderByClosesAtDesc(UUID textId);

	Optional<AmendmentRound> findFirstByTextIdOrderByClosesAtDesc(UUID textId);

	List<AmendmentRound> findByClosedFalse();
}

interface CommentRepository extends JpaRepository<AmendmentComment, UUID> {

	List<AmendmentComment> findByAmendmentIdInOrderByCreatedAt(List<UUID> amendmentIds);
}
