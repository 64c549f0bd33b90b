package org.puente.refusal;

/**
 * A refusal because the record changed since the version the caller sent: it knows the version stored now, which the
 * API's 409 report gives as {@code currentVersion} so a script can read the record again and decide (walk of the API,
 * finding 15: only a meeting's change said it).
 */
public interface StaleVersion {

	/** The record's version now. */
	long currentVersion();
}
