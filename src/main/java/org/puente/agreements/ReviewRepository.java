package org.puente.agreements;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** Repository of {@link Review}s. */
interface ReviewRepository extends JpaRepository<Review, UUID> {

	List<Review> findByStatusOrderByUpdatedAtDesc(ReviewStatus status);

	List<Review> findByStatusOrderByMeetingDateDesc(ReviewStatus status);

	List<Review> findByMeetingIdAndStatus(java.util.UUID meetingId, ReviewStatus status);

	/** The minutes of a day's meetings not discarded, oldest first: where a second upload of the same ones hides. */
	List<Review> findByMeetingDateAndStatusNotOrderByCreatedAt(java.time.LocalDate meetingDate, ReviewStatus status);
}
