package org.puente.flows;

import org.apache.commons.math3.special.Beta;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.DecompositionSolver;
import org.apache.commons.math3.linear.NonPositiveDefiniteMatrixException;
import org.apache.commons.math3.linear.RealMatrix;
import org.jspecify.annotations.Nullable;

/**
 * A quasi-Poisson log-linear model fitted by iteratively reweighted least squares exactly as R's {@code glm.fit}
 * does it (start at {@code y + 0.1}, stop when the deviance changes by less than 1e-8 relative, at most 25
 * iterations), for the design Farrington-type detectors use: an intercept, optionally a time trend, and one
 * seasonal factor coded against its first level. Each row has at most three non-zero columns, so the normal
 * equations are accumulated from sums rather than from a dense design matrix.
 */
final class PoissonGlm {

	static final int MAX_ITERATIONS = 25;

	static final double EPSILON = 1e-8;

	/** Column order: intercept, [time], one column per factor level after the first. */
	final double[] beta;

	final double[] mu;

	/** Working weights of the last iteration (prior weight × μ), as R stores them in {@code model$weights}. */
	final double[] weights;

	final RealMatrix covUnscaled;

	/** Pearson estimate, as {@code summary.glm} gives it (not bounded below by 1). */
	final double dispersion;

	final int residualDf;

	final boolean converged;

	private final boolean withTime;

	private final int levels;

	private PoissonGlm(double[] beta, double[] mu, double[] weights, RealMatrix covUnscaled, double dispersion,
			int residualDf, boolean converged, boolean withTime, int levels) {
		this.beta = beta;
		this.mu = mu;
		this.weights = weights;
		this.covUnscaled = covUnscaled;
		this.dispersion = dispersion;
		this.residualDf = residualDf;
		this.converged = converged;
		this.withTime = withTime;
		this.levels = levels;
	}

	boolean withTime() {
		return withTime;
	}

	int columns() {
		return 1 + (withTime ? 1 : 0) + (levels - 1);
	}

	/** The non-zero columns of a row and their values, written into {@code cols}/{@code vals}; returns how many. */
	private static int row(boolean withTime, double time, int level, int[] cols, double[] vals) {
		int n = 0;
		cols[n] = 0;
		vals[n++] = 1;
		int next = 1;
		if (withTime) {
			cols[n] = next++;
			vals[n++] = time;
		}
		if (level > 0) {
			cols[n] = next + level - 1;
			vals[n++] = 1;
		}
		return n;
	}

