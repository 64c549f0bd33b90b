package org.puente.minutes;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.puente.i18n.Language;

/**
 * One reading of one set of minutes, made where the reading starts ({@link MinutesReading#read}) and handed to the
 * parts that need what it knows: the text as given, the text the scoring weighs ({@link Structure#scored}: the HTML it
 * carries blanked) and that text folded for locating items in it ({@link Spans}), each made once, and the language —
 * as given, or guessed once from the whole text (a sentence alone is too short to guess). The scoring's stems
 * ({@link Scoring}) and the grammar of told sentences ({@link ToldClauses}) read it in that language. It also keeps
 * {@link Narrative}'s answers for the sentences asked about ({@link #states}).
 *
 * <p>Explicit, not a thread-local: the language and the scoring's text belong to one reading, and a thread-local that
 * one caller must set and another reset (as {@code ToldClauses.reading(text)} and {@code Narrative.forget()} were, at
 * two different points of the reading) answers for the last reading of the thread when a new entry point forgets to
 * reset it — a test, an export, a reading of an item alone. A part that needs the reading cannot be called without
 * one, and what it keeps is dropped with it.
 */
final class ReadingContext {

	private final String text;

	private final String language;

	private final int index;

	private @Nullable String scored;

	private Spans.@Nullable Folded folded;

	/** {@link Narrative}'s answers for the sentences asked about in this reading. */
	private final Map<String, Boolean> states = new HashMap<>();

	private ReadingContext(String text, String language) {
		this.text = text;
		this.language = language;
		this.index = Math.max(0, Language.CODES.indexOf(language));
	}

	/**
	 * A reading of the text in the given language (es, en, pt, fr, any case), or in the one guessed from it when none is
	 * given or it is blank.
	 *
	 * @throws IllegalArgumentException when the language given is none of {@link MinutesReading#LANGUAGES}
	 */
	static ReadingContext of(String text, Optional<String> language) {
		String read = language.filter(l -> !l.isBlank()).map(l -> l.toLowerCase(Locale.ROOT))
			.orElseGet(() -> LanguageGuesser.guess(text));
		if (!Language.CODES.contains(read)) {
			throw new IllegalArgumentException("language must be one of " + Language.CODES + ": " + read);
		}
		return new ReadingContext(text, read);
	}

	/** A reading of the text in the language guessed from it (the tests and the exports read a text alone so). */
	static ReadingContext of(String text) {
		return of(text, Optional.empty());
	}

	/** The minutes' text as given, on whose offsets the items' spans are. */
	String text() {
		return text;
	}

	/** es, en, pt or fr. */
	String language() {
		return language;
	}

	/** The language's index in {@link Language#CODES} (the order of {@link ProseStems}' stemmers). */
	int languageIndex() {
		return index;
	}

	/** The text the scoring locates the candidates in and reads their context from ({@link Structure#scored}), made once. */
	String scored() {
		if (scored == null) {
			scored = Structure.scored(text);
		}
		return scored;
	}

	/**
	 * The text folded for {@link Spans} (no whitespace or asterisks, lower case, each character's offset kept), made
	 * once: the scoring locates the candidates in {@link #scored()}, the reading its items in the text, most often the
	 * same string.
	 */
	Spans.Folded folded(String source) {
		if (folded == null || !folded.source().equals(source)) {
			folded = Spans.Folded.of(source);
		}
		return folded;
	}

	/**
	 * Whether the sentence tells a decision or a task ({@link Narrative#reads}), answered once in this reading: the
	 * readers, the prose and the scoring ask of the same sentence several times, and the answers go with the reading.
	 */
	boolean states(String sentence) {
		return states.computeIfAbsent(sentence, Narrative::reads);
	}
}
