package org.puente.search;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The names of types and facet values in the reader's language: the search bundle's own (types, objectives,
 * languages), or the source's (kinds, thematic sessions), or the value itself (years, processes).
 */
@Component
class SearchLabels {

	private final MessageSource messages;

	private final List<SearchSource> sources;

	SearchLabels(MessageSource messages, List<SearchSource> sources) {
		this.messages = messages;
		this.sources = sources;
	}

	String type(String type, Locale locale) {
		return messages.getMessage("search.type." + type, null, type, locale);
	}

	String facet(SearchFacet facet, String value, Locale locale) {
		return switch (facet) {
			case TYPE -> type(value, locale);
			case OBJECTIVE -> messages.getMessage("search.objective", new Object[] { value }, locale);
			case LANG -> messages.getMessage("search.lang." + value, null, value, locale);
			case KIND, SESSION -> fromSources(facet, value, locale).orElse(value);
			case PROCESS, YEAR -> value;
		};
	}

	private Optional<String> fromSources(SearchFacet facet, String value, Locale locale) {
		return sources.stream()
			.filter(s -> s.facets().contains(facet))
			.map(s -> s.labelKey(facet, value))
			.flatMap(Optional::stream)
			.map(key -> messages.getMessage(key, null, null, locale))
			.filter(label -> label != null)
			.findFirst();
	}
}
