package org.puente.drafting;

import java.util.Optional;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The amendment form: what to change, why, on whose behalf, and which wording of the paragraph was read. Bound
 * through its constructor; a missing kind reads as a replacement, a missing reason or proponent as
 * empty, a missing revision as 0.
 */
record AmendmentForm(AmendmentKind kind, @Size(max = AmendmentChange.MAX_TEXT) @Nullable String original,
		@Size(max = AmendmentChange.MAX_TEXT) @Nullable String replacement,
		@NotBlank @Size(max = AmendmentChange.MAX_TEXT) String reason, @NotBlank String proponent, Integer seenRevision) {

	AmendmentForm {
		kind = kind == null ? AmendmentKind.REPLACE : kind;
		reason = reason == null ? "" : reason;
		proponent = proponent == null ? "" : proponent;
		seenRevision = seenRevision == null ? 0 : seenRevision;
	}

	/** An empty form on the paragraph's revision, on behalf of the first proponent the person may speak for. */
	static AmendmentForm blank(int seenRevision, String proponent) {
		return new AmendmentForm(AmendmentKind.REPLACE, null, null, "", proponent, seenRevision);
	}

	/** The amendment's change, to rebase on the paragraph's revision now. */
	static AmendmentForm of(Amendment amendment, int seenRevision) {
		return new AmendmentForm(amendment.getKind(), amendment.getOriginal(), amendment.getReplacement(),
				amendment.getReason(), amendment.getProponent(), seenRevision);
	}

	/** Whether the person has typed anything into it (a kept draft, a refused proposal). */
	boolean typed() {
		return !reason.isBlank() || (original != null && !original.isBlank())
				|| (replacement != null && !replacement.isBlank());
	}

	/** The same form, to be sent on another revision of the paragraph. */
	AmendmentForm onRevision(int revision) {
		return new AmendmentForm(kind, original, replacement, reason, proponent, revision);
	}

	/** A mistake in what the form holds, at the field it names, told by its message key. */
	record Mistake(String field, String messageKey) {
	}

	/**
	 * What {@link AmendmentChange} would refuse in the words, at their field, checked with the form's other mistakes
	 * rather than after them: the words to replace missing, or not in the paragraph as read (a paragraph reworded
	 * since is left to the conflict, which shows both wordings), or an insertion without its text.
	 */
	Optional<Mistake> wordsMistake(DraftParagraph paragraph) {
		String words = AmendmentChange.clean(original);
		String missing = AmendmentChange.missingWords(kind, words, AmendmentChange.clean(replacement));
		if (missing != null) {
			// the words a kind needs: an insertion's are its text, a replacement's those it replaces
			return Optional.of(new Mistake(kind == AmendmentKind.INSERT_AFTER ? "replacement" : "original", missing));
		}
		if (seenRevision == paragraph.getRevision() && !AmendmentChange.fits(kind, words, paragraph.getBody())) {
			return Optional.of(new Mistake("original", "drafting.amendment.originalNotFound"));
		}
		return Optional.empty();
	}

	AmendmentChange change() {
		return AmendmentChange.of(kind, original, replacement, reason);
	}
}
