package org.puente.agreements;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.puente.search.SearchHit;
import org.puente.search.SearchQuery;
import org.puente.search.SearchSource;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/** Confirmed agreements in the one search box. The register is public, so every reader sees every hit. */
@Component
class AgreementSearchSource implements SearchSource {

	private static final String DOCUMENT = "to_tsvector('simple', puente_unaccent(coalesce(theme, '') || ' ' || text))";

	private final JdbcClient jdbc;

	private final MessageSource messages;

	AgreementSearchSource(JdbcClient jdbc, MessageSource messages) {
		this.jdbc = jdbc;
		this.messages = messages;
	}

	@Override
	public String kind() {
		return "agreement";
	}

	@Override
	public List<SearchHit> search(SearchQuery query) {
		List<String> terms = query.allTerms().stream().filter(t -> !t.isBlank()).toList();
		if (terms.isEmpty()) {
			return List.of();
		}
		String tsquery = String.join(" || ", terms.stream().map(t -> "plainto_tsquery('simple', puente_unaccent(?))")
			.toList());
		List<Object> params = new ArrayList<>(terms);
		params.add(query.offset() + query.limit());
		List<String> processes = query.filters().getOrDefault("process", List.of());
		return jdbc.sql("select id, number, meeting_title, meeting_date, processes, theme, text, version, ts_rank("
				+ DOCUMENT + ", q) as rank from agreement, (select " + tsquery + " as q) query where " + DOCUMENT
				+ " @@ q order by rank desc, meeting_date desc limit ?")
			.params(params)
			.query((rs, n) -> {
				String number = rs.getString("number");
				String text = rs.getString("text");
				LocaleTitle title = new LocaleTitle(number, rs.getString("meeting_title"));
				List<String> procs = Arrays.asList(rs.getString("processes").split(" "));
				var date = rs.getDate("meeting_date").toLocalDate();
				return new SearchHit(kind(), rs.getObject("id", UUID.class).toString(), (int) rs.getLong("version"),
						title.render(messages, query.locale()), snippet(text, terms),
						"/agreements/items/" + rs.getObject("id", UUID.class), date, procs, rs.getDouble("rank"),
						Map.of("process", procs, "year",
								List.of(String.valueOf(date.getYear()))));
			})
			.list()
			.stream()
			.filter(h -> processes.isEmpty() || h.processes().stream().anyMatch(processes::contains))
			.toList();
	}

	/** "Acuerdo 9 — meeting", in the reader's language. */
	private record LocaleTitle(String number, String meeting) {

		String render(MessageSource messages, Locale locale) {
			return messages.getMessage("agreements.search.title", new Object[] { number, meeting }, locale);
		}
	}

	/** A window of the text around the first matched word, escaped, with the matched words in {@code <mark>}. */
	static String snippet(String text, List<String> terms) {
		String folded = fold(text);
		List<String> words = terms.stream().flatMap(t -> Arrays.stream(fold(t).split("\\W+")))
			.filter(w -> w.length() > 1).toList();
		int first = words.stream().mapToInt(folded::indexOf).filter(i -> i >= 0).min().orElse(0);
		int from = Math.max(0, first - 80);
		int to = Math.min(text.length(), first + 160);
		StringBuilder out = new StringBuilder(from > 0 ? "… " : "");
		int at = from;
		while (at < to) {
			int next = -1;
			String word = null;
			for (String w : words) {
				int i = folded.indexOf(w, at);
				if (i >= 0 && i < to && (next < 0 || i < next)) {
					next = i;
					word = w;
				}
			}
			if (next < 0) {
				break;
			}
			out.append(HtmlUtils.htmlEscape(text.substring(at, next))).append("<mark>")
				.append(HtmlUtils.htmlEscape(text.substring(next, Math.min(to, next + word.length())))).append("</mark>");
			at = Math.min(to, next + word.length());
		}
		out.append(HtmlUtils.htmlEscape(text.substring(at, to)));
		return to < text.length() ? out.append(" …").toString() : out.toString();
	}

	/** Lower case without accents, one character for one, so positions match the original text. */
	private static String fold(String s) {
		StringBuilder out = new StringBuilder(s.length());
		for (int i = 0; i < s.length(); i++) {
			String d = Normalizer.normalize(String.valueOf(s.charAt(i)), Normalizer.Form.NFD);
			out.append(Character.toLowerCase(d.charAt(0)));
		}
		return out.toString();
	}
}
