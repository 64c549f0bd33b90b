package org.puente.directory;

/** The roles that change hands over time. */
public enum RoleKind {
	/** Presidencia Pro Tempore: the member state chairing a conference for a period. */
	PRO_TEMPORE_PRESIDENCY,
	/** A seat in a conference's troika: outgoing, current or incoming presidency. */
	TROIKA_SEAT,
	/** A country's (or body's) designated contact for a topic. */
	FOCAL_POINT,
	/** Chairs a meeting or a body. */
	CHAIR
}
