package org.puente.i18n;

import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * The message bundles in one reader's language: what a part of a page that a capability puts together in Java (a
 * home panel, a meeting's records) needs for its words, so that it holds no {@link MessageSource} of its own.
 */
public record Messages(MessageSource source, Locale locale) {

	/** The message of {@code key} with its arguments filled in. */
	public String get(String key, Object... args) {
		return source.getMessage(key, args, locale);
	}
}
