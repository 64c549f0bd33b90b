package org.puente.minutes;

import java.util.List;
import java.util.regex.Pattern;

import org.puente.i18n.TextFolding;

/**
 * The features that tell a sentence of prose worth keeping from the account around it (docs/minutes-reading.md,
 * "Prose model"): where the sentence stands in its paragraph (a paragraph of discussion tends to end on what was
 * decided: "… After some discussion, it was agreed to renew the lease."), whether the rest of its paragraph reports
 * what people said, whether it tells a decision impersonally or in the first person plural, whether it opens with
 * someone who will do something, and whether the structure's readers found any item in the document (where they found
 * none, prose is the only place its agreements can be). Appended after {@link ScoringFeatures}' own; both models
 * have their columns, read for the prose model's candidates only (0 for the structure's items, which need not pay for
 * them).
 */
final class ProseFeatures {

	static final List<String> NAMES = List.of("para.first", "para.last", "para.alone", "para.reported",
			"lex.we_decided", "lex.subject_will", "doc.no_items");

	/**
	 * A decision told impersonally or by the meeting itself, folded: "we agreed", "it was agreed", "se decidió",
	 * "decidimos", "on a décidé", "il est convenu", "ficou definido", "foi aprovado", "was approved", "por
	 * unanimidad".
	 */
	private static final Pattern WE_DECIDED = Pattern.compile("\\b(?=[acdefimnoprstuw])(?:se\\s+(?:acord|decid|aprob"
			+ "|resolv|aprueb|acuerd|establec|defin|fij|design|nombr|eligi|vot)\\p{L}*|we\\s+(?:have\\s+)?(?:agreed"
			+ "|decided|resolved|will|shall|need\\s+to|should|are\\s+going\\s+to)|it\\s+was\\s+(?:agreed|decided"
			+ "|resolved|approved|voted|proposed)|(?:on|nous)\\s+(?:a|avons)\\s+(?:decide|convenu|valide|vote|adopte"
			+ "|choisi)|il\\s+(?:est|a\\s+ete)\\s+(?:decide|convenu|valide|vote|acte)|fic(?:ou|aram)\\s+(?:definid"
			+ "|decidid|acordad|combinad|aprovad|estabelecid|resolvid)\\p{L}*|(?:decid|acord|aprob|resolv|defin|combin)"
			+ "(?:imos|amos)|foi\\s+(?:decidid|aprovad|definid|acordad|eleit|deliberad)\\p{L}*|(?:was|were)\\s+"
			+ "(?:approved|agreed|adopted|elected|accepted|passed|carried|decided|resolved)|(?:fue|fueron)\\s+(?:aprobad"
			+ "|elegid|acordad|designad|nombrad)\\p{L}*|a\\s+ete\\s+(?:valide|adopte|approuve|decide|vote|elu)e?s?"
			+ "|agreed\\s+(?:to|that)|motion\\s+(?:carried|passed)|resolved\\s+(?:to|that)|unanim\\p{L}*"
			+ "|por\\s+unanimidad[e]?|a\\s+l'unanimite)");

	/**
	 * Someone, then what they will do, in the sentence's first words (folded): "Ana will send …", "the secretary is
	 * going to …", "Juan va a …", "Marie se charge de …", "o tesoureiro vai …", "Pierre devra …".
	 */
	private static final Pattern SUBJECT_WILL = Pattern.compile("^[\\W\\d]*(?:\\p{L}[\\p{L}'.-]*\\s+){0,2}?(?:will"
			+ "|shall|is\\s+going\\s+to|are\\s+going\\s+to|va\\s+a|van\\s+a|se\\s+encarga\\p{L}*|vai|vao|va|vont|devra"
			+ "|devera|debera|se\\s+charge\\p{L}*|s'occupe\\p{L}*|fica\\s+(?:de|responsavel)|queda\\s+a\\s+cargo)\\b");

	/** At most this much of the paragraph on either side of the sentence is read for reported speech. */
	private static final int AROUND = 400;

	private ProseFeatures() {
	}

	/**
	 * The features of one candidate.
	 *
	 * @param folded its text folded, emphasis marks dropped ({@link ScoringFeatures#of})
	 */
	static double[] of(ScoringContext context, TextSpan span, String folded) {
		double first = 0;
		double last = 0;
		double reported = 0;
		if (span.located() && span.end() <= context.source().length()) {
			String source = context.source();
			int start = paragraphStart(source, span.start());
			int end = paragraphEnd(source, span.end());
			String before = source.substring(Math.max(start, span.start() - AROUND), span.start());
			String after = source.substring(span.end(), Math.min(end, span.end() + AROUND));
			first = wordless(before) ? 1 : 0;
			last = wordless(after) ? 1 : 0;
			reported = ScoringFeatures.REPORTED.matcher(TextFolding.fold(before + " " + after)).find()
					? 1 : 0;
		}
		return new double[] { first * (1 - last), last * (1 - first), first * last, reported,
			WE_DECIDED.matcher(folded).find() ? 1 : 0, SUBJECT_WILL.matcher(folded).find() ? 1 : 0,
			context.items() == 0 ? 1 : 0 };
	}

	/**
	 * Where the paragraph of the offset begins: after a blank line, or at a line that opens with a marker; looked for
	 * no further than {@link #AROUND} back (text without blank lines, out of a PDF, would be read again per sentence).
	 */
	static int paragraphStart(String source, int offset) {
		int line = source.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
		while (line > 0 && offset - line < AROUND && Markers.marker(source.substring(line, lineEnd(source, line))) == null) {
			int previous = source.lastIndexOf('\n', line - 2) + 1;
			if (source.substring(previous, line).isBlank()) {
				break;
			}
			line = previous;
		}
		return line;
	}

	/** Where the paragraph of the offset ends: at a blank line, or before a line that opens with a marker (or {@link #AROUND} on). */
	static int paragraphEnd(String source, int offset) {
		int end = lineEnd(source, offset);
		while (end < source.length() && end - offset < AROUND) {
			int next = end + 1;
			int nextEnd = lineEnd(source, next);
			String line = source.substring(next, nextEnd);
			if (line.isBlank() || Markers.marker(line) != null) {
				break;
			}
			end = nextEnd;
		}
		return end;
	}

	private static int lineEnd(String source, int offset) {
		int end = source.indexOf('\n', offset);
		return end < 0 ? source.length() : end;
	}

	/** No word: only spaces, a marker, punctuation (the sentence opens or closes its paragraph). */
	private static boolean wordless(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (Character.isLetter(text.charAt(i))) {
				return false;
			}
		}
		return true;
	}
}
