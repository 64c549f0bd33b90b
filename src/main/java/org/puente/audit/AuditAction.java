package org.puente.audit;

/** What kind of change an audit entry records. */
public enum AuditAction {
	CREATE, UPDATE, DELETE, TRANSITION, IMPORT, LOGIN_LOCKED, SEND, SIGN_IN, SIGN_IN_FAILED, SIGN_OUT
}
