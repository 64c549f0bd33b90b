package org.puente.drafting;

import java.util.List;
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

	static TextJson of(TextSummary summary, TextPage page) {
		return new TextJson(summary, page.paragraphs().stream().map(p -> new ParagraphJson(p.paragraph().getId(),
				p.number(), p.paragraph().getRevision(), p.paragraph().getBody(), List.copyOf(p.staleTranslations()),
				p.amendments().stream().map(a -> new AmendmentJson(a.id(), a.amendment().getKind(),
						a.amendment().getProponent(), a.amendment().getStatus(), a.amendment().getOriginal(),
						a.amendment().getReplacement(), a.amendment().getReason(), a.amendment().isLate(), a.stale(),
						a.supporters(), a.amendment().getDecisionMeetingTitle(), a.amendment().getVersion()))
					.toList()))
			.toList());
	}
}
