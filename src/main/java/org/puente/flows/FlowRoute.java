package org.puente.flows;

import java.util.List;

/**
 * The mixed-migration route Puente watches, upstream first (Colombia–Darién–Central America–México), and the
 * origins the demo reports. Counts of any other country or origin are kept and charted; the chain only orders
 * the route and tells which countries are downstream of an increase.
 */
final class FlowRoute {

	static final List<String> CHAIN = List.of("CO", "PA", "CR", "NI", "HN", "GT", "MX");

	static final List<String> ORIGINS = List.of("HTI", "CUB", "VEN", "AFR", "ASI");

	/** Weeks evaluated for alarms at each refresh (the latest ones). */
	static final int RECENT_WEEKS = 8;

	/** Cells under this count are hidden from the public. */
	static final int SMALL_CELL = 5;

	private FlowRoute() {
	}

	/** A count as the viewer may see it: the public sees "<5" for 1–4 people. */
	static String shown(long value, boolean full) {
		return !full && value > 0 && value < SMALL_CELL ? "<" + SMALL_CELL : Long.toString(value);
	}

	static List<String> downstreamOf(String country) {
		int i = CHAIN.indexOf(country);
		return i < 0 ? List.of() : CHAIN.subList(i + 1, CHAIN.size());
	}
}
