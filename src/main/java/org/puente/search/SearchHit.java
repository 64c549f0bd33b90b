package org.puente.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One result, whatever it is (document, meeting, agreement, glossary term). {@code snippet} is HTML-safe text in
 * which the matched words are wrapped in {@code <mark>} (the source escapes everything else). {@code facets} are
 * the values this hit contributes to each facet (process, kind, thematic session, objective, year, language).
 */
public record SearchHit(String kind, String id, @Nullable Integer version, String title, String snippet, String url,
		@Nullable LocalDate date, List<String> processes, double rank, Map<String, List<String>> facets) {
}
