package org.puente.documents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.puente.i18n.Language;
import org.puente.i18n.MultilingualField;
import org.puente.web.EditConflict;
import org.puente.web.LanguageCode;
import org.springframework.context.MessageSource;
import org.springframework.util.StringUtils;

/** What the upload and edit forms bind to; never the stored row. */
class DocumentForm {

	@Size(max = 300)
	private MultilingualField title = new MultilingualField();

	@Size(max = 4000)
	private MultilingualField summary = new MultilingualField();

	@NotNull
	private @Nullable DocumentKind kind = DocumentKind.OTHER;

	@NotBlank
	@LanguageCode
	private String language = "es";

	@NotNull
	private @Nullable LocalDate date = LocalDate.now();

	@NotNull
	private @Nullable Confidentiality confidentiality = Confidentiality.CONFERENCES;

	private List<String> processes = new ArrayList<>();

	private List<Integer> thematicSessions = new ArrayList<>();

	private List<Integer> objectives = new ArrayList<>();

	private @Nullable UUID meetingId;

	private long version;

	static DocumentForm of(DocumentRow row) {
		DocumentForm form = new DocumentForm();
		form.title = MultilingualField.of(l -> row.titles().get(l.code()));
		form.summary = MultilingualField.of(l -> row.summaries().get(l.code()));
		form.kind = row.kind();
		form.language = row.language();
		form.date = row.date();
		form.confidentiality = row.confidentiality();
		form.processes = new ArrayList<>(row.processes());
		form.thematicSessions = new ArrayList<>(row.thematicSessions());
		form.objectives = new ArrayList<>(row.objectives());
		form.meetingId = row.meetingId();
		form.version = row.version();
		return form;
	}

	/**
	 * The fields a person edits, by their labels, and their values in words: what a form overtaken by someone else's
	 * save compares and shows ({@link EditConflict}). Each title and summary is its own field, per language.
	 */
	static EditConflict.Fields<DocumentForm> conflictFields(MessageSource messages, Locale locale) {
		Map<String, String> fields = new LinkedHashMap<>();
		for (String code : Language.CODES) {
			fields.put("title." + code, "documents.field.title" + StringUtils.capitalize(code));
		}
		for (String code : Language.CODES) {
			fields.put("summary." + code, "documents.field.summary" + StringUtils.capitalize(code));
		}
		fields.putAll(EditConflict.labels("documents.field.", "kind", "language", "date", "confidentiality", "processes",
				"thematicSessions=sessions", "objectives", "meetingId=meeting"));
		return new EditConflict.Fields<>(fields, (field, value) -> {
			if (value instanceof DocumentKind kind) {
				return messages.getMessage("documents.kind." + kind.name(), null, kind.name(), locale);
			}
			if (value instanceof Confidentiality level) {
				return messages.getMessage("documents.confidentiality." + level.name(), null, level.name(), locale);
			}
			if (value instanceof String code && field.equals("language")) {
				return messages.getMessage("documents.language." + code, null, code, locale);
			}
			return EditConflict.plain(value);
		});
	}

	boolean hasTitle() {
		return !title.isEmpty();
	}

	DocumentMetadata metadata() {
		return new DocumentMetadata(title.written(), summary.written(), kind, language, date, confidentiality, processes,
				thematicSessions, objectives, meetingId);
	}

	// @formatter:off
	public MultilingualField getTitle() { return title; }
	public void setTitle(MultilingualField v) { title = v; }
	public MultilingualField getSummary() { return summary; }
	public void setSummary(MultilingualField v) { summary = v; }
	public @Nullable DocumentKind getKind() { return kind; }
	public void setKind(@Nullable DocumentKind v) { kind = v; }
	public String getLanguage() { return language; }
	public void setLanguage(String v) { language = v; }
	public @Nullable LocalDate getDate() { return date; }
	public void setDate(@Nullable LocalDate v) { date = v; }
	public @Nullable Confidentiality getConfidentiality() { return confidentiality; }
	public void setConfidentiality(@Nullable Confidentiality v) { confidentiality = v; }
	public List<String> getProcesses() { return processes; }
	public void setProcesses(List<String> v) { processes = v; }
	public List<Integer> getThematicSessions() { return thematicSessions; }
	public void setThematicSessions(List<Integer> v) { thematicSessions = v; }
	public List<Integer> getObjectives() { return objectives; }
	public void setObjectives(List<Integer> v) { objectives = v; }
	public @Nullable UUID getMeetingId() { return meetingId; }
	public void setMeetingId(@Nullable UUID v) { meetingId = v; }
	public long getVersion() { return version; }
	public void setVersion(long v) { version = v; }
	// @formatter:on
}
