package org.puente.practices;

import java.util.List;

import org.puente.accounts.PublicPaths;
import org.springframework.stereotype.Component;

/** Accepted practices, the joint rankings and the compiled document are public; drafts are filtered by the pages. */
@Component
class PracticesPublicPaths implements PublicPaths {

	@Override
	public List<String> patterns() {
		return List.of("/practices", "/practices/{id:[0-9a-f-]{36}}", "/practices/ranking", "/practices/compilation",
				"/practices/export.*",
				"/api/v1/practices", "/api/v1/practices/ranking",
				"/api/v1/practices/{id:[0-9a-f-]{36}}");
	}
}
