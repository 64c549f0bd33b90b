package org.puente.glossary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.puente.directory.TextFolding;
import org.puente.search.SearchHit;
import org.puente.search.SearchQuery;
import org.puente.search.SearchSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

/** Glossary terms in the one search box, found by their labels and synonyms in any language. */
@Component
class GlossarySearchSource implements SearchSource {

	private final GlossaryCatalogue catalogue;

	GlossarySearchSource(GlossaryCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	@Override
	public String kind() {
		return "term";
	}

	@Override
	@Transactional(readOnly = true)
	public List<SearchHit> search(SearchQuery query) {
		Map<String, SearchHit> hits = new LinkedHashMap<>();
		for (String text : query.allTerms()) {
			if (text.isBlank()) {
				continue;
			}
			for (GlossaryCatalogue.Ranked found : catalogue.search(text)) {
				GlossaryTerm term = found.term();
				if (hits.containsKey(term.getSlug())) {
					continue;
				}
				List<String> names = new ArrayList<>();
				for (String lang : Languages.ALL) {
					if (term.label(lang) != null) {
						names.add(term.label(lang) + " (" + lang + ")");
					}
				}
				String adopted = catalogue.biregional(term.getId())
					.filter(d -> d.getStatus() == BiregionalStatus.ADOPTED)
					.map(d -> d.text(Languages.of(query.locale())))
					.orElse(null);
				String snippet = String.join(" · ", names) + (adopted == null ? "" : " — " + adopted);
				List<String> languages = Languages.ALL.stream().filter(l -> term.label(l) != null).toList();
				hits.put(term.getSlug(), new SearchHit("term", term.getSlug(), null, term.label(query.locale()),
						mark(snippet, query.allTerms()), "/glossary/" + term.getSlug(), null, List.of(), found.rank(),
						Map.of("lang", languages)));
			}
		}
		return hits.values().stream().limit(query.offset() + query.limit()).toList();
	}

	/** Escapes the snippet and wraps each searched word (accents ignored) in {@code <mark>}. */
	static String mark(String snippet, List<String> terms) {
		String folded = TextFolding.fold(snippet);
		boolean[] marked = new boolean[snippet.length()];
		for (String term : terms) {
			for (String word : TextFolding.fold(term).split("[^\\p{L}\\p{N}]+")) {
				if (word.length() < 3) {
					continue;
				}
				Matcher m = Pattern.compile(Pattern.quote(word)).matcher(folded);
				while (m.find()) {
					for (int i = m.start(); i < m.end(); i++) {
						marked[i] = true;
					}
				}
			}
		}
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < snippet.length(); i++) {
			if (marked[i] && (i == 0 || !marked[i - 1])) {
				out.append("<mark>");
			}
			out.append(HtmlUtils.htmlEscape(String.valueOf(snippet.charAt(i))));
			if (marked[i] && (i == snippet.length() - 1 || !marked[i + 1])) {
				out.append("</mark>");
			}
		}
		return out.toString();
	}
}
