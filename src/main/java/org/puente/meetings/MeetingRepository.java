package org.puente.meetings;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Repository to manage {@link Meeting} instances. */
interface MeetingRepository extends JpaRepository<Meeting, UUID> {

	Optional<Meeting> findByUid(String uid);

	List<Meeting> findAllByOrderByStartDateAscStartsAtAsc();

	@Query("select m from Meeting m where m.endDate >= :from and m.startDate <= :to order by m.startDate, m.startsAt")
	List<Meeting> overlapping(LocalDate from, LocalDate to);

	@Query("select m from Meeting m where m.endDate >= :from and m.status <> org.puente.meetings.MeetingStatus.CANCELLED"
			+ " and m.visibility = org.puente.meetings.MeetingVisibility.PUBLIC order by m.startDate, m.startsAt")
	List<Meeting> upcomingPublic(LocalDate from, org.springframework.data.domain.Pageable page);

	@Query("select m from Meeting m where m.endDate >= :from and m.status <> org.puente.meetings.MeetingStatus.CANCELLED"
			+ " order by m.startDate, m.startsAt")
	List<Meeting> upcomingAll(LocalDate from, org.springframework.data.domain.Pageable page);

	@Query("select m from Meeting m where m.startDate <= :to"
			+ " and m.visibility = org.puente.meetings.MeetingVisibility.PUBLIC order by m.startDate desc, m.startsAt desc")
	List<Meeting> latestPublic(LocalDate to, org.springframework.data.domain.Pageable page);

	boolean existsByTitleEs(String titleEs);
}
