package org.puente.directory;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** Repository to read {@link MemberState} instances. */
interface MemberStateRepository extends JpaRepository<MemberState, MemberState.Key> {

	List<MemberState> findByProcessCode(String processCode);

	List<MemberState> findByIso2(String iso2);
}
