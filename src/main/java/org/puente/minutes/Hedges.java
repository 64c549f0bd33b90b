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

	private static final Pattern HEDGE = Patterns.compile("\\b(?:maybe|perhaps|probably|feel\\s+like|i\\s+think"
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

	/**
	 * Someone's question or suggestion told as reported, after its speaker: "Ludger asked if there are plans", "Alicia
	 * thinks we should wait", "P-H Pelloux s'interroge sur les règles", "Ana preguntó si", "Rui sugeriu que": a position
	 * in the discussion, not what the meeting decided.
	 */
	private static final Pattern ASKED = Pattern.compile("\\s(?:asked|asks|wondered|wonders|pregunto|preguntaron|preguntan"
			+ "|perguntou|perguntaram|questionou|demande|a\\s+demande|se\\s+demande|s'interroge|s'inquiete)\\s+(?:whether|if"
			+ "|about|si|se|sobre|sur|pourquoi|why|how|como|comment|de\\s+savoir|des\\s+precisions)\\b"
			+ "|\\s(?:suggests?|suggested|thinks|sugiere|sugirio|sugieren|sugere|sugeriu|suggere|a\\s+suggere|opina|opino"
			+ "|opinou)\\s+(?:that|to|que|de|d'|qu'|we|on)\\b");

	/**
	 * An aim stated as such, with no date: "Notre objectif est de récupérer des fiches", "Goal should be to scope the
	 * project", "Objectifs : produire un standard", "El objetivo de la reunión es": what the meeting or the group aims
	 * at, which the annotation rules leave out unless listed as the tasks ahead.
	 */
	private static final Pattern AIM = Pattern.compile("^\\W*(?:the\\s+|our\\s+|notre\\s+|nuestro\\s+|el\\s+|o\\s+"
			+ "|nosso\\s+|l'|le\\s+)?(?:goals?|objectives?|aims?|purpose|objectifs?|objetivos?|proposito|finalidade?)(?:\\s+"
			+ "(?:of\\s+the|of\\s+this|de\\s+la|de\\s+esta|de\\s+cette|da|desta)\\s+(?:meeting|reunion|reuniao|seance))?\\s*"
			+ "(?::|(?:is|are|should\\s+be|est|es|e|sera|was|fue|foi|etait)\\b)");

	/** How far the first sentence of an item is read for a hedge or a reported question. */
	private static final int FIRST_SENTENCE = 250;

	private Hedges() {
	}

	/**
	 * Whether the candidate weighs an idea, asks or suggests rather than states: a sentence of the discussion
	 * ({@link Prose#NARRATIVE}) that hedges anywhere; a paragraph of a whole-document reading ({@link Candidate#of})
	 * whose first sentence hedges; any item of the structure whose first sentence is a reported question or suggestion,
	 * or that states an aim with no date.
	 */
	static boolean hedged(Candidate c) {
		if (!Scoring.model(c).isEmpty()) {
			return false;
		}
		boolean narrative = Math.abs(c.confidence() - Prose.NARRATIVE) < 1e-9;
		boolean layout = Math.abs(c.confidence() - 1.0) < 1e-9;
		String text = c.segment().text();
		// only a sentence of the discussion is read whole; of any other item, its first sentence (the date test aside)
		String folded = folded(narrative || text.length() <= 2 * FIRST_SENTENCE ? text : text.substring(0, 2 * FIRST_SENTENCE));
		String first = firstSentence(folded);
		return narrative && HEDGE.matcher(folded).find() || layout && HEDGE.matcher(first).find()
				|| ASKED.matcher(first).find() || AIM.matcher(first).lookingAt() && !ScoringFeatures.DATE.matcher(folded(text)).find();
	}

	private static String folded(String text) {
		return TextFolding.fold(Narrative.EMPHASIS_MARKS.matcher(text).replaceAll("")).replace('’', '\'').strip();
	}

	/** The text up to its first full stop, question or exclamation mark, at most {@link #FIRST_SENTENCE} characters. */
	private static String firstSentence(String folded) {
		int end = Math.min(folded.length(), FIRST_SENTENCE);
		for (int i = 0; i < end; i++) {
			char ch = folded.charAt(i);
			if (ch == '.' || ch == '?' || ch == '!') {
				return folded.substring(0, i);
			}
		}
		return folded.substring(0, end);
	}
}
