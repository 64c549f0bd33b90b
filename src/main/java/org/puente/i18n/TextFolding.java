package org.puente.i18n;

import java.text.Normalizer;

/** Lower-cases and strips accents without changing the length, so offsets in the folded text are offsets in the original. */
public final class TextFolding {

	private static final char[] TABLE = new char[0x250];

	static {
		for (char c = 0; c < TABLE.length; c++) {
			TABLE[c] = foldSlow(c);
		}
	}

	private TextFolding() {
	}

	public static String fold(String text) {
		char[] out = new char[text.length()];
		for (int i = 0; i < out.length; i++) {
			char c = text.charAt(i);
			out[i] = c < TABLE.length ? TABLE[c] : foldSlow(c);
		}
		return new String(out);
	}

	private static char foldSlow(char c) {
		String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
		return Character.toLowerCase(decomposed.isEmpty() ? c : decomposed.charAt(0));
	}
}
