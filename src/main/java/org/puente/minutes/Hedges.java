package org.puente.minutes;

import java.util.regex.Pattern;

import org.puente.i18n.TextFolding;

/**
 * A sentence of the discussion that only weighs an idea ("Maybe we should have a rule", "Feel like we should support
 * it", "Is this an edge case?", "Nous pensons à reprendre", "Quizás deberíamos", "Acho que devemos"), or tells how a thing works to a generic
 * "you" ("Now you have to explicitly declare"), states no decision nor task, whatever its modal says: {@link Narrative} reads "should", "we need to", "on va" as one, so its sentences
 * (where {@link Prose#NARRATIVE}) that hedge are left out.
 */
final class Hedges {

	private static final Pattern HEDGE = Pattern.compile("\\b(?:maybe|perhaps|probably|feel\\s+like|i\\s+think"
			+ "|we\\s+think|think\\s+it|it\\s+seems|seems\\s+(?:like|to)|not\\s+sure|i\\s+don'?t\\s+know|might"
			+ "|quizas?|tal\\s+vez|probablemente|creo\\s+que|creemos\\s+que|parece\\s+que|a\\s+lo\\s+mejor|no\\s+se\\s+si"
			+ "|talvez|provavelmente|acho\\s+que|achamos\\s+que|nao\\s+sei|quem\\s+sabe|peut-etre|probablement"
			+ "|je\\s+pense|nous\\s+pensons|on\\s+pense|il\\s+semble|je\\s+ne\\s+sais\\s+pas|il\\s+me\\s+semble|peut\\s+etre"
			+ "|il\\s+faudrait|pourrai(?:t|ent)|believes?|expects?\\s+that|acredita\\s+que|cree\\s+que|pense\\s+que)\\b"
			// a decision left for later or not taken: "will have to decide whether", "isso ainda não ficou definido"
			+ "|\\b(?:decide|decidir|decider)\\s+(?:whether|if|si|se)\\b|\\b(?:not\\s+yet|ainda\\s+nao|todavia\\s+no|aun\\s+no"
			+ "|pas\\s+encore)\\s+(?:\\p{L}+\\s+){0,2}(?:decided|defined|agreed|definid[oa]|decidid[oa]|acordad[oa]|decide|defini)\\b"
			// a generic "you": how a thing works, not who does what ("Now you have to explicitly declare")
			+ "|\\b(?:you|usted|ustedes|voce|voces|vous|tu)\\s+(?:\\p{L}+\\s+)?(?:have\\s+to|has\\s+to|will|should|can|must"
			+ "|need\\s+to|tiene[ns]?\\s+que|debe[ns]?|podra[ns]?|puede[ns]?|deve[ms]?|pode[ms]?|tem\\s+que|vai|devez|pouvez"
			+ "|allez|dois|peux|vas)\\b"
			// a question ("Is this just an edge case?") or a bare conditional ("[Dan] Could make a note")
			+ "|^(?:\\[[^]]{1,30}\\]\\s*)?(?:is|are|should|do|does|can|could|would|might)\\b(?:[^.?]{0,200}\\?)?");

	private Hedges() {
	}

	static boolean hedged(Candidate c) {
		if (Math.abs(c.confidence() - Prose.NARRATIVE) > 1e-9) {
			return false;
		}
		String folded = TextFolding.fold(Narrative.EMPHASIS_MARKS.matcher(c.segment().text()).replaceAll(""))
			.replace('’', '\'').strip();
		return HEDGE.matcher(folded).find();
	}
}
