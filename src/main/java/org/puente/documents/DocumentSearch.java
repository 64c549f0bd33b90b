package org.puente.documents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.puente.search.SearchCounts;
import org.puente.search.SearchHit;
import org.puente.search.SearchQuery;
import org.puente.search.SearchSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Documents in the one search box, with PostgreSQL full-text search. The query is parsed by
 * {@code websearch_to_tsquery} in all four languages at once (OR'ed), so a Spanish query finds Spanish documents
 * whatever the reader's interface language; accents and hyphens are folded on both sides; titles also match by
 * trigram similarity, so a typo in a title still finds it. Only documents the reader may see are ever counted,
 * ranked or suggested from.
 */
@Component
class DocumentSearch implements SearchSource {

	private static final Pattern HYPHEN = Pattern.compile("(\\p{L})[-‐‑](?=\\p{L})");

	private static final Pattern WORD = Pattern.compile("\\p{L}{4,}");

	/**
	 * The query as every configuration reads it, plus its accent-free plain form for trigram matching. Titles are
	 * matched by trigram similarity only when full-text search finds almost nothing (a typo), which keeps the common
	 * case on the GIN index alone. {@code %%s} is the rank expression (none when only counting) and the filters.
	 */
	private static final String QUERY = """
			with parsed as (
			  select websearch_to_tsquery('spanish', t) as es, websearch_to_tsquery('english', t) as en,
			         websearch_to_tsquery('portuguese', t) as pt, websearch_to_tsquery('french', t) as fr,
			         websearch_to_tsquery('simple', t) as simple, lower(t) as plain
			  from (select puente_unaccent(?) as t) raw
			),
			q as (select *, es || en || pt || fr || simple as tsq from parsed),
			fts as materialized (
			  select v.document_id as id, v.number, d.document_date, d.language
			  from q, document_version v join document d on d.id = v.document_id and d.indexed_version = v.number
			  where v.search_vector @@ q.tsq and d.confidentiality = any(?::text[]) %2$s
			),
			matched as (
			  -- ranking reads each whole vector, so it is bounded to the most recent matches; counts stay exact
			  select f.id, %1$s as rank
			  from (select * from fts order by document_date desc limit %3$d) f
			  join document_version v on v.document_id = f.id and v.number = f.number, q
			  union all
			  select d.id, word_similarity(q.plain, d.title_search) * 0.05
			  from q, document d
			  where (select count(*) from fts) < 3 and q.plain <%% d.title_search and d.current_version > 0
			    and d.confidentiality = any(?::text[]) %2$s
			),
			hits as (
			  select d.*, max(m.rank) as rank
			  from matched m join document d on d.id = m.id
			  group by d.id
			)
			""";

	/** How many matches are ranked at most (the most recent ones); see {@code bench/search}. */
	static final int RANK_WINDOW = 2_000;

	private final JdbcTemplate jdbc;

	DocumentSearch(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String kind() {
		return "document";
	}

	@Override
	public List<SearchHit> search(SearchQuery query) {
		Statement statement = searchStatement(query);
		return jdbc.query(statement.sql(), (rs, i) -> hit(rs, query.locale()), statement.args());
	}

	/** A statement and its bound values (also used by the search benchmark to explain its plans). */
	record Statement(String sql, Object[] args) {
	}

	Statement searchStatement(SearchQuery query) {
		List<Object> args = new ArrayList<>();
		String filters = filters(query, args);
		// ranked with the query as the document's own language reads it: a fifth of the terms, same order
		String sql = QUERY.formatted("""
				ts_rank_cd(v.search_vector, case f.language when 'es' then q.es when 'en' then q.en when 'pt' then q.pt
				  when 'fr' then q.fr else q.simple end, 1)""", filters, RANK_WINDOW) + """
				select h.id, h.kind, h.title_es, h.title_en, h.title_pt, h.title_fr, h.language, h.document_date,
				  h.processes, h.thematic_sessions, h.objectives, h.indexed_version, h.current_version, h.rank,
				  ts_headline(%s,
				    replace(replace(replace(coalesce(nullif(left(v.extracted_text, 20000), ''),
				      coalesce(h.summary_es, h.summary_en, h.summary_pt, h.summary_fr, ''), ''),
				      '&', '&amp;'), '<', '&lt;'), '>', '&gt;'),
				    websearch_to_tsquery(%1$s, puente_unaccent(?)) || websearch_to_tsquery('documents_simple', puente_unaccent(?)),
				    'StartSel=<mark>, StopSel=</mark>, MaxFragments=2, MaxWords=28, MinWords=10, FragmentDelimiter=" … "')
				    as snippet
				from hits h left join document_version v on v.document_id = h.id and v.number = h.indexed_version
				order by h.rank desc, h.document_date desc, h.id
				offset ? limit ?""".formatted(HEADLINE_CONFIGURATION);
		List<Object> all = prefix(query, args);
		all.add(normalise(query.allTerms()));
		all.add(normalise(query.allTerms()));
		all.add(query.offset());
		all.add(query.limit());
		return new Statement(sql, all.toArray());
	}

	static final String HEADLINE_CONFIGURATION = """
			(case h.language when 'es' then 'documents_es' when 'en' then 'documents_en' when 'pt' then 'documents_pt'
			 when 'fr' then 'documents_fr' else 'documents_simple' end)::regconfig""";

	@Override
	public SearchCounts count(SearchQuery query) {
		Statement statement = countStatement(query);
		long[] total = { 0 };
		Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
		jdbc.query(statement.sql(), rs -> {
			if ("total".equals(rs.getString("facet"))) {
				total[0] = rs.getLong("n");
			}
			else {
				facets.computeIfAbsent(rs.getString("facet"), f -> new LinkedHashMap<>())
					.put(rs.getString("value"), rs.getLong("n"));
			}
		}, statement.args());
		if (total[0] > 0) {
			facets.put("type", Map.of(kind(), total[0]));
		}
		return new SearchCounts(total[0], facets);
	}

	Statement countStatement(SearchQuery query) {
		List<Object> args = new ArrayList<>();
		String filters = filters(query, args);
		String sql = QUERY.formatted("0.0", filters, 0) + """
				, counted as (select d.* from document d
				  join (select id from fts union select id from matched) m on m.id = d.id)
				select 'total' as facet, '' as value, count(*) as n from counted
				union all select 'kind', kind, count(*) from counted group by kind
				union all select 'process', p, count(*) from counted, unnest(processes) p group by p
				union all select 'session', s::text, count(*) from counted, unnest(thematic_sessions) s group by s
				union all select 'objective', o::text, count(*) from counted, unnest(objectives) o group by o
				union all select 'year', extract(year from document_date)::int::text, count(*) from counted group by 2
				union all select 'lang', language, count(*) from counted group by language""";
		return new Statement(sql, prefix(query, args).toArray());
	}

	/** Replaces each word the documents (visible to this reader) do not contain by the closest one they do. */
	@Override
	public Optional<String> suggestion(SearchQuery query) {
		int level = Confidentiality.level(query.reader());
		String text = query.text();
		Matcher m = WORD.matcher(text);
		StringBuilder corrected = new StringBuilder();
		boolean changed = false;
		while (m.find()) {
			String word = m.group();
			String folded = jdbc.queryForObject("select lower(puente_unaccent(?))", String.class, word);
			Boolean known = jdbc.queryForObject(
					"select exists(select 1 from document_word where word = ? and level <= ?)", Boolean.class, folded,
					level);
			String replacement = word;
			if (!Boolean.TRUE.equals(known)) {
				replacement = jdbc.query("""
						select word from document_word
						where word %% ? and level <= ? and similarity(word, ?) > 0.4
						order by similarity(word, ?) desc, word limit 1""".replace("%%", "%"),
						(rs, i) -> rs.getString(1), folded, level, folded, folded).stream().findFirst().orElse(word);
				changed |= !replacement.equals(word);
			}
			m.appendReplacement(corrected, Matcher.quoteReplacement(replacement));
		}
		m.appendTail(corrected);
		return changed ? Optional.of(corrected.toString()) : Optional.empty();
	}

	/** The values bound in {@link #QUERY}: the text, then visibility and filters for each branch. */
	private static List<Object> prefix(SearchQuery query, List<Object> filterArgs) {
		List<Object> all = new ArrayList<>();
		all.add(normalise(query.allTerms()));
		all.add(Confidentiality.sqlArray(query.reader()));
		all.addAll(filterArgs);
		all.add(Confidentiality.sqlArray(query.reader()));
		all.addAll(filterArgs);
		return all;
	}

	/** The facet filters as SQL conditions on the document (values bound as parameters, never spliced). */
	private static String filters(SearchQuery query, List<Object> args) {
		StringBuilder sql = new StringBuilder();
		Map<String, List<String>> filters = query.filters();
		for (String kind : filters.getOrDefault("kind", List.of())) {
			sql.append(" and d.kind = ?");
			args.add(kind);
		}
		for (String process : filters.getOrDefault("process", List.of())) {
			sql.append(" and ? = any(d.processes)");
			args.add(process);
		}
		for (String session : filters.getOrDefault("session", List.of())) {
			sql.append(" and ? = any(d.thematic_sessions)");
			args.add(Integer.parseInt(session));
		}
		for (String objective : filters.getOrDefault("objective", List.of())) {
			sql.append(" and ? = any(d.objectives)");
			args.add(Integer.parseInt(objective));
		}
		for (String year : filters.getOrDefault("year", List.of())) {
			sql.append(" and extract(year from d.document_date) = ?");
			args.add(Integer.parseInt(year));
		}
		for (String lang : filters.getOrDefault("lang", List.of())) {
			sql.append(" and d.language = ?");
			args.add(lang);
		}
		for (String type : filters.getOrDefault("type", List.of())) {
			if (!"document".equals(type)) {
				sql.append(" and false");
			}
		}
		return sql.toString();
	}

	/** All terms as one websearch query (alternatives OR'ed), hyphenated words joined as the index has them. */
	static String normalise(List<String> terms) {
		List<String> parts = new ArrayList<>();
		for (String term : terms) {
			String t = term.replaceAll("\\p{Cntrl}", " ").strip();
			if (!t.isEmpty()) {
				parts.add(HYPHEN.matcher(t).replaceAll("$1"));
			}
		}
		return String.join(" or ", parts);
	}

	private static SearchHit hit(java.sql.ResultSet rs, Locale locale) throws java.sql.SQLException {
		Map<String, String> titles = new HashMap<>();
		for (String lang : Multilingual.LANGUAGES) {
			String t = rs.getString("title_" + lang);
			if (t != null) {
				titles.put(lang, t);
			}
		}
		String language = rs.getString("language");
		LocalDate date = rs.getObject("document_date", LocalDate.class);
		List<String> processes = DocumentRow.strings(rs.getArray("processes"));
		Map<String, List<String>> facets = new LinkedHashMap<>();
		facets.put("type", List.of("document"));
		facets.put("kind", List.of(rs.getString("kind")));
		facets.put("process", processes);
		facets.put("session", DocumentRow.ints(rs.getArray("thematic_sessions")).stream().map(String::valueOf).toList());
		facets.put("objective", DocumentRow.ints(rs.getArray("objectives")).stream().map(String::valueOf).toList());
		facets.put("year", List.of(String.valueOf(date.getYear())));
		facets.put("lang", List.of(language));
		int version = rs.getObject("indexed_version") == null ? rs.getInt("current_version") : rs.getInt("indexed_version");
		String id = rs.getString("id");
		return new SearchHit("document", id, version, Multilingual.pick(titles, locale.getLanguage(), language),
				rs.getString("snippet"), "/documents/" + id, date, processes, rs.getDouble("rank"), facets);
	}
}
