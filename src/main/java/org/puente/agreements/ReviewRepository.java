package org.puente.agreements;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** Repository of {@link Review}s. */
interface ReviewRepository extends JpaRepository<Review, UUID> {

	List<Review> findByStatusOrderByUpdatedAtDesc(ReviewStatus status);

	List<Review> findByStatusOrderByMeetingDateDesc(ReviewStatus status);

	List<Review> findByMeetingIdAndStatus(java.util.UUID meetingId, ReviewStatus status);

	/** Every review of a calendar meeting's minutes, newest first: where a new version's document already is. */
	List<Review> findByMeetingIdOrderByCreatedAtDesc(java.util.UUID meetingId);

	/** The minutes of a day's meetings not discarded, oldest first: where a second upload of the same ones hides. */
	List<Review> findByMeetingDateAndStatusNotOrderByCreatedAt(java.time.LocalDate meetingDate, ReviewStatus status);
}
