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
 * A run-on line of an acta holds several decisions one after another; three more ends part them (branch runon16, 42
 * development parts +4 matched, bench/minutes-quality/README.md): an acta's title closed by a stop and dashes
 * ({@link #STOP}: "2.- DESPACHO DE OFICIOS.- Se acordó …", "… um voto contra.--- De seguida …") and a feminine ordinal
 * ("… administrativa. 2ª Gestionar …", "actuaciones: 1ª Ejecutar …"); a sentence opening in bold ({@link #OPENS}:
 * "… terminé). **Thomas CAUCHY** ainsi que …"); an arrow run into the line ({@link #ARROW}: "… près de la Pizzeria. =>
 * Monsieur le Maire : voir si …", "… des communes → Mise en place …").
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
			+ "|(?<=[.!?;:])\\s+(?:[A-H]\\s+[-–]|\\p{Lu}{4,9}\\.-|\\d{1,2}ª(?=\\s+\\p{Lu}))\\s*(?=\\p{Lu})";

	/** After a stop (and the dashes of an acta's title: "DESPACHO DE OFICIOS.- Se acordó", "contra.--- De seguida"). */
	static final String STOP = "(?<=[.!?;\\-–])(?<=[.!?;]|[.!?;]-{1,3}|[.!?;]–)"; // one class first: cheap where no stop

	/** {@link #STOP} without the dashes: a stop alone. */
	static final String PLAIN_STOP = "(?<=[.!?;])";

	/** What opens a sentence after a stop: a capital, a quote, a bracket. */
	static final String OPENER = "[\\p{Lu}\"«(\\[¿¡]";

	/** What opens the next sentence: a capital, a quote, a bracket, or a capital in bold ("… terminé). **Thomas** a …"). */
	static final String OPENS = "(?=" + OPENER + "|\\*\\*\\p{Lu})";

	/** An arrow run into the line: what it leads to is a sentence of its own ("… Pizzeria. => Monsieur le Maire : voir …"). */
	static final String ARROW = "|(?=[\\s=⇒→])(?<!\\s)\\s*+(?:=>|⇒|→)\\s*(?=\\p{L})";

	static final Pattern NARRATIVE = narrative(STOP, OPENS, ARROW);

	/** {@link #NARRATIVE} without the run-on ends: the same cuts in a text that holds none of their marks. */
	private static final Pattern PLAIN_NARRATIVE = narrative(PLAIN_STOP, "(?=" + OPENER + ")", "");

	private static Pattern narrative(String stop, String opens, String arrow) {
		return Pattern.compile("(?:" + stop + "\\s+" + opens + "|" + PLAIN_STOP + NO_SPACE + ")|" + RUN_IN_POINT
				+ "|\\n\\s*\\n|\\s+(?=" + ToldSentences.LABEL_WORDS + ")" + arrow);
	}

	/**
	 * The sentence ends for this text. The run-on ends are tried at every position of every paragraph and cost about 5 %
	 * of a reading (runon16's measure); most paragraphs hold none of their marks, and those read with the plain pattern.
	 */
	static Pattern narrative(CharSequence text) {
		return runOn(text) ? NARRATIVE : PLAIN_NARRATIVE;
	}

	/** Whether the text holds a mark a run-on end needs: a stop and a dash, "ª", "**", an arrow. */
	static boolean runOn(CharSequence text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			char next = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
			if (c == 'ª' || c == '⇒' || c == '→' || (c == '*' && next == '*') || (c == '=' && next == '>')
					|| ((c == '.' || c == '!' || c == '?' || c == ';') && (next == '-' || next == '–'))) {
				return true;
			}
		}
		return false;
	}

	private SentenceEnds() {
	}
}
