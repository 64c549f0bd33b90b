package org.puente.documents;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.puente.directory.Conference;
import org.puente.refusal.RefusalKind;
import org.puente.refusal.RefusedException;

/**
 * What describes a document, as another module (meetings attaching minutes) or the upload form hands it over:
 * titles and summaries keyed by language code (i18n.Language), at least one title.
 */
public record DocumentMetadata(Map<String, String> titles, Map<String, String> summaries, DocumentKind kind,
		String language, LocalDate date, Confidentiality confidentiality, List<String> processes,
		List<Integer> thematicSessions, List<Integer> objectives, @Nullable UUID meetingId) {

	public DocumentMetadata {
		titles = Map.copyOf(titles);
		summaries = Map.copyOf(summaries);
		processes = List.copyOf(processes);
		thematicSessions = List.copyOf(thematicSessions);
		objectives = List.copyOf(objectives);
	}

	/** Refuses metadata without any title, or naming a thematic session, objective or conference that does not exist. */
	void requireValid() {
		if (titles.values().stream().allMatch(String::isBlank)) {
			throw new RefusedException(RefusalKind.INVALID, "documents.form.titleRequired");
		}
		if (thematicSessions.stream().anyMatch(s -> s < 1 || s > 6) || objectives.stream().anyMatch(o -> o < 1 || o > 23)
				|| processes.stream().anyMatch(p -> !Conference.isCode(p))) {
			throw new RefusedException(RefusalKind.INVALID, "documents.form.referenceUnknown");
		}
	}

	@Nullable String title(String lang) {
		return blankToNull(titles.get(lang));
	}

	@Nullable String summary(String lang) {
		return blankToNull(summaries.get(lang));
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
