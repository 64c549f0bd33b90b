package org.puente.drafting;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.puente.meetings.MeetingSummary;

/**
 * Everything the page of a text shows: the text and its paragraphs, each with its amendments (their supporters,
 * discussion and whether the reader may act on them), the round, and what the reader may do.
 */
record TextPage(DraftText text, List<ParagraphView> paragraphs, @Nullable AmendmentRound round,
		@Nullable LocalDate roundLastDay, boolean roundOpen, boolean mayManage, List<String> proponents,
		boolean maySupport, boolean mayDiscuss, @Nullable String readerCountry, int openAmendments,
		List<MeetingSummary> decidingMeetings) {

	/** A paragraph with its number as the plenary cites it. */
	record ParagraphView(DraftParagraph paragraph, int number, List<AmendmentView> amendments,
			Set<String> staleTranslations, Set<String> missingTranslations) {
	}

	/** An amendment as the reader sees it. */
	record AmendmentView(Amendment amendment, String proponent, boolean stale, List<String> supporters,
			List<CommentView> thread, boolean mayWithdraw, boolean supportedByReader) {

		public UUID id() {
			return amendment.getId();
		}
	}

	/** A message of the discussion, indented by its depth in the thread. */
	record CommentView(AmendmentComment comment, int depth) {
	}

	/**
	 * Whether the reader may propose now: someone to propose for, a text still open to change, and a round that takes
	 * proposals (open, or closed but taking late ones). A link to a form whose every proposal is refused only makes a
	 * focal point write an amendment for nothing.
	 */
	public boolean mayPropose() {
		return !proponents.isEmpty() && !text.getStatus().isFinal() && Rounds.takesProposals(round, roundOpen);
	}
}
