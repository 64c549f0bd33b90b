package org.puente.agreements;

import java.util.List;

import org.puente.accounts.PublicPaths;
import org.springframework.stereotype.Component;

/**
 * The accountability pages and the register's read API are public; review and follow-up need an account. Any
 * address one step under the register's is public but {@code reviews}, so that {@code /api/v1/agreements/reviews}
 * (the caller's reviews) asks an anonymous caller to sign in (401) instead of reaching the list and being refused
 * as if signed in (403).
 */
@Component
class AgreementPublicPaths implements PublicPaths {

	@Override
	public List<String> patterns() {
		return List.of("/agreements", "/agreements/minutes/**", "/agreements/items/*", "/agreements/export.*",
				"/api/v1/agreements", "/api/v1/agreements/{id:(?!reviews$).+}",
				"/api/v1/agreements/{id:[0-9a-f-]{36}}/progress");
	}
}
