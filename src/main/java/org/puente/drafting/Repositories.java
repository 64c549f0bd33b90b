package org.puente.drafting;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

// The drafting tables, one Spring Data repository each (package-private, so only this module reaches them).

interface TextRepository extends JpaRepository<DraftText, UUID> {

	List<DraftText> findAllByOrderByThematicSessionAscTitleEsAsc();
}

interface ParagraphRepository extends JpaRepository<DraftParagraph, UUID> {

	List<DraftParagraph> findByTextIdOrderByPosition(UUID textId);
}

interface AmendmentRepository extends JpaRepository<Amendment, UUID> {

	List<Amendment> findByTextIdOrderByCreatedAt(UUID textId);

	/** Each of these texts with how many of its amendments are in that status (a text with none left out). */
	@Query("select a.textId, count(a) from Amendment a where a.textId in :textIds and a.status = :status group by a.textId")
	List<Object[]> countByTextIdInAndStatus(Collection<UUID> textIds, AmendmentStatus status);
}

interface RoundRepository extends JpaRepository<AmendmentRound, UUID> {

	List<AmendmentRound> findByTextIdOrderByClosesAtDesc(UUID textId);

	Optional<AmendmentRound> findFirstByTextIdOrderByClosesAtDesc(UUID textId);

	List<AmendmentRound> findByClosedFalse();

	/** The latest round of each of these texts (the one closing last). */
	@Query("select r from AmendmentRound r where r.textId in :textIds and r.closesAt = "
			+ "(select max(l.closesAt) from AmendmentRound l where l.textId = r.textId)")
	List<AmendmentRound> findLatestByTextIdIn(Collection<UUID> textIds);
}

interface CommentRepository extends JpaRepository<AmendmentComment, UUID> {

	List<AmendmentComment> findByAmendmentIdInOrderByCreatedAt(List<UUID> amendmentIds);
}
