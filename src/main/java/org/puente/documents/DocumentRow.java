package org.puente.documents;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.puente.i18n.Language;
import org.puente.i18n.MultilingualText;
import org.puente.i18n.TextLanguage;

/** One document as stored, with its metadata in every language (read by the pages; never bound to a form). */
record DocumentRow(UUID id, DocumentKind kind, Map<String, String> titles, Map<String, String> summaries,
		String language, LocalDate date, Confidentiality confidentiality, List<String> processes,
		List<Integer> thematicSessions, List<Integer> objectives, @Nullable UUID meetingId,
		@Nullable InputState inputState, @Nullable UUID approvedMeetingId, @Nullable String approvedMeetingTitle,
		int currentVersion, String createdBy, Instant createdAt, Instant updatedAt, long version) {

	static final String COLUMNS = """
			d.id, d.kind, d.title_es, d.title_en, d.title_pt, d.title_fr, d.summary_es, d.summary_en, d.summary_pt,
			d.summary_fr, d.language, d.document_date, d.confidentiality, d.processes, d.thematic_sessions,
			d.objectives, d.meeting_id, d.workflow_state, d.approved_meeting_id, d.approved_meeting_title,
			d.current_version, d.created_by, d.created_at, d.updated_at, d.version""";

	static DocumentRow map(ResultSet rs, int row) throws SQLException {
		String state = rs.getString("workflow_state");
		return new DocumentRow(rs.getObject("id", UUID.class), DocumentKind.valueOf(rs.getString("kind")),
				texts(rs, "title_"), texts(rs, "summary_"), rs.getString("language"),
				rs.getObject("document_date", LocalDate.class),
				Confidentiality.valueOf(rs.getString("confidentiality")), strings(rs.getArray("processes")),
				ints(rs.getArray("thematic_sessions")), ints(rs.getArray("objectives")),
				rs.getObject("meeting_id", UUID.class), state == null ? null : InputState.valueOf(state),
				rs.getObject("approved_meeting_id", UUID.class), rs.getString("approved_meeting_title"),
				rs.getInt("current_version"), rs.getString("created_by"),
				rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant(),
				rs.getLong("version"));
	}

	public String title(Locale locale) {
		return MultilingualText.pick(titles, locale.getLanguage(), language);
	}

	public String summary(Locale locale) {
		return MultilingualText.pick(summaries, locale.getLanguage(), language);
	}

	/** The languages of {@link #title(Locale)} and {@link #summary(Locale)}, for {@code lang} on the pages. */
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

	public String summaryLanguage(Locale locale) {
		return MultilingualText.pickedLanguage(summaries, locale.getLanguage(), language);
	}

	public boolean isInput() {
		return kind == DocumentKind.BIREGIONAL_INPUT;
	}

	DocumentSummary summary() {
		return new DocumentSummary(id, kind, titles, language, date, confidentiality, processes, thematicSessions,
				objectives, meetingId, inputState, currentVersion);
	}

	private static Map<String, String> texts(ResultSet rs, String prefix) throws SQLException {
		Map<String, String> texts = new LinkedHashMap<>();
		for (String lang : Language.CODES) {
			String text = rs.getString(prefix + lang);
			if (text != null && !text.isBlank()) {
				texts.put(lang, text);
			}
		}
		return texts;
	}

	static List<String> strings(@Nullable Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}

	static List<Integer> ints(@Nullable Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((Integer[]) array.getArray());
	}
}
