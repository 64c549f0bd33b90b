package org.puente.meetings;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** A meeting's history, read from the audit log (read only: the log belongs to the audit capability). */
@Component
class MeetingHistory {

	private final JdbcTemplate jdbc;

	MeetingHistory(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** One change: who, when, what kind, and the states before and after as JSON. */
	record Entry(Instant at, String actor, String action, String summary, @Nullable String before,
			@Nullable String after) {
	}

	List<Entry> of(UUID meetingId) {
		return jdbc.query("""
				select at, actor, action, summary, before_state::text as b, after_state::text as a from audit_entry
				where entity_type = ? and entity_id = ? order by at desc, id desc""",
				(rs, i) -> new Entry(rs.getTimestamp("at").toInstant(), rs.getString("actor"), rs.getString("action"),
						rs.getString("summary"), rs.getString("b"), rs.getString("a")),
				org.puente.audit.AuditedEntity.MEETING.storedName(), meetingId.toString());
	}
}
