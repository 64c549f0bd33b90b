package org.puente.flows;

import java.util.ArrayList;
import java.util.List;

/**
 * CUSUM and EWMA charts on the counts standardised against the Farrington-flexible baseline of each week
 * (z = (y − μ)/√(φμ), μ and φ from the quasi-Poisson reference model, as surveillance's GLM-based CUSUM does with
 * its in-control mean). The CUSUM S = max(0, S + z − k) alarms above h (k = 0.5, h = 4: a one-deviation shift is
 * caught within about 8 weeks, a false alarm comes about every 170 in-control weeks); the EWMA E = λz + (1−λ)E
 * alarms above L·√(λ/(2−λ)) (λ = 0.3, L = 3). Both restart from 0 after an alarm, so one surge does not keep the chart high for months; a surge large
 * enough to alarm alone alarms again the next week.
 * The upper bound is the count that would just have raised the alarm that week.
 */
public final class ControlCharts {

	public static final double CUSUM_K = 0.5;

	public static final double CUSUM_H = 4;

	public static final double EWMA_LAMBDA = 0.3;

	public static final double EWMA_L = 3;

	private final FarringtonFlexible baseline;

	public ControlCharts(FarringtonFlexible baseline) {
		this.baseline = baseline;
	}

	/** One chart's state: the bound for this week, then the update with this week's z; true when it alarms. */
	private interface Chart {

		double bound();

		boolean update(double z);
	}

	public List<Detection> cusum(double[] counts, int from) {
		return run(counts, from, new Chart() {

			private double s;

			@Override
			public double bound() {
				return CUSUM_H + CUSUM_K - s;
			}

			@Override
			public boolean update(double z) {
				s = Math.max(0, s + z - CUSUM_K);
				boolean alarm = s > CUSUM_H;
				if (alarm) {
					s = 0;
				}
				return alarm;
			}
		});
	}

	public List<Detection> ewma(double[] counts, int from) {
		double limit = EWMA_L * Math.sqrt(EWMA_LAMBDA / (2 - EWMA_LAMBDA));
		return run(counts, from, new Chart() {

			private double e;

			@Override
			public double bound() {
				return (limit - (1 - EWMA_LAMBDA) * e) / EWMA_LAMBDA;
			}

			@Override
			public boolean update(double z) {
				e = EWMA_LAMBDA * z + (1 - EWMA_LAMBDA) * e;
				boolean alarm = e > limit;
				if (alarm) {
					e = 0;
				}
				return alarm;
			}
		});
	}

	private List<Detection> run(double[] counts, int from, Chart chart) {
		List<Detection> out = new ArrayList<>();
		for (int t = Math.max(0, from); t < counts.length; t++) {
			FarringtonFlexible.Baseline base = baseline.baseline(counts, t);
			if (base == null) {
				out.add(Detection.none(t));
				continue;
			}
			double mu = Math.exp(base.eta());
			double sd = Math.sqrt(base.phi() * mu);
			double upper = mu + sd * chart.bound();
			out.add(new Detection(t, chart.update((counts[t] - mu) / sd), upper, mu));
		}
		return out;
	}
}
