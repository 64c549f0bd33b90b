package org.puente.refusal;

import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * A change made on what someone saw: when the record was saved by someone else since (its version moved on), the
 * change is refused whole, as an overtaken save, rather than overwriting theirs. The web layer answers it with a
 * conflict that shows the current record.
 */
public final class SeenVersion {

	private SeenVersion() {
	}

	/**
	 * @param seen the version the person changed, as their form or request carried it
	 * @param current the record's version now
	 * @param type the record's class, and its id, named in the refusal
	 */
	public static void require(long seen, long current, Class<?> type, Object id) {
		if (seen != current) {
			throw new Overtaken(type, id, current);
		}
	}

	/** The same, for a request that may leave the version out: then it is not checked. */
	public static void requireIfGiven(@Nullable Long seen, long current, Class<?> type, Object id) {
		if (seen != null) {
			require(seen, current, type, id);
		}
	}

	/** The failure an overtaken save has always been, which also tells the version stored now. */
	static final class Overtaken extends ObjectOptimisticLockingFailureException implements StaleVersion {

		private final long currentVersion;

		Overtaken(Class<?> type, Object id, long currentVersion) {
			super(type, id);
			this.currentVersion = currentVersion;
		}

		@Override
		public long currentVersion() {
			return currentVersion;
		}
	}
}
