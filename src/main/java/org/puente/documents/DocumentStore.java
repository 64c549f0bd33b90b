package org.puente.documents;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.puente.accounts.AccountSummary;
import org.puente.digest.Sha256;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Repository;

/** Reads and writes the document tables with plain SQL (arrays, tsvector and bytea are PostgreSQL's own). */
@Repository
class DocumentStore {

	private final JdbcTemplate jdbc;

	DocumentStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	Optional<DocumentRow> find(UUID id) {
		return jdbc.query("select " + DocumentRow.COLUMNS + " from document d where d.id = ?", DocumentRow::map, id)
			.stream()
			.findFirst();
	}

	/** The documents a reader may see, newest first, narrowed by an optional SQL condition on {@code d}. */
	List<DocumentRow> visible(Optional<AccountSummary> reader, String condition, int limit, Object... args) {
		Object[] all = new Object[args.length + 2];
		all[0] = Confidentiality.sqlArray(reader);
		System.arraycopy(args, 0, all, 1, args.length);
		all[all.length - 1] = limit;
		return jdbc.query("select " + DocumentRow.COLUMNS + " from document d where d.confidentiality = any(?::text[])"
				+ " and d.current_version > 0 and (" + condition + ") order by d.document_date desc, d.created_at desc"
				+ " limit ?", DocumentRow::map, all);
	}

	/**
	 * The newest document this reader may see that holds these bytes in any of its versions, in the same meeting as
	 * {@code meta}, or, for a document of no meeting, among the documents of no meeting of one of its conferences.
	 */
	Optional<DocumentRow> sameFile(Optional<AccountSummary> reader, String sha256, DocumentMetadata meta) {
		String same = "exists (select 1 from document_version v where v.document_id = d.id and v.sha256 = ?) and ";
		String processes = array(meta.processes());
		List<DocumentRow> found = meta.meetingId() != null
				? visible(reader, same + "d.meeting_id = ?", 1, sha256, meta.meetingId())
				: visible(reader, same + "d.meeting_id is null and (cardinality(?::text[]) = 0 or d.processes && ?::text[])",
						1, sha256, processes, processes);
		return found.stream().findFirst();
	}

	void insert(UUID id, DocumentMetadata meta, String actor) {
		jdbc.update("""
				insert into document (id, kind, title_es, title_en, title_pt, title_fr, summary_es, summary_en,
				  summary_pt, summary_fr, language, document_date, confidentiality, processes, thematic_sessions,
				  objectives, meeting_id, workflow_state, created_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::text[], ?::int[], ?::int[], ?, ?, ?)""", id,
				meta.kind().name(), meta.title("es"), meta.title("en"), meta.title("pt"), meta.title("fr"),
				meta.summary("es"), meta.summary("en"), meta.summary("pt"), meta.summary("fr"), meta.language(),
				meta.date(), meta.confidentiality().name(), array(meta.processes()), array(meta.thematicSessions()),
				array(meta.objectives()), meta.meetingId(),
				meta.kind() == DocumentKind.BIREGIONAL_INPUT ? InputState.DRAFT.name() : null, actor);
	}

	/** Changes the metadata if nobody else did since {@code expectedVersion} was read. */
	void changeConfidentiality(UUID id, Confidentiality confidentiality) {
		jdbc.update("update document set confidentiality = ?, updated_at = now(), version = version + 1 where id = ?",
				confidentiality.name(), id);
	}

	void update(UUID id, DocumentMetadata meta, long expectedVersion) {
		int changed = jdbc.update("""
				update document set kind = ?, title_es = ?, title_en = ?, title_pt = ?, title_fr = ?, summary_es = ?,
				  summary_en = ?, summary_pt = ?, summary_fr = ?, language = ?, document_date = ?, confidentiality = ?,
				  processes = ?::text[], thematic_sessions = ?::int[], objectives = ?::int[], meeting_id = ?,
				  workflow_state = case when ? = 'BIREGIONAL_INPUT' then coalesce(workflow_state, 'DRAFT') end,
				  updated_at = now(), version = version + 1
				where id = ? and version = ?""", meta.kind().name(), meta.title("es"), meta.title("en"),
				meta.title("pt"), meta.title("fr"), meta.summary("es"), meta.summary("en"), meta.summary("pt"),
				meta.summary("fr"), meta.language(), meta.date(), meta.confidentiality().name(),
				array(meta.processes()), array(meta.thematicSessions()), array(meta.objectives()), meta.meetingId(),
				meta.kind().name(), id, expectedVersion);
		if (changed == 0) {
			throw new ObjectOptimisticLockingFailureException("document", id);
		}
	}

