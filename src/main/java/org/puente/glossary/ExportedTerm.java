package org.puente.glossary;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A term as the public exports carry it: labels, synonyms, and the bi-regional definition only once adopted (what
 * is still under discussion stays with the members); in the API also the note its page shows and its version, what a
 * correction sends back (texts21).
 */
record ExportedTerm(String slug, Map<String, String> labels, Map<String, List<String>> synonyms,
		Map<String, String> definitions, @Nullable String status, @Nullable String adoptedAt, @Nullable String note,
		long version) {
}
