package org.puente.directory;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** Repository to manage {@link RoleAssignment} instances. */
interface RoleAssignmentRepository extends JpaRepository<RoleAssignment, UUID> {

	List<RoleAssignment> findByProcessCodeOrderByKindAscStartsOnDesc(String processCode);

	List<RoleAssignment> findAllByOrderByProcessCodeAscKindAscStartsOnDesc();

	List<RoleAssignment> findByPersonId(UUID personId);

	List<RoleAssignment> findByCountryIso2(String iso2);

	List<RoleAssignment> findByKindAndCountryIso2OrderByProcessCodeAscStartsOnDesc(RoleKind kind, String iso2);
}
