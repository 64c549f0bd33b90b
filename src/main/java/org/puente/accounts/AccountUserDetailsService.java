package org.puente.accounts;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads accounts for form and HTTP Basic sign-in (throttled by {@link ThrottledSignIn}, never locked). */
@Service
class AccountUserDetailsService implements UserDetailsService {

	private final AccountRepository accounts;

	AccountUserDetailsService(AccountRepository accounts) {
		this.accounts = accounts;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		Account account = accounts.findByUsername(username.strip())
			.or(() -> accounts.findByEmail(username.strip()))
			.orElseThrow(() -> new UsernameNotFoundException(username));
		return new PuenteUser(account);
	}
}
