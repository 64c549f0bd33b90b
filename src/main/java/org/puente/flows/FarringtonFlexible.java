package org.puente.flows;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The improved Farrington method (Noufaily et al. 2013) as R's {@code surveillance::farringtonFlexible} implements
 * it, step for step, for weekly series without dates (the week's position is its time):
 * <ol>
 * <li>the reference values are the weeks k−52i ± w for i = 1..b, plus the weeks between them split into
 * noPeriods−1 seasonal blocks; the pastWeeksNotIncluded weeks before k (and k) are left out;</li>
 * <li>a quasi-Poisson GLM with a time trend and the seasonal factor is fitted, then refitted with Anscombe-residual
 * weights that down-weight past outbreaks (residuals above weightsThreshold);</li>
 * <li>the trend is kept only when b ≥ 3, it is significant at pThresholdTrend and the prediction does not exceed the
 * largest reference value; otherwise the model is refitted without it;</li>
 * <li>the threshold is the 1−alpha quantile of a negative binomial with the predicted mean and the dispersion
 * ({@code nbPlugin}) or the 2/3-power transformed normal bound of the original method ({@code delta}); weeks
 * with fewer than limitCases cases in the last limitPeriod weeks get no bound.</li>
 * </ol>
 * When a week has fewer than b years of history, the years available are used (at least one).
 */
public final class FarringtonFlexible {

	public enum Threshold {
		NB_PLUGIN, DELTA
	}

	public record Control(int b, int w, int noPeriods, int pastWeeksNotIncluded, double alpha,
			double weightsThreshold, double pThresholdTrend, boolean reweight, boolean trend, int limitCases,
			int limitPeriod, Threshold threshold, int frequency) {

		/** The settings of the peer benchmark and of Puente's dashboards. */
		public static Control standard() {
			return new Control(5, 3, 10, 26, 0.01, 2.58, 1, true, true, 5, 4, Threshold.NB_PLUGIN, 52);
		}
	}

	private final Control control;

	public FarringtonFlexible(Control control) {
		this.control = control;
	}

	public FarringtonFlexible() {
		this(Control.standard());
	}

	/** Verdicts for the weeks from {@code from} (0-based index) to the end of the series. */
	public List<Detection> detect(double[] counts, int from) {
		List<Detection> out = new ArrayList<>(Math.max(0, counts.length - from));
		for (int t = Math.max(0, from); t < counts.length; t++) {
			out.add(at(counts, t));
		}
		return out;
	}

	/** A fitted baseline for one week: the model's prediction (link scale), its variance and the dispersion. */
	record Baseline(double eta, double varianceUnscaled, double dispersion, double phi) {
	}

	/** The verdict for the week at 0-based index {@code t}. */
	Detection at(double[] counts, int t) {
		Baseline base = baseline(counts, t);
		if (base == null) {
			return Detection.none(t);
		}
		double y = counts[t];
		double upper;
		double fit;
		if (control.threshold() == Threshold.NB_PLUGIN) {
			fit = base.eta();
			double mu0 = Math.exp(base.eta());
			if (Double.isInfinite(mu0)) {
				return new Detection(t, false, null, null);
			}
			upper = base.phi() > 1
					? Quantiles.qnbinom(1 - control.alpha(), mu0 / (base.phi() - 1), 1 / base.phi())
					: Quantiles.qpois(1 - control.alpha(), mu0);
		}
		else {
			double mu0 = Math.exp(base.eta());
			fit = mu0;
			// predict.glm(type = "response"): the link's standard error times dμ/dη = μ
			double seFit = Math.sqrt(base.dispersion() * base.varianceUnscaled()) * mu0;
			double tau = base.phi() + seFit * seFit / mu0;
			double se = Math.sqrt(4.0 / 9.0 * Math.cbrt(mu0) * tau);
			double z = Math.sqrt(2) * org.apache.commons.math3.special.Erf.erfInv(1 - 2 * control.alpha());
			upper = Math.pow(Math.pow(mu0, 2.0 / 3.0) + z * se, 1.5);
		}
		double recent = 0;
		for (int i = Math.max(0, t - control.limitPeriod() + 1); i <= t; i++) {
			recent += counts[i];
		}
		boolean enoughCases = recent >= control.limitCases();
		// R's score compares y and the bound with the prediction on the scale of predict(): the link for nbPlugin
		double score = (y - fit) / (upper - fit);
		boolean alarm = enoughCases && score > 1 && y != 0;
		return new Detection(t, alarm, enoughCases ? upper : null, Math.exp(base.eta()));
	}

	/** The reference model for the week at index t, or null when none can be fitted. */
	@Nullable Baseline baseline(double[] counts, int t) {
		int k = t + 1; // R's 1-based week
		int w = control.w();
		int freq = control.frequency();
		int b = Math.min(control.b(), (k - w - 1) / freq);
		if (b < 1) {
			return null;
		}
		int p = control.noPeriods();
		int[] factor = new int[k + 1]; // 1-based, 0 = not a reference week
		for (int i = k - w; i <= k; i++) {
			factor[i] = p;
		}
		for (int i = 1; i <= b; i++) {
			int refWeek = k - freq * i;
			int previous = k - freq * (i - 1);
			for (int j = refWeek - w; j <= refWeek + w; j++) {
				factor[j] = p;
			}
			if (p != 1) {
				int period = previous - 2 * w - 1 - refWeek;
				int length = period / (p - 1);
				int rest = period % (p - 1);
				int start = refWeek + w + 1;
				for (int j = 1; j <= p - 1; j++) {
					int len = length + (j <= rest ? 1 : 0);
					for (int d = 0; d < len; d++) {
						factor[start + d] = j;
					}
					start += len;
				}
			}
		}
		for (int i = Math.max(1, k - control.pastWeeksNotIncluded()); i <= k; i++) {
			factor[i] = 0;
		}
		// the rows, and the factor levels present (sorted: the first is the reference level)
		boolean[] present = new boolean[p + 1];
		int n = 0;
		for (int i = 1; i <= k; i++) {
			if (factor[i] != 0 && !Double.isNaN(counts[i - 1])) {
				present[factor[i]] = true;
				n++;
			}
		}
		int[] levelIndex = new int[p + 1];
		int levels = 0;
		for (int l = 1; l <= p; l++) {
			levelIndex[l] = present[l] ? levels++ : -1;
		}
		if (levelIndex[p] < 0 || n == 0) {
			return null;
		}
		double[] y = new double[n];
		double[] time = new double[n];
		int[] level = new int[n];
		double maxResponse = 0;
		int r = 0;
		for (int i = 1; i <= k; i++) {
			if (factor[i] != 0 && !Double.isNaN(counts[i - 1])) {
				y[r] = counts[i - 1];
				// centred and scaled so the normal equations stay well conditioned; the fit is the same
				time[r] = (i - k) / (double) freq;
				level[r] = control.noPeriods() == 1 ? 0 : levelIndex[factor[i]];
				maxResponse = Math.max(maxResponse, y[r]);
				r++;
			}
		}
		int nLevels = control.noPeriods() == 1 ? 1 : levels;
		int nowLevel = control.noPeriods() == 1 ? 0 : levelIndex[p];
		Fitted model = flexible(y, time, level, nLevels, control.trend());
		if (model == null) {
			return null;
		}
		if (model.glm().withTime()) {
			double mu = Math.exp(model.glm().linkAt(0, nowLevel)[0]);
			boolean significant = model.glm().timePValue() < control.pThresholdTrend();
			boolean doTrend = b >= 3 && significant && mu <= maxResponse;
			if (!doTrend) {
				model = flexible(y, time, level, nLevels, false);
				if (model == null) {
					return null;
				}
			}
		}
		double[] link = model.glm().linkAt(0, nowLevel);
		return new Baseline(link[0], link[1], model.glm().dispersion, model.phi());
	}

	private record Fitted(PoissonGlm glm, double phi) {
	}

	/** R's algo.farrington.fitGLM.flexible: fit, fall back to no trend, then reweight. */
	private @Nullable Fitted flexible(double[] y, double[] time, int[] level, int levels, boolean trend) {
		PoissonGlm glm = PoissonGlm.fit(y, time, level, levels, trend, null);
		if (glm == null || !glm.converged) {
			if (trend) {
				trend = false;
				glm = PoissonGlm.fit(y, time, level, levels, false, null);
			}
			if (glm == null || !glm.converged) {
				return null;
			}
		}
		double phi = Math.max(glm.dispersion, 1);
		if (control.reweight()) {
			double[] h = glm.hatValues(time, level);
			double[] s = new double[y.length];
			for (int i = 0; i < y.length; i++) {
				double mu = glm.mu[i];
				s[i] = 1.5 * (Math.pow(y[i], 2.0 / 3.0) * Math.pow(mu, -1.0 / 6.0) - Math.sqrt(mu))
						/ Math.sqrt(phi * (1 - h[i]));
			}
			double[] omega = weights(s, control.weightsThreshold());
			glm = PoissonGlm.fit(y, time, level, levels, trend, omega);
			if (glm == null) {
				return null;
			}
			phi = Math.max(glm.dispersion, 1);
		}
		return new Fitted(glm, phi);
	}

	/** R's algo.farrington.assign.weights. */
	static double[] weights(double[] s, double threshold) {
		double sum = 0;
		for (double v : s) {
			sum += v > threshold ? 1 / (v * v) : 1;
		}
		double gamma = s.length / sum;
		double[] omega = new double[s.length];
		for (int i = 0; i < s.length; i++) {
			omega[i] = s[i] > threshold ? gamma / (s[i] * s[i]) : gamma;
		}
		return omega;
	}
}
