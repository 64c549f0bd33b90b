package org.puente.drafting;

/** What is being drafted: a joint declaration, the bi-regional input for a thematic session, or one conference's draft. */
public enum TextKind {
	JOINT_DECLARATION, BIREGIONAL_INPUT, CONFERENCE_DRAFT
}
