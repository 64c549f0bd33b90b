package org.puente.audit;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BiFunction;

import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;

/**
 * Records every change made through Puente: the modules publish past-tense events ({@link AuditableEvent}) and the
 * trail writes each one's {@link AuditedChange}, with the state before and after stored as JSON so that the page can
 * show a before/after comparison. Only the trail writes entries (ArchitectureRulesTests).
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
	 * Writes the entry of a module's event inside the publisher's transaction, so the entry exists exactly when the
	 * change does: a change rolled back leaves no entry, and an entry that cannot be written rolls the change back.
	 */
	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(AuditableEvent event) {
		record(event.audited());
	}

	/** How many entries of one fold key within {@link #FOLD_PERIOD} are written one by one before they are counted. */
	static final int FOLD_AFTER = 5;

	/** The period over which the first {@link #FOLD_AFTER} entries of a key are written one by one. */
	static final Duration FOLD_PERIOD = Duration.ofHours(1);

	/** The span one counting entry covers: a new one starts when its first is older than this. */
	static final Duration FOLD_WINDOW = Duration.ofMinutes(5);

	private void record(AuditedChange change) {
		if (change.foldKey() != null && counted(change.foldKey())) {
			return;
		}
		boolean counting = change.foldKey() != null && many(change.foldKey());
		jdbc.update("""
				insert into audit_entry (actor, action, capability, entity_type, entity_id, summary, before_state,
				                         after_state, public_entry, fold_key, fold_count, fold_until)
				values (?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb), ?, ?, ?, ?)""",
				change.actor() != null ? change.actor() : currentActor(),
				change.action().name(), change.entity().capability(), change.entity().storedName(), change.entityId(),
				change.summary(), toJson(change.before()), toJson(change.after()), change.publicEntry(),
				change.foldKey(), counting ? 1 : null, counting ? Timestamp.from(Instant.now()) : null);
	}

	/**
	 * Counts this change in its key's counting entry of the current window, if there is one. One statement, so two
	 * requests counting at once both count.
	 */
	private boolean counted(String key) {
		return jdbc.update("""
				update audit_entry set fold_count = fold_count + 1, fold_until = now()
				where fold_key = ? and fold_count is not null and at > ?""", key,
				Timestamp.from(Instant.now().minus(FOLD_WINDOW))) > 0;
	}

	/** Whether this key already has its first entries written one by one within the period. */
	private boolean many(String key) {
		Integer written = jdbc.queryForObject("select count(*) from audit_entry where fold_key = ? and at > ?",
				Integer.class, key, Timestamp.from(Instant.now().minus(FOLD_PERIOD)));
		return written != null && written >= FOLD_AFTER;
	}

	/** The latest public changes, newest first, for the home page and the portal. */
	public List<AuditSummary> recentPublicChanges(int limit) {
		return jdbc.query("""
				select id, at, action, entity_type, entity_id, summary from audit_entry
				where public_entry order by at desc, id desc limit ?""",
				(rs, i) -> new AuditSummary(rs.getLong("id"), rs.getTimestamp("at").toInstant(),
						AuditAction.valueOf(rs.getString("action")),
						AuditedEntity.ofStoredName(rs.getString("entity_type")).orElse(null), rs.getString("entity_id"),
						rs.getString("summary"), null),
				limit);
	}

	/**
	 * Who changed a record last and when, as the trail has them, both null when it has no entry for it: what a form
	 * overtaken by that change shows beside the stored values (web.EditConflict), built by {@code as}.
	 */
	public <T> T lastChange(AuditedEntity entity, Object id, BiFunction<@Nullable String, @Nullable Instant, T> as) {
		return jdbc.query("""
				select actor, at from audit_entry where entity_type = ? and entity_id = ?
				order by at desc, id desc limit 1""",
				(rs, i) -> as.apply(rs.getString("actor"), rs.getTimestamp("at").toInstant()),
				entity.storedName(), String.valueOf(id)).stream().findFirst()
			.orElseGet(() -> as.apply(null, null));
	}

	private @Nullable String toJson(@Nullable Object state) {
		return state == null ? null : json.writeValueAsString(state);
	}

	/** The actor of what Puente does by itself (seeds, scheduled work); pages name it in the reader's language. */
	public static final String SYSTEM = "system";

	static String currentActor() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		return auth == null || !auth.isAuthenticated() ? SYSTEM : auth.getName();
	}

	/** One line of the public change list ({@code id} the entry's). */
	public record AuditSummary(long id, Instant at, AuditAction action, @Nullable AuditedEntity entity,
			String entityId, String summary, @Nullable String language) {

		/**
		 * The same line naming its record otherwise (its current name, {@link AuditNaming}), written in
		 * {@code language} where that is known (a stored summary's is not).
		 */
		public AuditSummary named(String name, @Nullable String language) {
			return new AuditSummary(id, at, action, entity, entityId, name, language);
		}
	}
}
