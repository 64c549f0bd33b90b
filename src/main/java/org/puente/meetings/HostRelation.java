package org.puente.meetings;

/** How a meeting sits beside the host meeting it depends on. */
public enum HostRelation {
	AT_MARGINS_OF, DURING, BEFORE, AFTER
}
