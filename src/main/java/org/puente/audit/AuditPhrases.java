package org.puente.audit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;

/**
 * A module's stored summaries and the message that says each in words: "Follows meeting (.+)" of a meeting
 * follower is {@code meetings.audit.follows}. Reads an entry (which phrase, with the parts the pattern captures)
 * and finds the phrases whose words contain a search's words. The patterns are plain regular expressions that Java
 * and PostgreSQL read alike (no named groups, no possessive or lookaround).
 */
public final class AuditPhrases {

	/**
	 * Entries of {@code entity} whose stored summary matches the whole of {@code stored} read as message {@code key},
	 * the captured parts numbered in {@code parts} said in words (a country's code by its name).
	 */
	public record Phrase(AuditedEntity entity, Pattern stored, String key,
			Map<Integer, BiFunction<String, Locale, String>> parts) {

		/** This phrase with its part {@code n} said by {@code wording}: {@code Countries::nameOf}. */
		public Phrase part(int n, BiFunction<String, Locale, String> wording) {
			Map<Integer, BiFunction<String, Locale, String>> more = new HashMap<>(parts);
			more.put(n, wording);
			return new Phrase(entity, stored, key, Map.copyOf(more));
		}

		/** Its part {@code n} in words, a number as a number (so that a message can count it), else as stored. */
		Object worded(int n, String part, Locale locale) {
			if (parts.containsKey(n)) {
				return parts.get(n).apply(part, locale);
			}
			return part.matches("[0-9]{1,18}") ? (Object) Long.valueOf(part) : part;
		}
	}

	/** A language's code by its name in the reader's language: "es" → "español", "Spanish". */
	public static String language(String code, Locale locale) {
		return Locale.forLanguageTag(code).getDisplayLanguage(locale);
	}

	/** An entry read: its phrase, and the parts its pattern captured ("" for a part not there). */
	public record Read(Phrase phrase, List<String> parts) {

		public String part(int n) {
			return parts.get(n - 1);
		}
	}

	private final List<Phrase> phrases;

	public AuditPhrases(Phrase... phrases) {
		this.phrases = List.of(phrases);
	}

	public static Phrase phrase(AuditedEntity entity, String stored, String key) {
		return new Phrase(entity, Pattern.compile(stored, Pattern.DOTALL), key, Map.of());
	}

	/** The first phrase that reads {@code entry}. */
	public Optional<Read> read(AuditedEntry entry) {
		for (Phrase p : phrases) {
			Matcher m = p.stored().matcher(entry.stored());
			if (p.entity() == entry.entity() && m.matches()) {
				List<String> parts = new ArrayList<>();
				for (int g = 1; g <= m.groupCount(); g++) {
					parts.add(m.group(g) == null ? "" : m.group(g));
				}
				return Optional.of(new Read(p, parts));
			}
		}
		return Optional.empty();
	}

	/**
	 * The entries whose phrase, in {@code locale} and without its names and numbers, contains {@code words}: "seguimiento"
	 * finds every "Follows meeting …".
	 */
	public List<AuditMatch> matching(String words, Locale locale, MessageSource messages) {
		// zeros, not blanks, for the arguments: a counted one ("{5, plural, …}") must be a number; then taken out
		Object[] blanks = new Object[10];
		Arrays.fill(blanks, 0L);
		return phrases.stream()
			.filter(p -> AuditText.contains(
					messages.getMessage(p.key(), blanks, locale).replaceAll("(?<![0-9])0(?![0-9])", ""), words))
			.map(p -> AuditMatch.worded(p.entity(), p.stored().pattern()))
			.toList();
	}
}
