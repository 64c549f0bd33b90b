package org.puente.flows;

import org.apache.commons.math3.special.Beta;
import org.apache.commons.math3.special.Gamma;

/**
 * Upper quantiles of the Poisson and negative binomial distributions as R's {@code qpois} and {@code qnbinom}
 * compute them: the smallest count whose distribution function reaches p (with R's 64-ulp fuzz), searched from a
 * Cornish-Fisher start.
 */
final class Quantiles {

	private static final double FUZZ = 1 - 64 * Math.ulp(1.0);

	private Quantiles() {
	}

	/** P(X ≤ x) for X ~ NB(size, prob) (R's parametrisation: mean size(1-prob)/prob). */
	static double pnbinom(double x, double size, double prob) {
		if (x < 0) {
			return 0;
		}
		return Beta.regularizedBeta(prob, size, Math.floor(x) + 1, 1e-15, 100_000);
	}

	/** P(X ≤ x) for X ~ Poisson(lambda). */
	static double ppois(double x, double lambda) {
		if (x < 0) {
			return 0;
		}
		return Gamma.regularizedGammaQ(Math.floor(x) + 1, lambda, 1e-15, 100_000);
	}

	static double qnbinom(double p, double size, double prob) {
		double q = 1 - prob;
		double mean = size * q / prob;
		double sigma = Math.sqrt(size * q) / prob;
		double gamma = (2 - prob) / Math.sqrt(size * q);
		return search(p, mean, sigma, gamma, x -> pnbinom(x, size, prob));
	}

	static double qpois(double p, double lambda) {
		double sigma = Math.sqrt(lambda);
		return search(p, lambda, sigma, 1 / sigma, x -> ppois(x, lambda));
	}

	private static double search(double p, double mean, double sigma, double gamma,
			java.util.function.DoubleUnaryOperator cdf) {
		double z = Math.sqrt(2) * org.apache.commons.math3.special.Erf.erfInv(2 * p - 1);
		double y = Math.max(0, Math.rint(mean + sigma * (z + gamma * (z * z - 1) / 6)));
		double target = p * FUZZ;
		if (cdf.applyAsDouble(y) >= target) {
			while (y > 0 && cdf.applyAsDouble(y - 1) >= target) {
				y--;
			}
			return y;
		}
		do {
			y++;
		}
		while (cdf.applyAsDouble(y) < target);
		return y;
	}
}
