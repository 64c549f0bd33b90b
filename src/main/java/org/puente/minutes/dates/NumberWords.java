package org.puente.minutes.dates;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Numbers written in words, as formal minutes write dates ("até trinta e um de dezembro de dois mil e catorze", "el
 * veinticinco de mayo de dos mil diecinueve", "le vingt et un juin", "twenty-first"): joins the words of one number
 * into one token, a year when it is one (1900-2099), and makes a number word standing before a month a day.
 */
final class NumberWords {

	/** Words that are "one" and also an article: "a May meeting", "una de mayo" name no day. */
	private static final Set<String> ARTICLES = Set.of("a", "an", "un", "una", "um", "uma", "une");

	private static final int THOUSAND = 1000;

	private NumberWords() {
	}

	/** The tokens with each number in words as one token ('w', or 'Y' for a year), a day before a month as 'n'. */
	static List<Token> join(List<Token> tokens) {
		List<Token> out = new ArrayList<>(tokens.size());
		for (int i = 0; i < tokens.size(); i++) {
			Token t = tokens.get(i);
			if (t.cls() != 'w') {
				out.add(t);
				continue;
			}
			int value = t.value();
			boolean thousands = value == THOUSAND;
			int next = i + 1;
			while (true) {
				int k = next;
				if (k < tokens.size() && (tokens.get(k).cls() == 'y' || tokens.get(k).cls() == '-' && tokens.get(k).tight())) {
					k++;
				}
				if (k >= tokens.size() || tokens.get(k).cls() != 'w') {
					break;
				}
				int v = tokens.get(k).value();
				if (v == THOUSAND && !thousands && k == next && value < 10) {
					value *= THOUSAND; // "dois mil", "deux mille"
					thousands = true;
				}
				else if (thousands && value % THOUSAND == 0 && v < 100 && v != THOUSAND
						|| value % 10 == 0 && value % 100 >= 20 && v > 0 && v < 10) {
					value += v; // "e catorze", "trinta e um", "twenty-one", "vingt et un"
				}
				else {
					break;
				}
				next = k + 1;
			}
			int dash = next < tokens.size() && tokens.get(next).cls() == '-' && tokens.get(next).tight() ? next + 1 : next;
			if (value % 10 == 0 && value >= 20 && value <= 30 && dash < tokens.size() && tokens.get(dash).cls() == 'o'
					&& tokens.get(dash).value() > 0 && tokens.get(dash).value() < 10) {
				Token unit = tokens.get(dash); // "twenty-first", "thirty first": an ordinal day
				out.add(new Token(t.start(), unit.end(), 'o', value + unit.value(), t.word(), t.tight()));
				i = dash;
				continue;
			}
			Token last = tokens.get(next - 1);
			char cls = next - 1 > i && value >= 1900 && value <= 2099 && yearPlace(tokens, i, next) ? 'Y' : 'w';
			if (cls == 'w' && value >= 1 && value <= 31 && beforeMonth(tokens, next) && !(next - 1 == i
					&& ARTICLES.contains(t.word()) && !(i > 0 && tokens.get(i - 1).cls() == 'D'))) {
				cls = 'n';
			}
			if (echo(out, value) && next < tokens.size() && tokens.get(next).cls() == ')') {
				out.remove(out.size() - 1); // "dia 18 (dezoito) de abril": the words in brackets repeat the figure
				i = next;
				continue;
			}
			out.add(next - 1 == i && cls == t.cls() ? t
					: new Token(t.start(), last.end(), cls, value, t.word(), t.tight()));
			i = next - 1;
		}
		return out;
	}

	/**
	 * The day or year just read, then an opening bracket, and these words give its value again: "o dia 18 (dezoito) de
	 * abril de 2018", "el día 5 (cinco) de mayo", "le 18 (dix-huit) avril", "on 18 (eighteen) April" (notarial atas
	 * write the figure twice). The bracketed words are left out, so the day reaches its month.
	 */
	private static boolean echo(List<Token> out, int value) {
		int n = out.size();
		return n >= 2 && out.get(n - 1).cls() == '(' && "noY".indexOf(out.get(n - 2).cls()) >= 0 && out.get(n - 2).value() == value;
	}

	/** "de dois mil e catorze", "del año dos mil diez": after "de" or "year", and no noun after ("dos mil euros"). */
	private static boolean yearPlace(List<Token> tokens, int first, int after) {
		return first > 0 && "dZJS".indexOf(tokens.get(first - 1).cls()) >= 0
				&& (after >= tokens.size() || tokens.get(after).cls() != 'x');
	}

	/** A month name (or "de"/"of" and a month name) comes next. */
	private static boolean beforeMonth(List<Token> tokens, int at) {
		int k = at < tokens.size() && tokens.get(at).cls() == 'd' ? at + 1 : at;
		return k < tokens.size() && tokens.get(k).cls() == 'M';
	}
}
