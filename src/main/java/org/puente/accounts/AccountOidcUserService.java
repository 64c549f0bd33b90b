package org.puente.accounts;

import java.util.UUID;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Single sign-on (OIDC, e.g. Keycloak): the identity provider vouches for an e-mail address, and Puente gives the
 * person the role of its own account with that address. Nobody gets in on the provider's word alone: without an
 * enabled Puente account, sign-in is refused.
 */
@Component
class AccountOidcUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

	private final OidcUserService provider = new OidcUserService();

	private final AccountRepository accounts;

	AccountOidcUserService(AccountRepository accounts) {
		this.accounts = accounts;
	}

	@Override
	@Transactional(readOnly = true)
	public OidcUser loadUser(OidcUserRequest request) {
		OidcUser vouched = provider.loadUser(request);
		String email = vouched.getEmail();
		Account account = email == null ? null
				: accounts.findByEmail(email).filter(Account::isEnabled).orElse(null);
		if (account == null) {
			throw new OAuth2AuthenticationException(new OAuth2Error("unknown_account"),
					"No enabled Puente account has the e-mail " + email);
		}
		return new AccountOidcUser(account, vouched);
	}

	/** An OIDC principal that knows its Puente account, named by the account's username. */
	static final class AccountOidcUser extends DefaultOidcUser implements SignedInAccount {

		private static final long serialVersionUID = 1L;

		private final UUID accountId;

		private final String username;

		AccountOidcUser(Account account, OidcUser vouched) {
			super(PuenteUser.authorities(account), vouched.getIdToken(), vouched.getUserInfo());
			this.accountId = account.getId();
			this.username = account.getUsername();
		}

		@Override
		public UUID accountId() {
			return accountId;
		}

		@Override
		public String getName() {
			return username;
		}
	}
}
