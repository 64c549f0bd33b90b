package org.puente.drafting;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

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
		String t = switch (locale.getLanguage()) {
			case "en" -> titleEn;
			case "pt" -> titlePt;
			case "fr" -> titleFr;
			default -> titleEs;
		};
		return t == null || t.isBlank() ? titleEs : t;
	}

	public String url() {
		return "/drafting/" + id;
	}
}
