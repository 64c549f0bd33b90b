package org.puente.minutes.dates;

/**
 * Days a rule read over tokens {@code from} (inclusive) to {@code to} (exclusive), before the words around them are
 * looked at.
 */
record Found(int from, int to, Resolved resolved) {

	boolean singleDay() {
		return resolved.first().equals(resolved.last()) && resolved.precision() == TemporalMention.Precision.DAY;
	}
}
