package org.puente.agreements;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a progress note says: a person's words with the language they were typed in, or Puente's own note as a
 * message key and its arguments, which each reader reads in their language (walk of 5 December evening #9: the note
 * of an agreement dropped by a new version was stored in the minutes' language, Spanish on a French page).
 *
 * @param text the words typed; empty for Puente's own note
 * @param language the language of {@code text} (a code of i18n.Language); null when unknown (notes kept before it was
 * asked) or for Puente's own note
 * @param key the message of Puente's own note; null for a person's
 */
record ProgressNote(String text, @Nullable String language, @Nullable String key, List<String> args) {

	/** Written when a new version of the minutes no longer holds the agreement; the argument is its file name. */
	static final String DROPPED = "agreements.revision.dropped";

	/** Written when a later version of the minutes holds again an agreement an earlier one had dropped. */
	static final String RESTORED = "agreements.revision.restored";

	static ProgressNote typed(String text, @Nullable String language) {
		return new ProgressNote(text.strip(), language, null, List.of());
	}

	static ProgressNote puentes(String key, String... args) {
		return new ProgressNote("", null, key, List.of(args));
	}

	boolean isBlank() {
		return key == null && text.isBlank();
	}
}
