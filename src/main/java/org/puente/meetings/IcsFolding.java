package org.puente.meetings;

/**
 * Folds iCalendar content lines at 75 octets, as RFC 5545 §3.1 asks: a longer line continues on the next one,
 * which starts with a space. Octets, not characters: "Reunión" is 8 octets in UTF-8, and a character is never cut.
 */
final class IcsFolding {

	static final int MAX_OCTETS = 75;

	private IcsFolding() {
	}

	static String fold(String ics) {
		StringBuilder out = new StringBuilder(ics.length() + ics.length() / 40);
		for (String line : ics.split("\r\n", -1)) {
			if (out.length() > 0) {
				out.append("\r\n");
			}
			foldLine(line, out);
		}
		return out.toString();
	}

	private static void foldLine(String line, StringBuilder out) {
		int octets = 0;
		for (int i = 0; i < line.length();) {
			int codePoint = line.codePointAt(i);
			int size = codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4; // UTF-8 octets
			if (octets + size > MAX_OCTETS) {
				out.append("\r\n ");
				octets = 1; // the space that marks a continuation counts
			}
			out.appendCodePoint(codePoint);
			octets += size;
			i += Character.charCount(codePoint);
		}
	}
}
