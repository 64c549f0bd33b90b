package org.puente.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The audit log as the administrators' page reads it: one page of entries per filter (sign-ins and sign-outs left out
 * unless asked for), the same entries for the export, and the capabilities. The search looks where the page's words
 * come from — the stored text and actor, the words of actions, kinds and modules in the reader's language, and what
 * each module answers for its names and wordings ({@link AuditWording#matching}) — all in SQL, never by reading the
 * log into memory.
 */
@Component
class AuditLog {

	/** One entry as the page shows it; a folded entry counts {@code foldCount} refusals from {@code at} to {@code foldUntil}. */
	record AuditRow(long id, Instant at, String actor, String action, String capability, String entityType,
			String entityId, String summary, @Nullable String before, @Nullable String after,
			@Nullable Integer foldCount, @Nullable Instant foldUntil, @Nullable String link) {

		AuditRow withWords(String worded, @Nullable String to) {
			return new AuditRow(id, at, actor, action, capability, entityType, entityId, worded, before, after,
					foldCount, foldUntil, to);
		}
	}

	/** The page's filters. */
	record Filter(@Nullable String actor, @Nullable String capability, @Nullable String words,
			@Nullable LocalDate from, @Nullable LocalDate to, boolean signIns) {
	}

	/** The actions hidden unless the reader asks for them: each sign-in is a line and buries the morning's work. */
	private static final List<String> SIGN_INS = List.of(AuditAction.SIGN_IN.name(), AuditAction.SIGN_OUT.name());

	/** A search's records by name, at most so many per kind (a search for "a" names nearly everything). */
	private static final int IDS_PER_MATCH = 1000;

	private final JdbcTemplate jdbc;

	private final AuditSummaries summaries;

	private final MessageSource messages;

	AuditLog(JdbcTemplate jdbc, AuditSummaries summaries, MessageSource messages) {
		this.jdbc = jdbc;
		this.summaries = summaries;
		this.messages = messages;
	}

	/** A page of entries, newest first, with one more than the page size when there is a next page. */
	List<AuditRow> page(Filter filter, Locale locale, int safePage, int pageSize) {
		return rows(filter, locale, pageSize + 1, (long) safePage * pageSize);
	}

	/** The first {@code limit} entries of the filter, newest first, for the export. */
	List<AuditRow> all(Filter filter, Locale locale, int limit) {
		return rows(filter, locale, limit, 0);
	}

	private List<AuditRow> rows(Filter filter, Locale locale, int limit, long offset) {
		StringBuilder where = new StringBuilder(" where true");
		List<Object> args = new ArrayList<>();
		if (!filter.signIns()) {
			where.append(" and action not in (?, ?)");
			args.addAll(SIGN_INS);
		}
		if (present(filter.actor())) {
			where.append(" and actor = ?");
			args.add(filter.actor().strip());
		}
		if (present(filter.capability())) {
			where.append(" and capability = ?");
			args.add(filter.capability().strip());
		}
		if (present(filter.words())) {
			search(filter.words().strip(), locale, where, args);
		}
		if (filter.from() != null) {
			where.append(" and at >= ?");
			args.add(Timestamp.from(filter.from().atStartOfDay(ZoneOffset.UTC).toInstant()));
		}
		if (filter.to() != null) {
			where.append(" and at < ?");
			args.add(Timestamp.from(filter.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
		}
		args.add(limit);
		args.add(offset);
		return jdbc.query("select id, at, actor, action, capability, entity_type, entity_id, summary, "
				+ "before_state::text as before_state, after_state::text as after_state, fold_count, fold_until "
				+ "from audit_entry" + where + " order by at desc, id desc limit ? offset ?", AuditLog::row,
				args.toArray());
	}

	/**
	 * Entries whose page shows {@code words}: in the stored text, the actor or the record's id; in the reader's words
	 * for the action, the kind of record, the module or Puente itself; in what a module says of its entries.
	 */
	private void search(String words, Locale locale, StringBuilder where, List<Object> args) {
		String like = "%" + words.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
		where.append(" and (summary ilike ? or actor ilike ? or entity_id = ?");
		Collections.addAll(args, like, like, words);
		List<String> actions = new ArrayList<>();
		for (AuditAction a : AuditAction.values()) {
			if (says("audit.action." + a.name(), words, locale)) {
				actions.add(a.name());
			}
		}
		in(" or action", actions, where, args);
		List<String> kinds = new ArrayList<>();
		List<String> modules = new ArrayList<>();
		for (AuditedEntity e : AuditedEntity.values()) {
			if (says("audit.entity." + e.storedName(), words, locale)) {
				kinds.add(e.storedName());
			}
			if (!modules.contains(e.capability()) && says("audit.capability." + e.capability(), words, locale)) {
				modules.add(e.capability());
			}
		}
		in(" or entity_type", kinds, where, args);
		in(" or capability", modules, where, args);
		if (says("audit.actor.system", words, locale)) {
			where.append(" or actor = ?");
			args.add(AuditTrail.SYSTEM);
		}
		for (AuditMatch m : summaries.matching(words, locale)) {
			where.append(" or (entity_type = ?");
			args.add(m.entity().storedName());
			if (m.ids() != null) {
				List<String> ids = m.ids().size() > IDS_PER_MATCH ? m.ids().subList(0, IDS_PER_MATCH) : m.ids();
				if (ids.isEmpty()) {
					where.append(" and false");
				}
				else {
					in(" and entity_id", ids, where, args);
				}
			}
			if (m.storedRegex() != null) {
				where.append(" and summary ~ ?");
				args.add(m.storedRegex());
			}
			where.append(")");
		}
		where.append(")");
	}

	private boolean says(String key, String words, Locale locale) {
		String text = messages.getMessage(key, null, null, locale);
		return text != null && AuditText.contains(text, words);
	}

	private static void in(String column, List<String> values, StringBuilder where, List<Object> args) {
		if (!values.isEmpty()) {
			where.append(column).append(" in (").append(String.join(", ", Collections.nCopies(values.size(), "?")))
				.append(")");
			args.addAll(values);
		}
	}

	private static boolean present(@Nullable String value) {
		return value != null && !value.isBlank();
	}

	private static AuditRow row(ResultSet rs, int i) throws SQLException {
		Timestamp until = rs.getTimestamp("fold_until");
		int count = rs.getInt("fold_count");
		boolean counted = !rs.wasNull();
		return new AuditRow(rs.getLong("id"), rs.getTimestamp("at").toInstant(), rs.getString("actor"),
				rs.getString("action"), rs.getString("capability"), rs.getString("entity_type"),
				rs.getString("entity_id"), rs.getString("summary"), rs.getString("before_state"),
				rs.getString("after_state"), counted ? count : null, until == null ? null : until.toInstant(),
				null);
	}

	List<String> capabilities() {
		return jdbc.queryForList("select distinct capability from audit_entry order by 1", String.class);
	}
}
