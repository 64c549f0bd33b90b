package org.puente.audit;

import org.jspecify.annotations.Nullable;

/**
 * What the audit trail writes for one change: the kind of change, the record changed, a one-line summary, the state
 * before and after (plain records or maps, stored as JSON for the page's comparison), and whether the public may see
 * it among "what changed recently". Built with a named start ({@link #created}, {@link #updated}…) and the
 * {@code before}/{@code after}/{@code inPublic}/{@code by} steps, so nobody counts positional arguments.
 */
public record AuditedChange(AuditAction action, AuditedEntity entity, String entityId, String summary,
		@Nullable Object before, @Nullable Object after, boolean publicEntry, @Nullable String actor,
		@Nullable String foldKey) {

	public static AuditedChange of(AuditAction action, AuditedEntity entity, Object entityId, String summary) {
		return new AuditedChange(action, entity, String.valueOf(entityId), summary, null, null, false, null, null);
	}

	public static AuditedChange created(AuditedEntity entity, Object entityId, String summary) {
		return of(AuditAction.CREATE, entity, entityId, summary);
	}

	public static AuditedChange updated(AuditedEntity entity, Object entityId, String summary) {
		return of(AuditAction.UPDATE, entity, entityId, summary);
	}

	/** A step in the record's life (submitted, approved, cancelled…). */
	public static AuditedChange transition(AuditedEntity entity, Object entityId, String summary) {
		return of(AuditAction.TRANSITION, entity, entityId, summary);
	}

	public static AuditedChange deleted(AuditedEntity entity, Object entityId, String summary) {
		return of(AuditAction.DELETE, entity, entityId, summary);
	}

	/** Created the first time, updated afterwards. */
	public static AuditedChange saved(boolean first, AuditedEntity entity, Object entityId, String summary) {
		return of(first ? AuditAction.CREATE : AuditAction.UPDATE, entity, entityId, summary);
	}

	public AuditedChange before(@Nullable Object state) {
		return new AuditedChange(action, entity, entityId, summary, state, after, publicEntry, actor, foldKey);
	}

	public AuditedChange after(@Nullable Object state) {
		return new AuditedChange(action, entity, entityId, summary, before, state, publicEntry, actor, foldKey);
	}

	/** Whether the public may see this change ("what changed recently"); members only unless said so. */
	public AuditedChange inPublic(boolean shown) {
		return new AuditedChange(action, entity, entityId, summary, before, after, shown, actor, foldKey);
	}

	/**
	 * Made by {@code name}, though nobody is signed in: a failed sign-in is the typed account name's, not Puente's.
	 * Unless said so, the actor is the signed-in account (or Puente itself).
	 */
	public AuditedChange by(String name) {
		return new AuditedChange(action, entity, entityId, summary, before, after, publicEntry, name, foldKey);
	}

	/**
	 * Counted with the entries of the same {@code key} (one account from one address) once there are many: the first
	 * few are written one by one, then one entry per window says how many there were and between when
	 * ({@link AuditTrail}), so that a script repeating it cannot flood the log.
	 */
	public AuditedChange foldedBy(String key) {
		return new AuditedChange(action, entity, entityId, summary, before, after, publicEntry, actor, key);
	}
}
