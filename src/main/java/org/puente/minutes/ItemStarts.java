package org.puente.minutes;

import java.util.List;
import java.util.regex.Pattern;

import org.puente.i18n.TextFolding;

/**
 * Where an item starts when the readers took a whole paragraph or point whose first sentences only tell the discussion
 * and a later one tells what was decided ("Merrill discussed the investigation into … Armand and Merrill agreed to
 * revisit the work item …", "Existen dos posibles Sponsors … Se resuelve posponer el tema …"). The corpus rules make
 * the sentence that states a decision the item, "wherever it stands" in the account; the account before it tells
 * nothing and is no item of its own. So the item starts at its first sentence that {@link Narrative} reads as told,
 * when none before it is. A short first sentence that names the topic ("Logo de la asociación.") stays with the
 * decision, as {@link Narrative#sentences} keeps it.
 */
final class ItemStarts {

	/** A sentence's end with more words after it: an item without one is one sentence. */
	private static final Pattern SENTENCES = Pattern.compile("[.!?;…]\\s+\\S|\\n\\s*\\n");

	/** {@link Cues#INLINE_AGREEMENT}'s labels anywhere, not only where a sentence starts. */
	private static final Pattern LABEL_ANYWHERE = Pattern.compile(Cues.INLINE_AGREEMENT.pattern().substring(1),
			Cues.INLINE_AGREEMENT.flags());

	private ItemStarts() {
	}

	/** The candidate, started at its first told sentence when the sentences before it tell nothing. */
	static Candidate started(Candidate c, String source, ReadingContext reading) {
		String text = c.segment().text();
		int at = start(text, reading);
		if (at <= 0) {
			return c;
		}
		String rest = text.substring(at).strip();
		Segment s = c.segment();
		return new Candidate(new Segment(s.number(), s.theme(), rest, s.owners(), s.due()), within(source, c.span(), rest),
				c.confidence());
	}

	/**
	 * Where the item's first told sentence begins, when it records a decision, is not the item's first sentence and
	 * none before it tells anything; else 0. An item that opens with its verb ("Autorizar al Sr. Alcalde …") states
	 * its act there, whatever the vote after it says.
	 */
	static int start(String text, ReadingContext reading) {
		if (!SENTENCES.matcher(text).find()) {
			return 0; // one sentence (most items): nothing to weigh
		}
		if (!mayDecide(text)) {
			return 0; // no decision's words anywhere: no sentence of it can be one, and Narrative need not read them
		}
		List<int[]> sentences = Narrative.sentences(text, true, reading);
		for (int[] s : sentences) {
			if (s[2] == 1) {
				String before = text.substring(0, s[0]);
				return decides(text.substring(s[0], s[1])) && !shouted(before) && !operative(before) ? s[0] : 0;
			}
		}
		return 0;
	}

	/**
	 * A sentence that records a decision: a body's verb of decision ("the Committee agreed", "a Câmara deliberou"), an
	 * impersonal or first-person one ("It was agreed", "Se resuelve", "Fica decidido", "nous avons décidé", "the
	 * Balance Sheet foi aprovado"), or a decision's label ("Decision: …"). Not a task, a vote count nor a volunteer:
	 * those are read as items where they stand, and a paragraph opened by one is not a discussion.
	 */
	static boolean decides(String sentence) {
		return holdsDecision(folded(sentence), Cues.INLINE_AGREEMENT);
	}

	/**
	 * Whether some sentence of the item may record a decision: {@link #decides}' words anywhere in it. Splitting and
	 * reading the sentences ({@link Narrative#sentences}) is what costs; most items of several sentences hold none of
	 * these words, and without this test the extraction read 10 % fewer pages a second (210–215 against 234–255).
	 */
	private static boolean mayDecide(String text) {
		return holdsDecision(folded(text), LABEL_ANYWHERE);
	}

	/** A decision's words in folded text; {@code label} says where a decision's label may stand. */
	private static boolean holdsDecision(String folded, Pattern label) {
		return Narrative.BODY_DECIDES.matcher(folded).find() || Narrative.DECIDED.matcher(folded).find()
				|| Cues.DECIDED_IN_ACCOUNT.matcher(folded).find() || label.matcher(folded).find();
	}

	private static String folded(String text) {
		return TextFolding.fold(Narrative.EMPHASIS_MARKS.matcher(text.strip()).replaceAll("").replace('’', '\''));
	}

	/**
	 * A beginning written in capitals ("APROVAÇÃO DA ATA NÚMERO DEZANOVE, …. DELIBERAÇÃO: A Câmara …") is the title
	 * of the point its decision belongs to, as a short first sentence is: the item keeps it.
	 */
	static boolean shouted(String words) {
		long letters = words.chars().filter(Character::isLetter).count();
		return letters > 0 && words.chars().filter(Character::isUpperCase).count() * 5 >= letters * 4;
	}

	/** Opens with its verb ("Autorizar al Sr. Alcalde …"); a bold title first ("**Docker Compose Security** …") names a topic. */
	private static boolean operative(String words) {
		return !words.startsWith("*") && !words.startsWith("_") && ItemDetails.opensWithVerb(words);
	}

	/** Where the rest sits inside the candidate's span, when the span is known. */
	private static TextSpan within(String source, TextSpan span, String rest) {
		if (!span.located() || span.end() > source.length()) {
			return TextSpan.NONE;
		}
		TextSpan found = Spans.locate(source.substring(span.start(), span.end()), List.of(rest)).get(0);
		return found.located() ? new TextSpan(span.start() + found.start(), span.start() + found.end()) : TextSpan.NONE;
	}
}
