package org.puente.practices;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

// The practices tables, one Spring Data repository each (package-private, so only this module reaches them).

interface PracticeRepository extends JpaRepository<Practice, UUID> {

	List<Practice> findByStatus(PracticeStatus status);
}

interface RankingRepository extends JpaRepository<Ranking, UUID> {

	List<Ranking> findByThematicSessionOrderByCountry(int thematicSession);

	Optional<Ranking> findByThematicSessionAndCountry(int thematicSession, String country);
}
