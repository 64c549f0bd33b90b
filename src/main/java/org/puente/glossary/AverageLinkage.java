package org.puente.glossary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Agglomerative grouping with average linkage: start with one group per definition and merge the two groups whose
 * members are, on average, most similar, as long as that average reaches the threshold.
 */
final class AverageLinkage {

	private AverageLinkage() {
	}

	/** Groups of indices, largest first (then by first index). */
	static List<List<Integer>> groups(double[][] similarity, double threshold) {
		List<List<Integer>> groups = new ArrayList<>();
		for (int i = 0; i < similarity.length; i++) {
			groups.add(new ArrayList<>(List.of(i)));
		}
		while (groups.size() > 1) {
			int bestA = -1;
			int bestB = -1;
			double best = -1;
			for (int a = 0; a < groups.size(); a++) {
				for (int b = a + 1; b < groups.size(); b++) {
					double average = average(similarity, groups.get(a), groups.get(b));
					if (average > best) {
						best = average;
						bestA = a;
						bestB = b;
					}
				}
			}
			if (best < threshold) {
				break;
			}
			groups.get(bestA).addAll(groups.remove(bestB));
		}
		groups.forEach(g -> g.sort(Comparator.naturalOrder()));
		groups.sort(Comparator.<List<Integer>>comparingInt(g -> -g.size()).thenComparingInt(g -> g.get(0)));
		return groups;
	}

	private static double average(double[][] similarity, List<Integer> a, List<Integer> b) {
		double sum = 0;
		for (int i : a) {
			for (int j : b) {
				sum += similarity[i][j];
			}
		}
		return sum / (a.size() * b.size());
	}
}
