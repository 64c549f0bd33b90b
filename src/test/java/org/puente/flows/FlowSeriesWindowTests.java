package org.puente.flows;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard reads only the weeks it shows — the route's last eight weeks and one series' last year — and shows
 * what it showed when it read every series of every week (perf21): each series of the route, every origin, and each
 * country's totals, against {@link FlowSeries#all()} on the demo's six years of counts.
 */
@PuenteTest
class FlowSeriesWindowTests {

	@Autowired
	FlowSeries series;

	@Test
	void eachSeriesLastWeeksAndTheRoutesTotalsAreThoseOfEverySeriesReadWhole() {
		List<FlowSeries.Series> all = series.all();
		assertThat(all).isNotEmpty();
		Map<String, long[]> totals = series.totals(4);
		for (String country : FlowRoute.CHAIN) {
			FlowSeries.Series total = FlowSeries.find(all, country, "*");
			long[] expected = total == null ? new long[2] : new long[] { total.lastWeeks(4, 0), total.lastWeeks(4, 4) };
			assertThat(totals.getOrDefault(country, new long[2])).as(country).containsExactly(expected);
			for (String origin : Stream.concat(Stream.of("*"), FlowRoute.ORIGINS.stream()).toList()) {
				FlowSeries.Series whole = FlowSeries.find(all, country, origin);
				for (int weeks : new int[] { 52, 104 }) {
					FlowSeries.Series recent = series.recent(country, origin, weeks);
					if (whole == null) {
						assertThat(recent).as(country + " " + origin).isNull();
						continue;
					}
					int from = Math.max(0, whole.counts().length - weeks);
					assertThat(recent).as(country + " " + origin).isNotNull();
					assertThat(recent.first()).as(country + " " + origin).isEqualTo(whole.week(from));
					assertThat(recent.counts()).as(country + " " + origin + " " + weeks)
						.containsExactly(Arrays.copyOfRange(whole.counts(), from, whole.counts().length));
				}
			}
		}
	}
}
