package org.puente.agreements;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** Repository of {@link Agreement}s. Filtering happens in memory: a register holds tens of items a year. */
interface AgreementRepository extends JpaRepository<Agreement, UUID> {

	List<Agreement> findAllByOrderByMeetingDateDescPositionAsc();

	List<Agreement> findByReviewIdOrderByPosition(UUID reviewId);
}
