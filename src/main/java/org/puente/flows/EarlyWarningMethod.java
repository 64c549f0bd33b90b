package org.puente.flows;

import java.util.List;
import java.util.Locale;

/** The detectors the CLI, the API and the dashboards offer. */
public enum EarlyWarningMethod {

	FARRINGTON, CUSUM, EWMA;

	public static EarlyWarningMethod parse(String name) {
		try {
			return valueOf(name.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("unknown method " + name + " (farrington, cusum or ewma)");
		}
	}

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** Verdicts for the weeks from index {@code from} to the end of the series. */
	public List<Detection> detect(double[] counts, int from) {
		FarringtonFlexible farrington = new FarringtonFlexible();
		return switch (this) {
			case FARRINGTON -> farrington.detect(counts, from);
			case CUSUM -> new ControlCharts(farrington).cusum(counts, from);
			case EWMA -> new ControlCharts(farrington).ewma(counts, from);
		};
	}
}
