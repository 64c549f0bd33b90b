package org.puente.audit;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The audit log as the administrators' page reads it: one page of entries per filter (sign-ins and sign-outs left out
 * unless asked for), and the capabilities.
 */
@Component
class AuditLog {

	/** One entry as the page shows it. */
	record AuditRow(long id, java.time.Instant at, String actor, String action, String capability, String entityType,
			String entityId, String summary, @Nullable String before, @Nullable String after) {

		AuditRow withSummary(String worded) {
			return new AuditRow(id, at, actor, action, capability, entityType, entityId, worded, before, after);
		}
	}

	/** The actions hidden unless the reader asks for them: each sign-in is a line and buries the morning's work. */
	private static final List<String> SIGN_INS = List.of(AuditAction.SIGN_IN.name(), AuditAction.SIGN_OUT.name());

	private final JdbcTemplate jdbc;

	AuditLog(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** A page of entries, newest first, with one more than the page size when there is a next page. */
	List<AuditRow> page(@Nullable String actor, @Nullable String capability, @Nullable String entity,
			@Nullable LocalDate from, @Nullable LocalDate to, boolean signIns, int safePage, int pageSize) {
		StringBuilder where = new StringBuilder(" where true");
		List<Object> args = new ArrayList<>();
		if (!signIns) {
			where.append(" and action not in (?, ?)");
			args.addAll(SIGN_INS);
		}
		if (actor != null && !actor.isBlank()) {
			where.append(" and actor = ?");
			args.add(actor.strip());
		}
		if (capability != null && !capability.isBlank()) {
			where.append(" and capability = ?");
			args.add(capability.strip());
		}
		if (entity != null && !entity.isBlank()) {
			where.append(" and (entity_id = ? or summary ilike ?)");
			args.add(entity.strip());
			args.add("%" + entity.strip() + "%");
		}
		if (from != null) {
			where.append(" and at >= ?");
			args.add(java.sql.Timestamp.from(from.atStartOfDay(ZoneOffset.UTC).toInstant()));
		}
		if (to != null) {
			where.append(" and at < ?");
			args.add(java.sql.Timestamp.from(to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
		}
		List<Object> pageArgs = new ArrayList<>(args);
		pageArgs.add(pageSize + 1);
		pageArgs.add(safePage * pageSize);
		return jdbc.query("select id, at, actor, action, capability, entity_type, entity_id, summary, "
				+ "before_state::text as before_state, after_state::text as after_state from audit_entry" + where
				+ " order by at desc, id desc limit ? offset ?",
				(rs, i) -> new AuditRow(rs.getLong("id"), rs.getTimestamp("at").toInstant(), rs.getString("actor"),
						rs.getString("action"), rs.getString("capability"), rs.getString("entity_type"),
						rs.getString("entity_id"), rs.getString("summary"), rs.getString("before_state"),
						rs.getString("after_state")),
				pageArgs.toArray());
	}

	List<String> capabilities() {
		return jdbc.queryForList("select distinct capability from audit_entry order by 1", String.class);
	}
}
