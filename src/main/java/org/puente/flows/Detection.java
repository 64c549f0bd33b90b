package org.puente.flows;

import org.jspecify.annotations.Nullable;

/**
 * One week's verdict for one series: whether it raises an alarm (null when no model could be fitted, R's NA),
 * the count above which it would have (null when there were too few cases to judge), and the expected count.
 */
public record Detection(int index, @Nullable Boolean alarm, @Nullable Double upperbound, @Nullable Double expected) {

	static Detection none(int index) {
		return new Detection(index, null, null, null);
	}

	public boolean alarmed() {
		return Boolean.TRUE.equals(alarm);
	}
}
