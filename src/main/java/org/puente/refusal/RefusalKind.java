package org.puente.refusal;

/** What kind of refusal it is; {@code web.RefusalStatus} answers each with its HTTP status. */
public enum RefusalKind {

	/** What was sent cannot be understood at all (a query too long to read, a parameter of the wrong form). */
	MALFORMED,

	/** What was sent is understood but breaks a rule (a missing field, a wrong value, a late answer). */
	INVALID,

	/** The person must sign in first. */
	UNAUTHENTICATED,

	/** The person may not do this. */
	FORBIDDEN,

	/** The thing asked for does not exist, or the person may not know it exists. */
	NOT_FOUND,

	/** It clashes with the current state or with another record (a duplicate, a transition not allowed now). */
	CONFLICT,

	/** What was sent is larger than allowed. */
	TOO_LARGE,

	/** What was sent is of a type Puente does not read. */
	UNSUPPORTED_TYPE,

	/** Nothing is wrong with the request, but the server has no room for work of this kind now: try again soon. */
	BUSY
}
