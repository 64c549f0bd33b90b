package org.puente.drafting;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A text as the API gives it: its state, its numbered paragraphs and their amendments. */
record TextJson(TextSummary text, List<ParagraphJson> paragraphs) {

	/**
	 * A numbered paragraph: its Spanish master wording and revision, its version (what a rewording sends back), its
	 * translations by language and which of them were made from an older wording.
	 */
	record ParagraphJson(UUID id, int number, int revision, long version, String body,
			Map<String, TranslationJson> translations, List<String> staleTranslations, List<AmendmentJson> amendments) {
	}

	/** A translation: its wording, whether the master changed since it was made, and when it was saved. */
	record TranslationJson(String body, boolean stale, Instant updatedAt) {
	}

	/** One paragraph where it stands: its text and the paragraph as the text lists it. */
	record PlacedParagraphJson(UUID textId, ParagraphJson paragraph) {
	}

	record AmendmentJson(UUID id, AmendmentKind kind, String proponent, AmendmentStatus status, @Nullable String original,
			@Nullable String replacement, String reason, boolean late, boolean stale, List<String> supporters,
			@Nullable String decisionMeeting, long version) {
	}

	/** One amendment where it stands: its text, its paragraph and that paragraph's number, as the text lists it. */
	record PlacedAmendmentJson(UUID textId, UUID paragraphId, int paragraphNumber, AmendmentJson amendment) {
	}

	static TextJson of(TextSummary summary, TextPage page) {
		return new TextJson(summary, page.paragraphs().stream().map(TextJson::paragraph).toList());
	}

	/** The paragraph {@code id} as the text's page shows it to its reader; empty when it is no live paragraph. */
	static Optional<PlacedParagraphJson> placedParagraph(TextPage page, UUID id) {
		return page.paragraphs().stream().filter(p -> p.paragraph().getId().equals(id))
			.map(p -> new PlacedParagraphJson(page.text().getId(), paragraph(p))).findFirst();
	}

	private static ParagraphJson paragraph(TextPage.ParagraphView p) {
		DraftParagraph paragraph = p.paragraph();
		Map<String, TranslationJson> translations = new LinkedHashMap<>();
		for (String language : ParagraphWriting.TRANSLATIONS) {
			paragraph.translation(language).ifPresent(t -> translations.put(language,
					new TranslationJson(t.getBody(), paragraph.isStale(language), t.getUpdatedAt())));
		}
		return new ParagraphJson(paragraph.getId(), p.number(), paragraph.getRevision(), paragraph.getVersion(),
				paragraph.getBody(), translations, List.copyOf(p.staleTranslations()),
				p.amendments().stream().map(TextJson::amendment).toList());
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
