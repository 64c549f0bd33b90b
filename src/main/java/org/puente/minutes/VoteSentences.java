package org.puente.minutes;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.puente.i18n.TextFolding;

/**
 * A short sentence that records the vote on what the sentences before it tell, and names nothing itself: "This was
 * agreed to.", "Motion to hold off passed.", "Se aprueba por unanimidad luego de varias preguntas.", "Los cuales
 * fueron aprobados por unanimidad.", "Le changement est validé.", "Commissioner Thomas seconded the motion and the vote
 * of the board was unanimous.". It is where the decision is recorded, not where it begins: the item is the point or
 * proposal it closes, from the sentence before it (the golds of y, x, ae, af, ak, am, ao start there, at the point's
 * title or the proposal's first words), so that sentence starts it rather than the vote.
 */
final class VoteSentences {

	/** Longer sentences state what they decide. */
	private static final int LONGEST = 110;

	private static final Pattern CLOSES = Pattern.compile("^(?:(?:this|that|it|which|these|all|the\\s+(?:motion|proposal"
			+ "|recommendation|change|request|amendment|item|minutes|report)s?|(?:the\\s+)?motion(?:\\s+[\\w'-]+){0,6})"
			+ "\\s+(?:was\\s+|were\\s+|is\\s+|are\\s+|has\\s+been\\s+)?(?:\\w+\\s+)?(?:agreed|approved|carried|passed|adopted"
			+ "|accepted)\\b|[^.]{0,60}\\bseconded\\s+the\\s+motion\\b.*\\b(?:unanimous|carried|passed|approved)\\b"
			+ "|vote\\s+on\\s+(?:the\\s+)?motion\\b|(?:se\\s+)?(?:aprueba|aprueban|aprobo|aprobaron|acepta|aceptan)"
			+ "\\s+(?:por|con|sin|luego|tras|despues)\\b|(?:(?:los|las)\\s+cuales|este|esta|estos|estas|la\\s+propuesta"
			+ "|la\\s+mocion)\\s+(?:fue|fueron|es|son|ha\\s+sido|han\\s+sido)\\s+(?:\\w+\\s+)?(?:aprobad|aceptad)[oa]s?\\b"
			+ "|(?:cela|ceci|celle-ci|celui-ci|ce\\s+point|la\\s+proposition|le\\s+changement|la\\s+motion|la\\s+demande)"
			+ "\\s+(?:est|a\\s+ete|sont|ont\\s+ete)\\s+(?:\\w+\\s+)?(?:adopte|approuve|valide|vote|accepte)e?s?\\b"
			+ "|(?:adopte|approuve|valide|accepte)e?s?\\s+a\\s+l'unanimite|(?:aprovad[oa]s?|aprobad[oa]s?)\\s+por\\s+"
			+ "|(?:a\\s+proposta|o\\s+pedido|a\\s+mocao|o\\s+mesmo|a\\s+mesma|esta|este)\\s+(?:foi|foram)\\s+(?:\\w+\\s+)?aprovad[oa]s?\\b)");

	private VoteSentences() {
	}

	/**
	 * The vote {@code all.get(i)} joined to the item the sentence before it is in, or to a span of the account since
	 * the last item (from the paragraph's start when none): the spans are {@link Narrative#sentences}' (start, end, 1
	 * when told); the untold ones found last (with {@code every}) are that account.
	 */
	static void join(List<int[]> found, List<int[]> all, int i) {
		while (!found.isEmpty() && found.get(found.size() - 1)[2] == 0) {
			found.remove(found.size() - 1);
		}
		int[] last = found.isEmpty() ? null : found.get(found.size() - 1);
		if (last != null && last[1] >= all.get(i - 1)[1]) {
			last[1] = all.get(i)[1];
			return;
		}
		int start = 0;
		for (int j = 0; last != null && j < i; j++) {
			if (all.get(j)[0] >= last[1]) {
				start = all.get(j)[0];
				break;
			}
		}
		found.add(new int[] { start, all.get(i)[1], 1 });
	}

	/** Whether the sentence only records the vote on what precedes it. */
	static boolean closes(String sentence) {
		String s = sentence.strip();
		if (s.length() > LONGEST) {
			return false;
		}
		Matcher m = CLOSES.matcher(TextFolding.fold(s).replace('’', '\''));
		if (!m.find()) {
			return false;
		}
		// what follows the vote is its manner ("por unanimidad", "to", "15 in favor"), not its object ("… that TW would
		// keep …", "Se aprobó por mayoría: Actas 1232")
		String rest = m.group().startsWith("vote") ? "" : s.substring(Math.min(s.length(), m.end()));
		return rest.length() <= 45 && rest.indexOf(':') < 0 && !AN_OBJECT.matcher(rest).lookingAt()
				&& !ARTICLE.matcher(rest).find();
	}

	private static final Pattern AN_OBJECT = Pattern.compile("\\s*(?:that|que|qu'|to\\s+\\p{L}{3,}|de\\s+\\p{L}{3,})");

	/** "… por unanimidad el estado de cuentas 2011/2012": an article before a noun names what is approved. */
	private static final Pattern ARTICLE = Pattern.compile("(?i)\\b(?:el|la|los|las|un|una|the|an?|le|les|o|os|as|um|uma)\\s+\\p{L}");
}
