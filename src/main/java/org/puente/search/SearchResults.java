package org.puente.search;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One page of results, ranked together whatever their type, with counts that are exact up to
 * {@link SearchQuery#COUNT_BOUND} and "more than" it beyond, the facets of what was found (of the best results,
 * beyond the bound), the glossary's
 * equivalents that were also searched, and a spelling correction when one helped.
 * @param text the query as understood (the corrected one when {@code correctedFrom} is set)
 * @param correctedFrom what the person typed, when nothing matched it and the results are for {@code text}
 * @param truncated whether the search took longer than its time limit and shows what it had found by then (the
 *        total is then a lower bound)
 */
record SearchResults(String text, Count total, List<Hit> hits, List<Facet> facets, List<Name> alsoSearched,
		@Nullable String didYouMean, @Nullable String correctedFrom, int page, SearchFilters filters,
		boolean truncated) {

	/**
	 * A count, exact or a lower bound: the total is then "more than" the bound, and a facet value's count is how
	 * many of the best {@link SearchQuery#COUNT_BOUND} results have it ("at least" that many).
	 */
	record Count(long value, boolean exact) {

		/** As search engines say it: {@code eq} for exact, {@code gte} for at least. */
		public String relation() {
			return exact ? "eq" : "gte";
		}
	}

	/** A name also searched (a glossary term's, in another language): its words and their language's code. */
	record Name(String text, String language) {
	}

	/** A kind of result within its type (a document's or a meeting's kind): its code and its name. */
	record Kind(String code, String label) {
	}

	/**
	 * A result. {@code titleLanguage} and {@code snippetLanguage} say what language the title and the snippet are
	 * written in (a Portuguese text found by a Spanish word is marked {@code lang="pt"}, and the reader is told);
	 * {@code matched} are the words marked in the snippet, once each: why the result was found; {@code titleHtml} the
	 * title with its words in the entry's own language marked ({@link org.puente.i18n.TextLanguage#framedTitle}).
	 */
	record Hit(String type, String typeLabel, String id, @Nullable Integer version, String title, String snippet,
			String url, @Nullable LocalDate date, List<String> processes, @Nullable Kind kind,
			@Nullable String titleLanguage, @Nullable String snippetLanguage, List<String> matched, String titleHtml) {

		/** At most this many words say why a result was found. */
		static final int MATCHED = 6;

		private static final java.util.regex.Pattern MARKED = java.util.regex.Pattern.compile("<mark>(.*?)</mark>");

		/** The marked words of an escaped snippet, as written, each once (case aside). */
		static List<String> marked(String snippet) {
			java.util.Map<String, String> words = new java.util.LinkedHashMap<>();
			java.util.regex.Matcher m = MARKED.matcher(snippet);
			while (m.find() && words.size() < MATCHED) {
				String word = org.springframework.web.util.HtmlUtils.htmlUnescape(m.group(1));
				words.putIfAbsent(word.toLowerCase(java.util.Locale.ROOT), word);
			}
			return List.copyOf(words.values());
		}
	}

	record Facet(SearchFacet facet, List<FacetValue> values) {

		public String parameter() {
			return facet.parameter();
		}
	}

	record FacetValue(String value, String label, Count count, boolean chosen) {
	}

	public int pages() {
		long value = Math.max(1, total.value());
		return (int) Math.min(SearchQuery.MAX_PAGE, (value + SearchQuery.PAGE_SIZE - 1) / SearchQuery.PAGE_SIZE);
	}

	public boolean hasNext() {
		return page < pages();
	}

	public boolean hasPrevious() {
		return page > 1;
	}

	/** The address of another page of the same search, filters kept. */
	public String link(int toPage) {
		var uri = org.springframework.web.util.UriComponentsBuilder.fromPath("/search").queryParam("q", text);
		filters.asParameters().forEach((facet, values) -> values.forEach(v -> uri.queryParam(facet, v)));
		return uri.queryParam("page", toPage).encode().build().toUriString();
	}
}
