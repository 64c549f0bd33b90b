package org.puente.accounts;

import org.puente.web.KnownIds;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The accounts the administrators' addresses name ({@link KnownIds}, read by accounts' rules): a refused request for
 * an unknown one is a 404 for everyone, a known one is refused (403) or sent to sign in.
 */
@Configuration(proxyBeanMethods = false)
class AccountKnownIds {

	@Bean
	KnownIds accountIds(AccountRepository accounts) {
		return KnownIds.uuids("accounts.notFound", accounts::existsById, "/admin/accounts/{id}");
	}
}
