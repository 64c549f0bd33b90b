package org.puente.documents;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.puente.accounts.AccountSummary;
import org.puente.search.SearchEntry;
import org.puente.search.SearchFacet;
import org.puente.search.SearchSource;
import org.springframework.stereotype.Component;

/** Documents in the one search box: every facet applies to them; readers see the confidentiality levels open to them. */
@Component
class DocumentSearchSource extends SearchSource {

	private final DocumentSearchEntries index;

	DocumentSearchSource(DocumentSearchEntries index) {
		super("document", Set.of(SearchFacet.KIND, SearchFacet.PROCESS, SearchFacet.SESSION,
				SearchFacet.OBJECTIVE, SearchFacet.YEAR, SearchFacet.LANG));
		this.index = index;
	}

	@Override
	public Set<String> audiences(Optional<AccountSummary> reader) {
		return Confidentiality.visibleTo(reader).stream().map(Enum::name).collect(Collectors.toSet());
	}

	@Override
	public Stream<SearchEntry> entries() {
		return index.all();
	}

	@Override
	public Optional<String> labelKey(SearchFacet facet, String value) {
		return switch (facet) {
			case KIND -> Optional.of("documents.kind." + value);
			case SESSION -> Optional.of("documents.session." + value);
			default -> Optional.empty();
		};
	}
}
