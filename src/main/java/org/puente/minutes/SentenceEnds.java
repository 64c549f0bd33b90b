package org.puente.minutes;

import java.util.regex.Pattern;

/**
 * Where {@link Narrative} ends a paragraph's sentences (cut through {@link Abbreviations#sentences}, which spares "Sr.",
 * "art." and initials): a stop before a capital, a blank line, a label in wrapped lines ("… open Action Item
 * A2014-10: …"), and two shapes of texts copied from PDFs and web pages:
 * <ul>
 * <li>a stop with no space after it, before a capitalised word ("… considerar el cambio.Se aprueba …", "… em
 * Maputo.Na sessão …"): three lower-case letters before the stop and one after the capital, so that "www.Google",
 * "U.S.A", "e.g.The", decimals ("4.120,00") and references ("art.5") stay whole;</li>
 * <li>a point's number or letter run into the line after a stop ({@link #RUN_IN_POINT}).</li>
 * </ul>
 * Bullets and dashes run into a line ("… pigeons. • Investigation …") are not cut: tried, it split items the gold keeps
 * whole in batch ae (bench/minutes-quality/README.md, near10, attempt 1).
 */
final class SentenceEnds {

	/** A stop with no space after it, three lower-case letters before it, a capitalised word or "A", "O" after it. */
	static final String NO_SPACE = "(?<=\\p{Ll}{3}\\.)(?=\\p{Lu}(?:\\p{Ll}|\\s))";

	/**
	 * A point's number or letter run into the text after a stop ("… Aragón. 1º.- ", "… Alambari. 2) ", "… soon. b. "),
	 * or a point's ordinal word or capital letter after a colon ("ACUERDA: PRIMERO.- Se aprueba …", "… aprovada por
	 * unanimidade: A - O cooperado …"). A figure after a colon ("a saber: 1) Projeto …") stays with the sentence that
	 * announces it, which tells the decision.
	 */
	static final String RUN_IN_POINT = "(?<=[.!?;])\\s+(?:\\d{1,2}(?:\\.\\d{1,2})?[º°]?\\s*[.)]-?|[a-h][.)])\\s*(?=\\p{Lu})"
			+ "|(?<=[.!?;:])\\s+(?:[A-H]\\s+[-–]|\\p{Lu}{4,9}\\.-)\\s*(?=\\p{Lu})";

	static final Pattern NARRATIVE = Pattern.compile("(?<=[.!?;])(?:\\s+(?=[\\p{Lu}\"«(\\[¿¡])|" + NO_SPACE
			+ ")|" + RUN_IN_POINT + "|\\n\\s*\\n|\\s+(?=" + ToldSentences.LABEL_WORDS + ")");

	private SentenceEnds() {
	}
}
