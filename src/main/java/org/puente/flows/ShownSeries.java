package org.puente.flows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One series as the dashboard shows it — its chart, its table and their download: the last weeks of a country's
 * arrivals from one origin (or all), each week's count hidden from the public below {@link FlowRoute#SMALL_CELL}
 * people, and the weeks an alarm was raised for. Counts of people only: no person is ever in a series.
 *
 * @param alarms every week of the series an alarm was raised for, shown or not
 */
record ShownSeries(List<Week> weeks, int alarms) {

	/** One week: its count, whether it is hidden from this reader, whether an alarm was raised for it. */
	record Week(LocalDate week, long people, boolean hidden, boolean alarm) {

		/** The count as this reader may see it: "<5" for a small cell the public does not see. */
		String shown() {
			return hidden ? "<" + FlowRoute.SMALL_CELL : Long.toString(people);
		}
	}

	/** The last {@code weeks} weeks of the series of {@code country} from {@code origin}, read alone (perf21). */
	static ShownSeries of(FlowSubmissions flows, String country, String origin, int weeks, boolean full) {
		FlowSeries.Series s = flows.recent(country, origin, weeks);
		Set<LocalDate> alarmed = flows.alerts().stream()
			.filter(a -> a.kind().equals("ALARM") && a.country().equals(country)
					&& (origin.equals("*") || a.origin().equals(origin)))
			.map(FlowAlerts.AlertView::week)
			.collect(Collectors.toSet());
		List<Week> shown = new ArrayList<>();
		if (s != null) {
			for (int i = Math.max(0, s.counts().length - weeks); i < s.counts().length; i++) {
				long v = (long) s.counts()[i];
				shown.add(new Week(s.week(i), v, !full && v > 0 && v < FlowRoute.SMALL_CELL,
						alarmed.contains(s.week(i))));
			}
		}
		return new ShownSeries(shown, alarmed.size());
	}
}
