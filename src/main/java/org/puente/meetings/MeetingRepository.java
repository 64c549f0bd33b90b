package org.puente.meetings;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * Repository to manage {@link Meeting} instances. Reads made for a person take the visibilities they may see
 * ({@link MeetingPolicy#visibleTo}) so that reserved meetings are never read for the public.
 */
interface MeetingRepository extends JpaRepository<Meeting, UUID> {

	Optional<Meeting> findByUid(String uid);

	/** Every meeting in calendar order, for the module's own work (the places it knows); never for a page. */
	@Query("select m from Meeting m order by m.dates.startDate, m.dates.startsAt, m.id")
	List<Meeting> findAllByOrderByStartDateAscStartsAtAsc();

	@Query("select m from Meeting m where m.visibility in :visible order by m.dates.startDate, m.dates.startsAt, m.id")
	List<Meeting> visibleTo(Collection<MeetingVisibility> visible);

	@Query("select m from Meeting m where m.id = :id and m.visibility in :visible")
	Optional<Meeting> findVisible(UUID id, Collection<MeetingVisibility> visible);

	@Query("select m from Meeting m where m.dates.endDate >= :from and m.dates.startDate <= :to and m.visibility in :visible"
			+ " order by m.dates.startDate, m.dates.startsAt, m.id")
	List<Meeting> overlapping(LocalDate from, LocalDate to, Collection<MeetingVisibility> visible);

	@Query("select m from Meeting m where m.hostMeetingId = :host and m.visibility in :visible"
			+ " order by m.dates.startDate, m.dates.startsAt, m.id")
	List<Meeting> hostedBy(UUID host, Collection<MeetingVisibility> visible);

	@Query("select m from Meeting m where m.dates.endDate >= :from and m.status <> org.puente.meetings.MeetingStatus.CANCELLED"
			+ " and m.visibility in :visible order by m.dates.startDate, m.dates.startsAt, m.id")
	List<Meeting> upcoming(LocalDate from, Collection<MeetingVisibility> visible, Pageable page);

	@Query("select m from Meeting m where m.dates.startDate <= :to"
			+ " and m.visibility = org.puente.meetings.MeetingVisibility.PUBLIC order by m.dates.startDate desc, m.dates.startsAt desc, m.id desc")
	List<Meeting> latestPublic(LocalDate to, Pageable page);

	boolean existsByTitleEs(String titleEs);
}
