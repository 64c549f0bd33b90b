package org.puente.audit;

/** The audit trail's folding figures, for the tests of the modules that fold their entries. */
public final class AuditTestAccess {

	public static final int FOLD_AFTER = AuditTrail.FOLD_AFTER;

	private AuditTestAccess() {
	}
}
