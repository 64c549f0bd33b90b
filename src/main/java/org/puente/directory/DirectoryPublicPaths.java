package org.puente.directory;

import java.util.List;

import org.puente.accounts.PublicPaths;
import org.springframework.stereotype.Component;

/** The directory's public face: conferences, member states, organisations and who holds which role. */
@Component
class DirectoryPublicPaths implements PublicPaths {

	@Override
	public List<String> patterns() {
		// people (names, e-mails) are for signed-in members only
		return List.of("/directory", "/directory/roles", "/directory/gazetteer", "/api/v1/directory/processes",
				"/api/v1/directory/organisations", "/api/v1/directory/roles", "/api/v1/directory/gazetteer/**");
	}
}
