package org.puente.drafting;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.puente.i18n.MultilingualText;

/** What other modules and the board know of a text: where it stands and how many amendments are open. */
public record TextSummary(UUID id, TextKind kind, String titleEs, @Nullable String titleEn, @Nullable String titlePt,
		@Nullable String titleFr, @Nullable Integer thematicSession, List<String> processes, TextStatus status,
		int paragraphs, int openAmendments, int decidedAmendments, @Nullable UUID documentId,
		@Nullable LocalDate approvedOn, @Nullable String approvedMeetingTitle, @Nullable LocalDate submittedOn,
		@Nullable String submittedReference) {

	public TextSummary {
		processes = List.copyOf(processes);
	}

	public String title(Locale locale) {
		return titles().in(locale);
	}

	/** The title in the languages it is written in: pages mark the one shown with its {@code lang}. */
	public MultilingualText titles() {
		return new MultilingualText(titleEs, titleEn, titlePt, titleFr);
	}

	public String url() {
		return "/drafting/" + id;
	}
}
