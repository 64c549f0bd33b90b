package org.puente.search;

import java.io.IOException;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Writes the endings that Puente's four languages spell differently for the same Latin word in one way, so that a
 * word meets its cognates in every language's field: "migração", "migrações", "migraciones", "migration" and
 * "migrations" all become "migracion"; "decisão" and "decisions" "decision"; "comunidade" and "comunidades"
 * "comunidad"; "violence" "violencia". Walk 9 found "migração" giving 7 results where "migración" gave 19: each
 * language's stemmer kept its own ending, so a Portuguese word never reached a Spanish, English or French text.
 * It runs on folded words (no accents, lower case), before each language's stemmer, at index and query time
 * alike; the plural goes with the ending, so every stemmer then sees the same singular. Only endings of words
 * long enough to keep a stem are rewritten ("nação" → "nacion", but "são" stays).
 */
final class Cognates extends TokenFilter {

	/** Ending → replacement, first match wins: "stion" before "tion", so "question" and "gestão" keep their s. */
	private static final String[][] ENDINGS = {
			{ "stoes", "stion" }, { "stao", "stion" }, { "stions", "stion" }, { "stion", "stion" },
			{ "ciones", "cion" }, { "coes", "cion" }, { "cao", "cion" }, { "tions", "cion" }, { "tion", "cion" },
			{ "siones", "sion" }, { "sions", "sion" }, { "soes", "sion" }, { "sao", "sion" },
			{ "dades", "dad" }, { "dade", "dad" },
			{ "encias", "encia" }, { "ences", "encia" }, { "ence", "encia" } };

	/** What an ending leaves must be at least this long, and the word this long: "nação" → "nacion", "são" stays. */
	private static final int STEM = 2;

	private static final int WORD = 5;

	private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

	Cognates(TokenStream input) {
		super(input);
	}

	@Override
	public boolean incrementToken() throws IOException {
		if (!input.incrementToken()) {
			return false;
		}
		int length = term.length();
		if (length < WORD) {
			return true;
		}
		char[] chars = term.buffer();
		for (String[] ending : ENDINGS) {
			if (length >= ending[0].length() && endsWith(chars, length, ending[0])) {
				// a stem too short for its ending stays as it is, not rewritten by a shorter ending
				if (length - ending[0].length() >= STEM) {
					term.setLength(length - ending[0].length());
					term.append(ending[1]);
				}
				break;
			}
		}
		return true;
	}

	private static boolean endsWith(char[] chars, int length, String ending) {
		int from = length - ending.length();
		for (int i = 0; i < ending.length(); i++) {
			if (chars[from + i] != ending.charAt(i)) {
				return false;
			}
		}
		return true;
	}
}
