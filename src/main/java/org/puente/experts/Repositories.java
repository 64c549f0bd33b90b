package org.puente.experts;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

// The experts tables, one Spring Data repository each (package-private, so only this module reaches them).

interface ExpertRepository extends JpaRepository<Expert, UUID> {

	List<Expert> findAllByOrderByFullNameAsc();

	@Query("select e from Expert e where lower(e.fullName) = lower(?1) and lower(e.email) = lower(?2)")
	Optional<Expert> findSame(String fullName, String email);
}

interface NominationRoundRepository extends JpaRepository<NominationRound, UUID> {

	List<NominationRound> findAllByOrderByDeadlineDesc();
}

interface NominationRepository extends JpaRepository<Nomination, UUID> {

	List<Nomination> findByRoundIdOrderBySessionAscConferenceAscProposedOnAsc(UUID roundId);

	List<Nomination> findByExpertId(UUID expertId);

	void deleteByExpertId(UUID expertId);
}

interface NominationRefusalRepository extends JpaRepository<NominationRefusal, UUID> {

	List<NominationRefusal> findByRoundIdOrderByRefusedOnAsc(UUID roundId);

	List<NominationRefusal> findByExpertId(UUID expertId);
}

interface ExpertLetterTemplateRepository extends JpaRepository<LetterTemplate, String> {
}
