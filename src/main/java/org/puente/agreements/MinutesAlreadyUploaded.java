package org.puente.agreements;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.puente.refusal.RefusalKind;
import org.puente.refusal.RefusedException;

/**
 * Minutes refused because the meeting already has them: the very same text (never accepted twice, so that the
 * register does not double a meeting's agreements), or another text for the same calendar meeting, accepted only
 * when the secretariat says it is a new version. Carries the existing review so the page can link to it.
 */
class MinutesAlreadyUploaded extends RefusedException {

	private final UUID existing;

	private final boolean confirmed;

	private final boolean sameText;

	private final @Nullable String titleLanguage;

	/** {@code title}: the existing minutes' meeting as the uploader reads it, in the sentence that names it. */
	MinutesAlreadyUploaded(Review existing, boolean sameText, MeetingTitleShown.Shown title) {
		super(RefusalKind.CONFLICT, sameText ? "agreements.reviews.error.duplicate" : "agreements.reviews.error.otherVersion",
				title.title(), existing.getCreatedByName());
		this.titleLanguage = title.language();
		this.existing = existing.getId();
		this.confirmed = existing.getStatus() == ReviewStatus.CONFIRMED;
		this.sameText = sameText;
	}

	/** Where the existing minutes are: their review while a draft, their page of agreements once confirmed. */
	String link() {
		return (confirmed ? "/agreements/minutes/" : "/agreements/reviews/") + existing;
	}

	/** The language of the meeting's title the sentence names (the page marks it when not the reader's). */
	@Nullable String titleLanguage() {
		return titleLanguage;
	}

	/** Whether the user may still go on by saying the upload is a new version. */
	boolean mayBeNewVersion() {
		return !sameText;
	}
}
