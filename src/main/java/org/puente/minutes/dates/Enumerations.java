package org.puente.minutes.dates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.puente.i18n.DatePrecision;

/**
 * Days listed one after another as one stretch of days, as the corpus conventions read "7 y 8 de septiembre" (its first
 * to its last day): "Lunes 7, martes 8 y miércoles 9 de marzo", "MIÉRCOLES 5, JUEVES 6 Y VIERNES 7 DE JUNIO", "on
 * Monday and Tuesday", "Mañana viernes, 26 de febrero, y el lunes 29". The rules read such a list as two or three
 * dates (a weekday with its day, then a range of two days with their month); joined here when only commas, "and" and
 * articles stand between them and each day is the day after the one before. Days apart stay apart, each its own date:
 * "libérer le vendredi 7 mars et lundi 10 mars" is labelled as two days, "samedi prochain, le 17 sep" is one day said
 * twice (the tagger reads the first as the 10th). A day said again right after itself ("Mañana viernes, 26 de
 * febrero": tomorrow, then its weekday and date) is one day.
 */
final class Enumerations {

	/** What may stand between two listed days: a comma, "and" (y, e, et), an article. */
	private static final Set<Character> BETWEEN = Set.of(',', 'y', 't');

	private Enumerations() {
	}

	static List<Found> join(List<Found> found, List<Token> tokens) {
		if (found.size() < 2) {
			return found;
		}
		List<Found> out = new ArrayList<>(found.size());
		Found current = found.get(0);
		for (int i = 1; i < found.size(); i++) {
			Found next = found.get(i);
			Found joined = listed(current, next, tokens);
			if (joined == null) {
				out.add(current);
				current = next;
			}
			else {
				current = joined;
			}
		}
		out.add(current);
		return out;
	}

	private static @Nullable Found listed(Found a, Found b, List<Token> tokens) {
		Resolved first = a.resolved();
		Resolved second = b.resolved();
		if (first.precision() != DatePrecision.DAY || second.precision() != DatePrecision.DAY || b.from() < a.to()
				|| b.from() - a.to() > 3) {
			return null;
		}
		boolean joiner = false;
		for (int i = a.to(); i < b.from(); i++) {
			char c = tokens.get(i).cls();
			if (!BETWEEN.contains(c)) {
				return null;
			}
			joiner |= c != 't';
		}
		LocalDate end = first.last();
		boolean restated = second.first().equals(first.first()) && second.last().equals(first.last());
		boolean following = second.first().equals(end.plusDays(1));
		if (restated && b.from() - a.to() <= 1 || joiner && following) {
			Resolved r = new Resolved(first.first(), restated ? first.last() : second.last(), DatePrecision.DAY,
					first.warning() != null ? first.warning() : second.warning(), -1, -1);
			return new Found(a.from(), b.to(), r);
		}
		return null;
	}
}
