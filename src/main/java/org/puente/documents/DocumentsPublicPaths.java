package org.puente.documents;

import java.util.List;

import org.puente.accounts.PublicPaths;
import org.springframework.stereotype.Component;

/** The repository's public face; each page filters what the reader may see by confidentiality. */
@Component
class DocumentsPublicPaths implements PublicPaths {

	@Override
	public List<String> patterns() {
		// ids only (hex and dashes), so /documents/new still asks anonymous visitors to sign in
		return List.of("/documents", "/documents/inputs", "/documents/feed.atom", "/documents/{id:[0-9a-f-]+}",
				"/documents/{id:[0-9a-f-]+}/status", "/documents/{id:[0-9a-f-]+}/diff",
				"/documents/{id:[0-9a-f-]+}/versions/{n:[0-9]+}", "/api/v1/documents", "/api/v1/documents/{id:[0-9a-f-]+}",
				"/api/v1/documents/{id:[0-9a-f-]+}/versions/{n:[0-9]+}");
	}
}
