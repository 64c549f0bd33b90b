package org.puente.experts;

import java.util.List;

import org.puente.accounts.PublicPaths;
import org.springframework.stereotype.Component;

/** The consented experts' public fields are open data; the roster pages are for signed-in members. */
@Component
class ExpertsPublicPaths implements PublicPaths {

	@Override
	public List<String> patterns() {
		return List.of("/api/v1/experts");
	}
}
