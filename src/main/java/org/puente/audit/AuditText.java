package org.puente.audit;

import java.text.Normalizer;
import java.util.Locale;

/**
 * How the audit search compares words: without case or accents ("panama" finds "Panamá"), the same in Java (for
 * wordings) and in SQL (for the names a module looks up in its tables).
 */
public final class AuditText {

	private static final String ACCENTED = "áàâãäåéèêëíìîïóòôõöúùûüçñ";

	private static final String PLAIN = "aaaaaaeeeeiiiiooooouuuucn";

	private AuditText() {
	}

	/** {@code text} in lower case without accents. */
	public static String fold(String text) {
		return Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
	}

	/** Whether {@code text} contains {@code words}, case and accents aside. */
	public static boolean contains(String text, String words) {
		return fold(text).contains(fold(words).strip());
	}

	/** The SQL expression of {@code column} folded as {@link #fold} folds, for {@code like} {@link #pattern}. */
	public static String folded(String column) {
		return "translate(lower(" + column + "), '" + ACCENTED + "', '" + PLAIN + "')";
	}

	/** The {@code like} pattern of text containing {@code words}, folded, its wildcards taken literally. */
	public static String pattern(String words) {
		return "%" + fold(words).strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}
}