	/** Adds the next version and returns its number; the row lock on the document serialises two uploads. */
	int addVersion(UUID id, UploadedFile file, String mediaType, String actor, @Nullable String note) {
		Integer number = jdbc.queryForObject("""
				update document set current_version = current_version + 1, updated_at = now(), version = version + 1
				where id = ? returning current_version""", Integer.class, id);
		jdbc.update("""
				insert into document_version (document_id, number, file_name, media_type, size_bytes, sha256, content,
				  uploaded_by, note)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", id, number, file.fileName(), mediaType, file.bytes().length,
				Sha256.hex(file.bytes()), file.bytes(), actor, note);
		return number;
	}

	/**
	 * Removes the version when it is the document's latest and not its first; the document goes back to the one
	 * before, searched by the latest version read before it. Whether it was removed.
	 */
	boolean withdrawLatest(UUID id, int number) {
		int changed = jdbc.update("""
				update document set current_version = current_version - 1, updated_at = now(), version = version + 1,
				  indexed_version = case when indexed_version < ? then indexed_version else (select max(v.number)
				    from document_version v where v.document_id = document.id and v.number < ?
				    and v.extraction_status = 'DONE') end
				where id = ? and current_version = ? and ? > 1""", number, number, id, number, number);
		return changed == 1
				&& jdbc.update("delete from document_version where document_id = ? and number = ?", id, number) == 1;
	}

	List<VersionRow> versions(UUID id) {
		return jdbc.query("select " + VersionRow.COLUMNS + " from document_version v where v.document_id = ?"
				+ " order by v.number desc", VersionRow::map, id);
	}

	Optional<VersionRow> version(UUID id, int number) {
		return jdbc.query("select " + VersionRow.COLUMNS + " from document_version v where v.document_id = ?"
				+ " and v.number = ?", VersionRow::map, id, number).stream().findFirst();
	}

	byte[] content(UUID id, int number) {
		return jdbc.queryForObject("select content from document_version where document_id = ? and number = ?",
				byte[].class, id, number);
	}

	@Nullable String text(UUID id, int number) {
		return jdbc.query("select extracted_text from document_version where document_id = ? and number = ?",
				(rs, i) -> rs.getString(1), id, number).stream().findFirst().orElse(null);
	}

	void setInputState(UUID id, InputState state, @Nullable UUID meetingId, @Nullable String meetingTitle,
			long expectedVersion) {
		int changed = jdbc.update("""
				update document set workflow_state = ?,
				  approved_meeting_id = case when ? = 'APPROVED_IN_PLENARY' then ? else approved_meeting_id end,
				  approved_meeting_title = case when ? = 'APPROVED_IN_PLENARY' then ? else approved_meeting_title end,
				  updated_at = now(), version = version + 1
				where id = ? and version = ?""", state.name(), state.name(), meetingId, state.name(), meetingTitle,
				id, expectedVersion);
		if (changed == 0) {
			throw new ObjectOptimisticLockingFailureException("document", id);
		}
	}

	void addTransition(UUID id, @Nullable InputState from, InputState to, @Nullable UUID meetingId,
			@Nullable String meetingTitle, @Nullable String comment, String actor) {
		jdbc.update("""
				insert into document_transition (document_id, from_state, to_state, meeting_id, meeting_title, comment,
				  actor) values (?, ?, ?, ?, ?, ?, ?)""", id, from == null ? null : from.name(), to.name(), meetingId,
				meetingTitle, comment, actor);
	}

	List<Transition> transitions(UUID id) {
		return jdbc.query("""
				select from_state, to_state, meeting_title, comment, actor, at from document_transition
				where document_id = ? order by at, id""", (rs, i) -> new Transition(
				rs.getString("from_state") == null ? null : InputState.valueOf(rs.getString("from_state")),
				InputState.valueOf(rs.getString("to_state")), rs.getString("meeting_title"), rs.getString("comment"),
				rs.getString("actor"), rs.getTimestamp("at").toInstant()), id);
	}

	void addComment(UUID id, String author, String body) {
		jdbc.update("insert into document_comment (document_id, author, body) values (?, ?, ?)", id, author, body);
	}

	List<Comment> comments(UUID id) {
		return jdbc.query("select author, body, at from document_comment where document_id = ? order by at, id",
				(rs, i) -> new Comment(rs.getString("author"), rs.getString("body"),
						rs.getTimestamp("at").toInstant()), id);
	}

	static String array(List<?> values) {
		return "{" + String.join(",", values.stream().map(v -> "\"" + String.valueOf(v).replace("\"", "") + "\"")
			.toList()) + "}";
	}

	/** One move of an input through its workflow. */
	record Transition(@Nullable InputState from, InputState to, @Nullable String meetingTitle,
			@Nullable String comment, String actor, Instant at) {
	}

	/** A remark on a document by someone who may read it. */
	record Comment(String author, String body, Instant at) {
	}

	static Timestamp timestamp(Instant at) {
		return Timestamp.from(at);
	}
}
