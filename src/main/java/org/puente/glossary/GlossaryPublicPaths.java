package org.puente.glossary;

import java.util.List;

import org.puente.accounts.PublicPaths;
import org.springframework.stereotype.Component;

/** The glossary is public: its terms, the adopted definitions and the exports (the pages filter the rest). */
@Component
class GlossaryPublicPaths implements PublicPaths {

	@Override
	public List<String> patterns() {
		return List.of("/glossary", "/glossary.ttl", "/glossary.tbx", "/glossary.csv", "/glossary/export.*", "/glossary/{slug}",
				"/glossary/terms/{id:[0-9a-f-]{36}}", "/api/v1/glossary/terms", "/api/v1/glossary/terms/*");
	}
}
