package org.puente.documents;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Builds the full-text vector of a version in its document's language: titles weigh A, summaries B, the text C,
 * all accent-free. Hyphenated words are also indexed joined ("extra-regionales" → "extraregionales") so that a
 * query written either way finds them. Also feeds the word list that "did you mean" suggestions come from.
 */
@Component
class SearchIndex {

	/** Enough text for any real document; keeps every vector well under PostgreSQL's 1 MB tsvector limit. */
	static final int INDEXED_CHARS = 400_000;

	private static final Pattern HYPHENATED = Pattern.compile("\\p{L}+(?:[-‐‑]\\p{L}+)+");

	static final String CONFIGURATION = """
			(case d.language when 'es' then 'spanish' when 'en' then 'english' when 'pt' then 'portuguese'
			 when 'fr' then 'french' else 'simple' end)::regconfig""";

	private final JdbcTemplate jdbc;

	SearchIndex(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Indexes one version whose text is stored, and makes it the document's searchable version. */
	void index(UUID documentId, int number) {
		String text = jdbc.queryForObject("""
				select coalesce(d.title_es, '') || ' ' || coalesce(d.title_en, '') || ' ' || coalesce(d.title_pt, '')
				  || ' ' || coalesce(d.title_fr, '') || ' ' || coalesce(d.summary_es, '') || ' '
				  || coalesce(d.summary_en, '') || ' ' || coalesce(d.summary_pt, '') || ' ' || coalesce(d.summary_fr, '')
				  || ' ' || left(coalesce(v.extracted_text, ''), ?)
				from document d join document_version v on v.document_id = d.id
				where d.id = ? and v.number = ?""", String.class, INDEXED_CHARS, documentId, number);
		jdbc.update("""
				update document_version v set search_vector =
				  setweight(to_tsvector(%1$s, puente_unaccent(coalesce(d.title_es, '') || ' ' || coalesce(d.title_en, '')
				    || ' ' || coalesce(d.title_pt, '') || ' ' || coalesce(d.title_fr, ''))), 'A')
				  || setweight(to_tsvector(%1$s, puente_unaccent(coalesce(d.summary_es, '') || ' '
				    || coalesce(d.summary_en, '') || ' ' || coalesce(d.summary_pt, '') || ' '
				    || coalesce(d.summary_fr, ''))), 'B')
				  || setweight(to_tsvector(%1$s, puente_unaccent(left(coalesce(v.extracted_text, ''), ?) || ' ' || ?)), 'C')
				from document d
				where d.id = v.document_id and v.document_id = ? and v.number = ?""".formatted(CONFIGURATION),
				INDEXED_CHARS, joinedHyphens(text), documentId, number);
		jdbc.update("""
				update document set indexed_version = greatest(coalesce(indexed_version, 0), ?) where id = ?""",
				number, documentId);
		jdbc.update("""
				insert into document_word (word, level)
				select distinct w, (select case confidentiality when 'PUBLIC' then 0 when 'CONFERENCES' then 1 else 2 end
				                    from document where id = ?)
				from regexp_split_to_table(lower(puente_unaccent(? || ' ' || ?)), '[^[:alpha:]]+') w
				where length(w) between 4 and 40
				on conflict do nothing""", documentId, text, joinedHyphens(text));
	}

	/** Rebuilds the vector of the searchable version after the titles or summaries changed. */
	void reindex(UUID documentId) {
		jdbc.query("select indexed_version from document where id = ? and indexed_version is not null",
				(rs, i) -> rs.getInt(1), documentId).forEach(number -> index(documentId, number));
	}

	/** Each hyphenated word once more, without its hyphens. */
	static String joinedHyphens(String text) {
		Set<String> joined = new LinkedHashSet<>();
		Matcher m = HYPHENATED.matcher(text);
		while (m.find()) {
			joined.add(m.group().replaceAll("[-‐‑]", ""));
		}
		return String.join(" ", joined);
	}
}
