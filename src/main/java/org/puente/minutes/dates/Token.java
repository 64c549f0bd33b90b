package org.puente.minutes.dates;

/**
 * One word, number or sign of the text, with its class in the grammar (see {@link Grammar}).
 *
 * @param start offset of its first character in the text
 * @param end offset after its last character
 * @param cls its class: one character of the tag string the grammar's patterns run over
 * @param value the month's or weekday's number, the number's value, the ordinal…; 0 when none
 * @param word the folded text ("sexta-feira", "14", "a mas tardar")
 * @param tight true when nothing separates it from the token before ("12/04/2025" is tight, "12 / 04" is not)
 */
record Token(int start, int end, char cls, int value, String word, boolean tight) {

	/** Digits, and how many ("25" as a year is two digits, "2025" four). */
	int digits() {
		int n = 0;
		while (n < word.length() && Character.isDigit(word.charAt(n))) {
			n++;
		}
		return n;
	}
}
