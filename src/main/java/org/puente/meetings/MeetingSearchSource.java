package org.puente.meetings;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.puente.search.SearchHit;
import org.puente.search.SearchQuery;
import org.puente.search.SearchSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/** Meetings in the one search box: titles in four languages, agenda and city, accent-folded. */
@Component
class MeetingSearchSource implements SearchSource {

	private static final String DOCUMENT = """
			to_tsvector('simple', puente_unaccent(coalesce(title_es, '') || ' ' || coalesce(title_en, '') || ' ' ||
			coalesce(title_pt, '') || ' ' || coalesce(title_fr, '') || ' ' || coalesce(agenda, '') || ' ' ||
			coalesce(city, '')))""";

	private final JdbcTemplate jdbc;

	MeetingSearchSource(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String kind() {
		return "meeting";
	}

	@Override
	public List<SearchHit> search(SearchQuery query) {
		String terms = String.join(" | ", query.allTerms()
			.stream()
			.filter(t -> !t.isBlank())
			.map(t -> "(" + t + ")")
			.toList());
		if (terms.isBlank()) {
			return List.of();
		}
		boolean member = Meetings.readsReserved(query.reader());
		String lang = query.locale().getLanguage();
		String title = switch (lang) {
			case "en" -> "coalesce(title_en, title_es)";
			case "pt" -> "coalesce(title_pt, title_es)";
			case "fr" -> "coalesce(title_fr, title_es)";
			default -> "title_es";
		};
		// websearch_to_tsquery per term, joined by OR: what was typed and the glossary's equivalents
		String sql = """
				with q as (select %s as query)
				select id, %s as title, start_date, processes, kind,
				       ts_rank(%s, q.query) as rank,
				       ts_headline('simple', coalesce(agenda, %s), q.query,
				                   'StartSel=[[[, StopSel=]]], MaxWords=30, MinWords=10') as snippet
				from meeting, q
				where %s @@ q.query and (visibility = 'PUBLIC' or ?)
				order by rank desc, start_date desc limit ?"""
			.formatted(tsQuery(query.allTerms().size()), title, DOCUMENT, title, DOCUMENT);
		List<Object> args = new ArrayList<>(query.allTerms().stream().map(t -> (Object) t).toList());
		args.add(member);
		args.add(query.offset() + query.limit());
		return jdbc.query(sql, (rs, i) -> {
			UUID id = rs.getObject("id", UUID.class);
			List<String> processes = List.copyOf(new CodeSetConverter().convertToEntityAttribute(rs.getString(
					"processes")));
			String snippet = HtmlUtils.htmlEscape(rs.getString("snippet")).replace("[[[", "<mark>").replace("]]]",
					"</mark>");
			var start = rs.getObject("start_date", java.time.LocalDate.class);
			return new SearchHit("meeting", id.toString(), null, rs.getString("title"), snippet, "/meetings/" + id,
					start, processes, rs.getDouble("rank"), Map.of("process", processes, "kind",
							List.of(rs.getString("kind")), "year", List.of(String.valueOf(start.getYear()))));
		}, args.toArray());
	}

	private static String tsQuery(int terms) {
		List<String> parts = new ArrayList<>();
		for (int i = 0; i < terms; i++) {
			parts.add("websearch_to_tsquery('simple', puente_unaccent(?))");
		}
		return String.join(" || ", parts);
	}

	static Set<String> kinds() {
		return Set.of("meeting");
	}
}
