package org.puente.agreements;

import java.util.List;

import org.puente.accounts.PublicPaths;
import org.springframework.stereotype.Component;

/** The accountability pages and the register's read API are public; review and follow-up need an account. */
@Component
class AgreementPublicPaths implements PublicPaths {

	@Override
	public List<String> patterns() {
		return List.of("/agreements", "/agreements/minutes/**", "/agreements/items/*", "/agreements/export.*",
				"/api/v1/agreements", "/api/v1/agreements/*");
	}
}
