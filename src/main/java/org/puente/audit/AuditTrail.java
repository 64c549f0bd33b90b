package org.puente.audit;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;

/**
 * Records every change made through Puente. Callers pass the state before and after as plain objects (records or
 * maps); they are stored as JSON so that the page can show a before/after comparison.
 */
@Service
public class AuditTrail {

	private final JdbcTemplate jdbc;

	private final ObjectMapper json;

	AuditTrail(JdbcTemplate jdbc, ObjectMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/**
	 * Writes one entry inside the caller's transaction, so the entry exists exactly when the change does.
	 * @param publicEntry whether the change may be shown to the public ("what changed recently")
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(AuditAction action, AuditedEntity entity, Object entityId, String summary,
			@Nullable Object before, @Nullable Object after, boolean publicEntry) {
		jdbc.update("""
				insert into audit_entry (actor, action, capability, entity_type, entity_id, summary, before_state,
				                         after_state, public_entry)
				values (?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb), ?)""", currentActor(), action.name(),
				entity.capability(), entity.storedName(), String.valueOf(entityId), summary, toJson(before),
				toJson(after), publicEntry);
	}

	/** The latest public changes, newest first, for the home page and the portal. */
	public List<AuditSummary> recentPublicChanges(int limit) {
		return jdbc.query("""
				select at, action, entity_type, entity_id, summary from audit_entry
				where public_entry order by at desc, id desc limit ?""",
				(rs, i) -> new AuditSummary(rs.getTimestamp("at").toInstant(), AuditAction.valueOf(rs.getString(
						"action")), AuditedEntity.ofStoredName(rs.getString("entity_type")).orElse(null),
						rs.getString("entity_id"),
						rs.getString("summary")),
				limit);
	}

	private @Nullable String toJson(@Nullable Object state) {
		return state == null ? null : json.writeValueAsString(state);
	}

	static String currentActor() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		return auth == null || !auth.isAuthenticated() ? "system" : auth.getName();
	}

	/** One line of the public change list. */
	public record AuditSummary(Instant at, AuditAction action, @Nullable AuditedEntity entity, String entityId,
			String summary) {
	}
}
