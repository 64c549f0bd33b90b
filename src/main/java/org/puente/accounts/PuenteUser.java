package org.puente.accounts;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The signed-in principal: a Spring Security user that remembers its account id (kept in the JDBC session). */
class PuenteUser extends User implements SignedInAccount {

	private static final long serialVersionUID = 1L;

	private final UUID accountId;

	PuenteUser(Account account) {
		super(account.getUsername(), account.getPasswordHash() == null ? "" : account.getPasswordHash(),
				account.isEnabled(), true, true, true, authorities(account));
		this.accountId = account.getId();
	}

	@Override
	public UUID accountId() {
		return accountId;
	}

	static List<GrantedAuthority> authorities(Account account) {
		List<GrantedAuthority> granted = new ArrayList<>();
		granted.add(new SimpleGrantedAuthority(account.getRole().authority()));
		if (account.getProcessCode() != null) {
			granted.add(new SimpleGrantedAuthority("PROCESS_" + account.getProcessCode()));
		}
		if (account.getCountryIso2() != null) {
			granted.add(new SimpleGrantedAuthority("COUNTRY_" + account.getCountryIso2()));
		}
		return granted;
	}
}
