package org.puente.drafting;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.puente.refusal.RefusalKind;
import org.puente.refusal.RefusedException;

/**
 * What an amendment proposes, checked before anything is stored: the words to replace must be in the paragraph,
 * an insertion needs its text, every amendment needs its reason, and texts are plain text of a sensible length —
 * markup is refused rather than silently stripped, so what the proponent reads back is what they wrote.
 */
record AmendmentChange(AmendmentKind kind, @Nullable String original, @Nullable String replacement, String reason) {

	static final int MAX_TEXT = 10_000;

	static final int MAX_BASE_TEXT = 200_000;

	private static final Pattern MARKUP = Pattern.compile("<\\s*/?\\s*[A-Za-z!?]");

	static AmendmentChange of(@Nullable AmendmentKind kind, @Nullable String original, @Nullable String replacement,
			@Nullable String reason) {
		if (kind == null) { // a script's body without one (the form always sends one)
			throw new RefusedException(RefusalKind.INVALID, "drafting.amendment.kindRequired");
		}
		return new AmendmentChange(kind, clean(original), clean(replacement), reason == null ? "" : reason.strip());
	}

	AmendmentChange {
		if (reason.isBlank()) {
			throw new RefusedException(RefusalKind.INVALID, "drafting.amendment.reasonRequired");
		}
		for (String text : new String[] { original, replacement, reason }) {
			if (text != null && text.length() > MAX_TEXT) {
				throw new RefusedException(RefusalKind.INVALID, "drafting.amendment.tooLong", MAX_TEXT);
			}
			if (text != null && MARKUP.matcher(text).find()) {
				throw new RefusedException(RefusalKind.INVALID, "drafting.text.markup");
			}
		}
		String missing = missingWords(kind, original, replacement);
		if (missing != null) {
			throw new RefusedException(RefusalKind.INVALID, missing);
		}
		switch (kind) {
			case REPLACE -> {
				if (replacement == null) {
					replacement = "";
				}
			}
			case INSERT_AFTER -> original = null;
			default -> {
				original = null;
				replacement = null;
			}
		}
	}

	/**
	 * What the words of a change of {@code kind} lack, by its message key, or null: the words to replace, or an
	 * insertion's text (both cleaned). The one rule for the change refused here and for the form that marks its field.
	 */
	static @Nullable String missingWords(AmendmentKind kind, @Nullable String original, @Nullable String replacement) {
		return switch (kind) {
			case REPLACE -> original == null ? "drafting.amendment.originalRequired" : null;
			case INSERT_AFTER -> replacement == null ? "drafting.amendment.insertRequired" : null;
			default -> null;
		};
	}

	/** Whether the words a change of {@code kind} replaces are in {@code paragraphBody} (true when it replaces none). */
	static boolean fits(AmendmentKind kind, @Nullable String original, String paragraphBody) {
		return kind != AmendmentKind.REPLACE || original == null || paragraphBody.contains(original);
	}

	/** The words to replace must still be in the paragraph as it reads now. */
	void requireFits(String paragraphBody) {
		if (!fits(kind, original, paragraphBody)) {
			throw new RefusedException(RefusalKind.INVALID, "drafting.amendment.originalNotFound");
		}
	}

	/** A paragraph, a title or a comment: plain text, required, at most {@link #MAX_TEXT} characters. */
	static String plain(@Nullable String text, String requiredKey) {
		return plain(text, requiredKey, MAX_TEXT);
	}

	/** A whole base text, pasted in at once. */
	static String plainLong(@Nullable String text, String requiredKey) {
		return plain(text, requiredKey, MAX_BASE_TEXT);
	}

	private static String plain(@Nullable String text, String requiredKey, int max) {
		String value = text == null ? "" : text.strip();
		if (value.isEmpty()) {
			throw new RefusedException(RefusalKind.INVALID, requiredKey);
		}
		if (value.length() > max) {
			throw new RefusedException(RefusalKind.INVALID, "drafting.amendment.tooLong", max);
		}
		if (MARKUP.matcher(value).find()) {
			throw new RefusedException(RefusalKind.INVALID, "drafting.text.markup");
		}
		return value;
	}

	static @Nullable String clean(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip().replace("\r\n", "\n");
	}
}
