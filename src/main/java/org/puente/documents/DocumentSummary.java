package org.puente.documents;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.puente.i18n.MultilingualText;
import org.puente.i18n.TextLanguage;

/** What other modules (meetings, agreements, the portal) may know of a document. */
public record DocumentSummary(UUID id, DocumentKind kind, Map<String, String> titles, String language,
		LocalDate date, Confidentiality confidentiality, List<String> processes, List<Integer> thematicSessions,
		List<Integer> objectives, @Nullable UUID meetingId, @Nullable InputState inputState, int currentVersion) {

	public DocumentSummary {
		titles = Map.copyOf(titles);
		processes = List.copyOf(processes);
		thematicSessions = List.copyOf(thematicSessions);
		objectives = List.copyOf(objectives);
	}

	/** The title in the reader's language, else in the document's own language, else any. */
	public String title(Locale locale) {
		return MultilingualText.pick(titles, locale.getLanguage(), language);
	}

	/** The language of {@link #title(Locale)}: pages mark it {@code lang} when it is not the reader's. */
	public String titleLanguage(Locale locale) {
		return MultilingualText.pickedLanguage(titles, locale.getLanguage(), language);
	}

	/**
	 * {@link #title(Locale)} as HTML: the words of a label's title that are written in the document's own language (a
	 * meeting's title under "Procès-verbal :") marked so ({@link TextLanguage#framedTitle}).
	 */
	public String titleHtml(Locale locale) {
		return TextLanguage.framedTitle(title(locale), titleLanguage(locale), titles.get(language), language);
	}

	/** The permanent link of the document page. */
	public String url() {
		return "/documents/" + id;
	}

	/** The permanent link of the latest version's file. */
	public String fileUrl() {
		return "/documents/" + id + "/versions/" + currentVersion;
	}
}