	/**
	 * Fits the model. {@code level} holds each row's factor level as 0..levels-1 (0 is the reference);
	 * {@code prior} is null for unit weights. Returns null when the normal equations are singular.
	 */
	static @Nullable PoissonGlm fit(double[] y, double[] time, int[] level, int levels, boolean withTime,
			double @Nullable [] prior) {
		int n = y.length;
		int p = 1 + (withTime ? 1 : 0) + (levels - 1);
		double[] mu = new double[n];
		double[] eta = new double[n];
		for (int i = 0; i < n; i++) {
			mu[i] = y[i] + 0.1;
			eta[i] = Math.log(mu[i]);
		}
		double devOld = deviance(y, mu, prior);
		double[] w = new double[n];
		int[] cols = new int[3];
		double[] vals = new double[3];
		double[] beta = new double[p];
		double[][] xtwx = new double[p][p];
		boolean converged = false;
		for (int iter = 1; iter <= MAX_ITERATIONS; iter++) {
			double[] xtwz = new double[p];
			for (double[] r : xtwx) {
				java.util.Arrays.fill(r, 0);
			}
			for (int i = 0; i < n; i++) {
				w[i] = (prior == null ? 1 : prior[i]) * mu[i];
				double z = eta[i] + (y[i] - mu[i]) / mu[i];
				int m = row(withTime, time[i], level[i], cols, vals);
				for (int a = 0; a < m; a++) {
					double wa = w[i] * vals[a];
					xtwz[cols[a]] += wa * z;
					for (int b = 0; b < m; b++) {
						xtwx[cols[a]][cols[b]] += wa * vals[b];
					}
				}
			}
			DecompositionSolver solver;
			try {
				solver = new CholeskyDecomposition(new Array2DRowRealMatrix(xtwx, true), 1e-12, 1e-14).getSolver();
				beta = solver.solve(new org.apache.commons.math3.linear.ArrayRealVector(xtwz, false)).toArray();
			}
			catch (NonPositiveDefiniteMatrixException | org.apache.commons.math3.linear.NonSymmetricMatrixException
					| org.apache.commons.math3.linear.SingularMatrixException ex) {
				return null;
			}
			for (int i = 0; i < n; i++) {
				int m = row(withTime, time[i], level[i], cols, vals);
				double e = 0;
				for (int a = 0; a < m; a++) {
					e += beta[cols[a]] * vals[a];
				}
				eta[i] = e;
				mu[i] = Math.exp(e);
			}
			double dev = deviance(y, mu, prior);
			if (Math.abs(dev - devOld) / (Math.abs(dev) + 0.1) < EPSILON) {
				converged = true;
				break;
			}
			devOld = dev;
		}
		RealMatrix cov;
		try {
			cov = new CholeskyDecomposition(new Array2DRowRealMatrix(xtwx, true), 1e-12, 1e-14).getSolver()
				.getInverse();
		}
		catch (RuntimeException ex) {
			return null;
		}
		double pearson = 0;
		for (int i = 0; i < n; i++) {
			double r = (y[i] - mu[i]) / mu[i];
			pearson += w[i] * r * r;
		}
		int df = n - p;
		double dispersion = df > 0 ? pearson / df : Double.NaN;
		return new PoissonGlm(beta, mu, w, cov, dispersion, df, converged, withTime, levels);
	}

	static double deviance(double[] y, double[] mu, double @Nullable [] prior) {
		double dev = 0;
		for (int i = 0; i < y.length; i++) {
			double wt = prior == null ? 1 : prior[i];
			double ylog = y[i] == 0 ? 0 : y[i] * Math.log(y[i] / mu[i]);
			dev += 2 * wt * (ylog - (y[i] - mu[i]));
		}
		return dev;
	}

	/** The diagonal of the hat matrix of the last weighted least-squares step, as R's {@code hatvalues}. */
	double[] hatValues(double[] time, int[] level) {
		int[] cols = new int[3];
		double[] vals = new double[3];
		double[] h = new double[mu.length];
		for (int i = 0; i < mu.length; i++) {
			int m = row(withTime, time[i], level[i], cols, vals);
			double q = 0;
			for (int a = 0; a < m; a++) {
				for (int b = 0; b < m; b++) {
					q += vals[a] * covUnscaled.getEntry(cols[a], cols[b]) * vals[b];
				}
			}
			h[i] = weights[i] * q;
		}
		return h;
	}

	/** The linear predictor at a time and level, and its unscaled variance x'(X'WX)⁻¹x. */
	double[] linkAt(double time, int lvl) {
		int[] cols = new int[3];
		double[] vals = new double[3];
		int m = row(withTime, time, lvl, cols, vals);
		double eta = 0;
		double v = 0;
		for (int a = 0; a < m; a++) {
			eta += beta[cols[a]] * vals[a];
			for (int b = 0; b < m; b++) {
				v += vals[a] * covUnscaled.getEntry(cols[a], cols[b]) * vals[b];
			}
		}
		return new double[] { eta, v };
	}

	/** Two-sided p-value of the time coefficient (t test with the quasi-likelihood dispersion, as summary.glm). */
	double timePValue() {
		double se = Math.sqrt(dispersion * covUnscaled.getEntry(1, 1));
		double t = beta[1] / se;
		if (Double.isNaN(t) || residualDf <= 0) {
			return Double.NaN;
		}
		// P(|T| > |t|) for Student's t with df degrees of freedom, through the regularised incomplete beta
		return Beta.regularizedBeta(residualDf / (residualDf + t * t), residualDf / 2.0, 0.5);
	}
}
