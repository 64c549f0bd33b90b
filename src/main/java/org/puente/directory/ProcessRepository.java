package org.puente.directory;

import org.springframework.data.jpa.repository.JpaRepository;

/** Repository to read {@link ConferenceProcess} instances. */
interface ProcessRepository extends JpaRepository<ConferenceProcess, String> {
}
