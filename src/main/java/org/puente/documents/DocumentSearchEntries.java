package org.puente.documents;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import java.util.stream.Stream;

import org.puente.i18n.Language;
import org.puente.search.SearchEntries;
import org.puente.search.SearchEntry;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps each document's search entry: its titles and summaries in their languages and the text of its searchable
 * version in the document's language (search folds accents and hyphens and stems each language itself), its
 * metadata as facets and its confidentiality as the audience.
 */
@Component
class DocumentSearchEntries {

	private static final String SELECT = """
			select d.id, d.kind, d.title_es, d.title_en, d.title_pt, d.title_fr, d.summary_es, d.summary_en,
			  d.summary_pt, d.summary_fr, d.language, d.document_date, d.confidentiality, d.processes,
			  d.thematic_sessions, d.objectives, d.indexed_version, left(v.extracted_text, ?) as text
			from document d join document_version v on v.document_id = d.id and v.number = d.indexed_version""";

	private final JdbcTemplate jdbc;

	private final SearchEntries entries;

	DocumentSearchEntries(JdbcTemplate jdbc, SearchEntries entries) {
		this.jdbc = jdbc;
		this.entries = entries;
	}

	/** Makes a version whose text is stored the document's searchable one, and puts the document's entry. */
	void index(UUID documentId, int number) {
		jdbc.update("update document set indexed_version = greatest(coalesce(indexed_version, 0), ?) where id = ?",
				number, documentId);
		reindex(documentId);
	}

	/** Puts the entry again after the metadata changed (nothing while no version is searchable yet). */
	void reindex(UUID documentId) {
		jdbc.query(SELECT + " where d.id = ?", (rs, i) -> entry(rs), SearchEntry.MAX_TEXT, documentId)
			.forEach(entries::put);
	}

	/** Every searchable document's entry, for a rebuild; the caller closes the stream. */
	Stream<SearchEntry> all() {
		return jdbc.queryForStream(SELECT, (rs, i) -> entry(rs), SearchEntry.MAX_TEXT);
	}

	private static SearchEntry entry(ResultSet rs) throws SQLException {
		String id = rs.getString("id");
		String language = rs.getString("language");
		SearchEntry.Builder entry = SearchEntry.builder("document", id, "/documents/" + id)
			.audience(rs.getString("confidentiality"))
			.language(language)
			.kind(rs.getString("kind"))
			.processes(DocumentRow.strings(rs.getArray("processes")))
			.sessions(DocumentRow.ints(rs.getArray("thematic_sessions")))
			.objectives(DocumentRow.ints(rs.getArray("objectives")))
			.date(rs.getObject("document_date", java.time.LocalDate.class))
			.version(rs.getInt("indexed_version"));
		for (String lang : Language.CODES) {
			entry.title(lang, rs.getString("title_" + lang)).text(lang, rs.getString("summary_" + lang));
		}
		return entry.text(language, rs.getString("text")).build();
	}
}
