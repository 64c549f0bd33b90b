package org.puente.minutes;

import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.puente.i18n.TextFolding;

/**
 * A table that compares options ("Criterio | Express.js | NestJS", "Criterion | Option A | Option B"): its first
 * column names the criteria, the others the options weighed. Its rows are the discussion of a choice (how each option
 * fares, and a "reason for the choice" restating the decision listed elsewhere), not decisions or tasks, even under a
 * decisions heading: the golds label none of them (12 rows in m and aa, branch fp18). A table with a column of tasks,
 * owners or deadlines is no comparison ({@link TaskColumns}).
 */
final class ComparisonTables {

	/** The header of a criteria column, in es/en/pt/fr. */
	private static final Pattern CRITERIA = Pattern.compile("(?:criterios?|criteri(?:on|a)|criteres?|"
			+ "caracteristicas?|features?|aspectos?|aspects?|comparacion|comparison|comparaison|comparacao)");

	private ComparisonTables() {
	}

	/**
	 * Whether a table's header reads as a comparison of options: a criteria column first, two options or more beside
	 * it, and none of the task columns ({@code columns}, {@link TaskColumns#of} of the same header, which the table's
	 * reader has already read).
	 */
	static boolean compares(List<String> header, @Nullable TaskColumns columns) {
		if (header.size() < 3 || columns != null) {
			return false;
		}
		String first = TextFolding.fold(header.get(0).replaceAll("[*_`]", "")).strip();
		return CRITERIA.matcher(first).matches();
	}
}
