package org.puente.drafting;

import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Keeps every wording of every paragraph, by revision. */
@Component
class ParagraphHistory {

	private final JdbcClient jdbc;

	ParagraphHistory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Records the paragraph's current wording (call after it changed and was saved). */
	void record(DraftParagraph paragraph) {
		jdbc.sql("""
				insert into drafting_paragraph_revision (paragraph_id, revision, body) values (?, ?, ?)
				on conflict do nothing""")
			.params(paragraph.getId(), paragraph.getRevision(), paragraph.getBody())
			.update();
	}

	Optional<String> wordingAt(UUID paragraphId, int revision) {
		return jdbc.sql("select body from drafting_paragraph_revision where paragraph_id = ? and revision = ?")
			.params(paragraphId, revision)
			.query(String.class)
			.optional();
	}
}
