package org.puente.search;

import java.util.List;

import org.puente.accounts.PublicPaths;
import org.springframework.stereotype.Component;

/** Anyone may search; each source filters what the reader may see. */
@Component
class SearchPublicPaths implements PublicPaths {

	@Override
	public List<String> patterns() {
		return List.of("/search", "/api/v1/search");
	}
}
