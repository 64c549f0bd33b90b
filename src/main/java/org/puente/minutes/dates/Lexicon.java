package org.puente.minutes.dates;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The words of one language that a date expression is made of, each with its class in the grammar (see
 * {@link Grammar}) and its value (the month's number, the weekday's ISO number, the ordinal…), read from the
 * language's data ({@link SpanishWords}, {@link EnglishWords}, {@link PortugueseWords}, {@link FrenchWords}). Words are
 * folded (lower case, no accents); a phrase joins its words with '_'. What all four share ("Q3", "H2", "w/c") is read
 * by the {@link Tokenizer}.
 */
final class Lexicon {

	/** A word's class, value and spelling constraints. */
	record Entry(char cls, int value, boolean capitalOnly, boolean accentOnly) {
	}

	private static final Map<String, Lexicon> BY_LANGUAGE = Map.of("es", new Lexicon(SpanishWords.DATA),
			"en", new Lexicon(EnglishWords.DATA), "pt", new Lexicon(PortugueseWords.DATA), "fr",
			new Lexicon(FrenchWords.DATA));

	/** A weekday cut short before its full stop, "lun. 19/05", "vie. 23/05", "seg. 19/05": it introduces the day. */
	static final Set<String> WEEKDAY_ABBREVIATIONS = Set.of("lun", "mar", "mer", "jeu", "ven", "sam", "dim", "mie", "jue",
			"vie", "sab", "dom", "seg", "ter", "qua", "qui", "sex");

	private final Map<String, Entry> words = new HashMap<>();

	private final Set<String> phraseStarts = new HashSet<>();

	private int longestPhrase = 1;

	private final Pattern deadlineCues;

	private final Pattern eventCues;

	private final Pattern deadlineAfter;

	private final Pattern deadlineBefore;

	private Lexicon(String data) {
		Map<String, String> cues = new HashMap<>();
		for (String line : data.split("\n")) {
			String trimmed = line.strip();
			if (trimmed.isEmpty() || trimmed.startsWith("//")) {
				continue;
			}
			int colon = trimmed.indexOf(": ");
			if (colon > 0 && trimmed.indexOf(' ') > colon) {
				cues.put(trimmed.substring(0, colon), trimmed.substring(colon + 2));
				continue;
			}
			String[] parts = trimmed.split("\\s+");
			for (int i = 1; i < parts.length; i++) {
				add(parts[0].charAt(0), parts[i]);
			}
		}
		deadlineCues = cuePattern(cues.get("deadline"));
		eventCues = cuePattern(cues.get("event"));
		deadlineAfter = Pattern.compile("^[\\s,]*(?:" + cues.get("deadline-after") + ")\\b");
		deadlineBefore = Pattern.compile("(?<![\\p{L}\\d])(?:" + cues.get("deadline-before")
				+ ")(?:\\s+(?:dia|day|jour|(?:mois|mes|month)\\s+(?:de|d'|do|of(?: the)?)))?\\s*$"); // "pour le mois de juin"
	}

	static Lexicon of(String lang) {
		Lexicon lexicon = BY_LANGUAGE.get(lang);
		if (lexicon == null) {
			throw new IllegalArgumentException("language '" + lang + "' is none of es, en, pt, fr");
		}
		return lexicon;
	}

	private void add(char cls, String spec) {
		boolean capitalOnly = spec.startsWith("^");
		boolean accentOnly = spec.startsWith("~");
		String body = capitalOnly || accentOnly ? spec.substring(1) : spec;
		int eq = body.lastIndexOf('=');
		int value = eq > 0 ? Integer.parseInt(body.substring(eq + 1)) : 0;
		String word = eq > 0 ? body.substring(0, eq) : body;
		String[] phrase = word.split("_");
		if (phrase.length > 1) {
			phraseStarts.add(phrase[0]);
			longestPhrase = Math.max(longestPhrase, phrase.length);
		}
		words.put(String.join(" ", phrase), new Entry(cls, value, capitalOnly, accentOnly));
	}

	/** A single word or a phrase (words joined by one space). */
	@Nullable Entry lookup(String folded) {
		return words.get(folded);
	}

	boolean startsPhrase(String folded) {
		return phraseStarts.contains(folded);
	}

	int longestPhrase() {
		return longestPhrase;
	}

	/** Words that make the date a limit: "a más tardar", "by", "até", "d'ici"… */
	Pattern deadlineCues() {
		return deadlineCues;
	}

	/** Words that make it the date of an event: "se realizará", "will be held", "reunião", "aura lieu"… */
	Pattern eventCues() {
		return eventCues;
	}

	/** A limit word right after the date: "el 15 de marzo a más tardar", "le 30 mai au plus tard". */
	Pattern deadlineAfter() {
		return deadlineAfter;
	}

	/** "para el viernes", "pour le 15 avril", "for Friday": a limit unless an event word says otherwise. */
	Pattern deadlineBefore() {
		return deadlineBefore;
	}

	private static Pattern cuePattern(String alternatives) {
		return Pattern.compile("(?<![\\p{L}\\d])(?:" + alternatives + ")(?![\\p{L}\\d])");
	}
}
