package org.puente.drafting;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A text as the API gives it: its state, its numbered paragraphs and their amendments. */
record TextJson(TextSummary text, List<ParagraphJson> paragraphs) {

	record ParagraphJson(UUID id, int number, int revision, String body, List<String> staleTranslations,
			List<AmendmentJson> amendments) {
	}

	record AmendmentJson(UUID id, AmendmentKind kind, String proponent, AmendmentStatus status, @Nullable String original,
			@Nullable String replacement, String reason, boolean late, boolean stale, List<String> supporters,
			@Nullable String decisionMeeting, long version) {
	}

	/** One amendment where it stands: its text, its paragraph and that paragraph's number, as the text lists it. */
	record PlacedAmendmentJson(UUID textId, UUID paragraphId, int paragraphNumber, AmendmentJson amendment) {
	}

	static TextJson of(TextSummary summary, TextPage page) {
		return new TextJson(summary, page.paragraphs().stream().map(p -> new ParagraphJson(p.paragraph().getId(),
				p.number(), p.paragraph().getRevision(), p.paragraph().getBody(), List.copyOf(p.staleTranslations()),
				p.amendments().stream().map(TextJson::amendment).toList()))
			.toList());
	}

	/** The amendment {@code id} as the text's page shows it to its reader; empty when no live paragraph holds it. */
	static Optional<PlacedAmendmentJson> placed(TextPage page, UUID id) {
		return page.paragraphs().stream().flatMap(p -> p.amendments().stream().filter(a -> a.id().equals(id))
			.map(a -> new PlacedAmendmentJson(page.text().getId(), p.paragraph().getId(), p.number(), amendment(a))))
			.findFirst();
	}

	private static AmendmentJson amendment(TextPage.AmendmentView a) {
		return new AmendmentJson(a.id(), a.amendment().getKind(), a.amendment().getProponent(),
				a.amendment().getStatus(), a.amendment().getOriginal(), a.amendment().getReplacement(),
				a.amendment().getReason(), a.amendment().isLate(), a.stale(), a.supporters(),
				a.amendment().getDecisionMeetingTitle(), a.amendment().getVersion());
	}
}
