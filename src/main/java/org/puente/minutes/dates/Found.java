package org.puente.minutes.dates;

import org.puente.i18n.DatePrecision;

/**
 * Days a rule read over tokens {@code from} (inclusive) to {@code to} (exclusive), before the words around them are
 * looked at.
 */
record Found(int from, int to, Resolved resolved) {

	boolean singleDay() {
		return resolved.first().equals(resolved.last()) && resolved.precision() == DatePrecision.DAY;
	}
}
