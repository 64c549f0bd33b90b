package org.puente.documents;

import java.util.ArrayList;
import java.util.List;

/**
 * The difference between two texts, line by line: a longest-common-subsequence walk, enough for the minutes and
 * inputs people compare (a few thousand lines). Beyond {@link #MAX_CELLS} it falls back to "all removed, all
 * added" rather than using quadratic memory.
 */
final class LineDiff {

	static final long MAX_CELLS = 25_000_000L;

	private LineDiff() {
	}

	/** One line of the comparison: kept, removed (only in the older text) or added (only in the newer one). */
	record Line(Change change, String text, int oldNumber, int newNumber) {

		public String css() {
			return change.name().toLowerCase(java.util.Locale.ROOT);
		}
	}

	enum Change {
		KEPT, REMOVED, ADDED
	}

	static List<Line> between(String older, String newer) {
		String[] a = lines(older);
		String[] b = lines(newer);
		List<Line> result = new ArrayList<>();
		if ((long) a.length * b.length > MAX_CELLS) {
			for (int i = 0; i < a.length; i++) {
				result.add(new Line(Change.REMOVED, a[i], i + 1, 0));
			}
			for (int j = 0; j < b.length; j++) {
				result.add(new Line(Change.ADDED, b[j], 0, j + 1));
			}
			return result;
		}
		int[][] lcs = new int[a.length + 1][b.length + 1];
		for (int i = a.length - 1; i >= 0; i--) {
			for (int j = b.length - 1; j >= 0; j--) {
				lcs[i][j] = a[i].equals(b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
			}
		}
		int i = 0;
		int j = 0;
		while (i < a.length && j < b.length) {
			if (a[i].equals(b[j])) {
				result.add(new Line(Change.KEPT, a[i], ++i, ++j));
			}
			else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
				result.add(new Line(Change.REMOVED, a[i], ++i, 0));
			}
			else {
				result.add(new Line(Change.ADDED, b[j], 0, ++j));
			}
		}
		while (i < a.length) {
			result.add(new Line(Change.REMOVED, a[i], ++i, 0));
		}
		while (j < b.length) {
			result.add(new Line(Change.ADDED, b[j], 0, ++j));
		}
		return result;
	}

	private static String[] lines(String text) {
		return text.isEmpty() ? new String[0] : text.replace("\r\n", "\n").split("\n", -1);
	}
}
