package org.puente.directory;

import java.util.Arrays;

import org.puente.i18n.TextFolding;

/** The words of a text, folded, with their offsets. */
record GazetteerTokens(String text, String folded, int[] starts, int[] ends, int size) {

	static GazetteerTokens of(String text) {
		String folded = TextFolding.fold(text);
		int[] starts = new int[16];
		int[] ends = new int[16];
		int n = 0;
		int i = 0;
		while (i < folded.length()) {
			if (!Character.isLetterOrDigit(folded.charAt(i))) {
				i++;
				continue;
			}
			int start = i;
			while (i < folded.length() && Character.isLetterOrDigit(folded.charAt(i))) {
				i++;
			}
			if (n == starts.length) {
				starts = Arrays.copyOf(starts, n * 2);
				ends = Arrays.copyOf(ends, n * 2);
			}
			starts[n] = start;
			ends[n] = i;
			n++;
		}
		return new GazetteerTokens(text, folded, starts, ends, n);
	}

	String folded(int i) {
		return folded.substring(starts[i], ends[i]);
	}

	int start(int i) {
		return starts[i];
	}

	int end(int i) {
		return ends[i];
	}

	boolean isUpperCase(int from, int to) {
		for (int i = starts[from]; i < ends[to - 1]; i++) {
			if (Character.isLowerCase(text.charAt(i))) {
				return false;
			}
		}
		return true;
	}
}
