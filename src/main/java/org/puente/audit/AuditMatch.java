package org.puente.audit;

import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Entries a search finds, as a module says them: of one kind of record, those of the records {@code ids} (their
 * name matched) or those whose stored summary matches {@code storedRegex} (a PostgreSQL regular expression: the
 * words of their wording matched); both null means every entry of that kind.
 */
public record AuditMatch(AuditedEntity entity, @Nullable List<String> ids, @Nullable String storedRegex) {

	/** The entries of these records (their name contains the words). */
	public static AuditMatch named(AuditedEntity entity, Collection<String> ids) {
		return new AuditMatch(entity, List.copyOf(ids), null);
	}

	/** The entries whose stored summary matches the whole of {@code regex} (their wording contains the words). */
	public static AuditMatch worded(AuditedEntity entity, String regex) {
		return new AuditMatch(entity, null, "^(?:" + regex + ")$");
	}

	/**
	 * The entries whose stored summary matches {@code regex} with {@code %s} standing for one of {@code codes} (an
	 * alternation "PA|PE"); none when there is no code.
	 */
	public static List<AuditMatch> coded(String codes, AuditedEntity entity, String regex) {
		return codes.isEmpty() ? List.of() : List.of(worded(entity, regex.formatted("(?:" + codes + ")")));
	}

	/** Every entry of this kind of record. */
	public static AuditMatch all(AuditedEntity entity) {
		return new AuditMatch(entity, null, null);
	}
}
