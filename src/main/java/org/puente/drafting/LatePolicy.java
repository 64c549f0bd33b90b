package org.puente.drafting;

/** What happens to a proposal that arrives after a round has closed. */
public enum LatePolicy {
	/** refused, saying when the round closed */
	REFUSE,
	/** accepted and marked late, so the secretariat and the plenary see it was */
	ACCEPT_MARKED
}
