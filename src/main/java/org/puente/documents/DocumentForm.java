package org.puente.documents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.puente.i18n.MultilingualField;
import org.puente.web.LanguageCode;

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
	@org.springframework.format.annotation.DateTimeFormat(iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE)
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
