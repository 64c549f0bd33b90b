package org.puente.flows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Runs the early warning over every country × origin series after each commit: Farrington-flexible alarms on the
 * latest weeks, and for each alarm a watch on every country downstream on the route, expected after the lag
 * observed between them (the shift, 0–8 weeks, that best lines up the two countries' series of that origin).
 */
@Component
class FlowWatch {

	static final int MAX_LAG = 8;

	/** A new alert, for the notices. */
	record AlertRaised(UUID id, String kind, String country, String origin, LocalDate week,
			@org.jspecify.annotations.Nullable String sourceCountry) {
	}

	private final JdbcClient jdbc;

	private final FlowSeries series;

	private final ApplicationEventPublisher events;

	FlowWatch(JdbcClient jdbc, FlowSeries series, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.series = series;
		this.events = events;
	}

	void refresh() {
		refresh(true);
	}

	/** @param notify whether new alerts are mailed (not while the demo loads its history) */
	void refresh(boolean notify) {
		List<FlowSeries.Series> all = series.all();
		FarringtonFlexible farrington = new FarringtonFlexible();
		for (FlowSeries.Series s : all) {
			if (s.origin().equals("*")) {
				continue;
			}
			int from = Math.max(0, s.counts().length - FlowRoute.RECENT_WEEKS);
			for (Detection d : farrington.detect(s.counts(), from)) {
				if (!d.alarmed()) {
					continue;
				}
				LocalDate week = s.week(d.index());
				raise("ALARM", s.country(), s.origin(), week, (int) s.counts()[d.index()], d.upperbound(), null, null,
						notify);
				int lag = 0;
				String upstream = s.country();
				for (String downstream : FlowRoute.downstreamOf(s.country())) {
					FlowSeries.Series a = FlowSeries.find(all, upstream, s.origin());
					FlowSeries.Series b = FlowSeries.find(all, downstream, s.origin());
					lag += a == null || b == null ? 1 : lag(a.counts(), b.counts());
					upstream = downstream;
					raise("WATCH", downstream, s.origin(), week.plusWeeks(lag), null, null, s.country(), lag, notify);
				}
			}
		}
	}

	private void raise(String kind, String country, String origin, LocalDate week,
			@org.jspecify.annotations.Nullable Integer observed, @org.jspecify.annotations.Nullable Double upper,
			@org.jspecify.annotations.Nullable String source, @org.jspecify.annotations.Nullable Integer lag,
			boolean notify) {
		UUID id = UUID.randomUUID();
		int inserted = jdbc.sql("""
				insert into flow_alert (id, kind, country, origin, week, observed, upperbound, source_country, lag_weeks)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (kind, country, origin, week) do nothing""")
			.params(id, kind, country, origin, week, observed, upper, source, lag)
			.update();
		if (inserted == 1 && notify) {
			events.publishEvent(new AlertRaised(id, kind, country, origin, week, source));
		}
	}

	/**
	 * The shift d (0..{@value #MAX_LAG} weeks) maximising the correlation of the upstream series' week-on-week changes
	 * with the downstream's d weeks later, over the last two years.
	 */
	static int lag(double[] up, double[] down) {
		int n = Math.min(up.length, down.length);
		int start = Math.max(1, n - 104);
		int best = 1;
		double bestR = Double.NEGATIVE_INFINITY;
		for (int d = 0; d <= MAX_LAG; d++) {
			List<double[]> pairs = new ArrayList<>();
			for (int t = start; t + d < n; t++) {
				pairs.add(new double[] { up[t] - up[t - 1], down[t + d] - down[t + d - 1] });
			}
			double r = correlation(pairs);
			if (r > bestR) {
				bestR = r;
				best = d;
			}
		}
		return best;
	}

	private static double correlation(List<double[]> pairs) {
		if (pairs.size() < 3) {
			return Double.NEGATIVE_INFINITY;
		}
		double[] x = pairs.stream().mapToDouble(p -> p[0]).toArray();
		double[] y = pairs.stream().mapToDouble(p -> p[1]).toArray();
		double r = new org.apache.commons.math3.stat.correlation.PearsonsCorrelation().correlation(x, y);
		return Double.isNaN(r) ? Double.NEGATIVE_INFINITY : r;
	}
}
