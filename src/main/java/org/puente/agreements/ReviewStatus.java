package org.puente.agreements;

/**
 * A review stays a draft until a secretariat confirms it (the agreements become official) or discards it; confirmed
 * minutes are superseded when a new version of them is confirmed (their agreements then follow the new text).
 */
enum ReviewStatus {
	DRAFT, CONFIRMED, DISCARDED, SUPERSEDED
}
