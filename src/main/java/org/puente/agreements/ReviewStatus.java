package org.puente.agreements;

/** A review stays a draft until a secretariat confirms it (the agreements become official) or discards it. */
enum ReviewStatus {
	DRAFT, CONFIRMED, DISCARDED
}
