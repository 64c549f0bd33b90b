package org.puente.accounts;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Repository to manage {@link Account} instances. */
interface AccountRepository extends JpaRepository<Account, UUID> {

	@Query("select a from Account a where lower(a.username) = lower(?1)")
	Optional<Account> findByUsername(String username);

	@Query("select a from Account a where lower(a.email) = lower(?1)")
	Optional<Account> findByEmail(String email);

	Optional<Account> findByCalendarToken(String token);

	List<Account> findAllByOrderByRoleAscUsernameAsc();

	List<Account> findByCountryIso2AndEnabledTrue(String countryIso2);

	List<Account> findByProcessCodeAndRoleAndEnabledTrue(String processCode, Role role);

	List<Account> findByOrganisationCodeAndRoleAndEnabledTrue(String organisationCode, Role role);
}
