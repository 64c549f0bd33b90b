package org.puente.documents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.puente.web.LanguageCode;

/** What the upload and edit forms bind to; never the stored row. */
class DocumentForm {

	@Size(max = 300)
	private String titleEs = "";

	@Size(max = 300)
	private String titleEn = "";

	@Size(max = 300)
	private String titlePt = "";

	@Size(max = 300)
	private String titleFr = "";

	@Size(max = 4000)
	private String summaryEs = "";

	@Size(max = 4000)
	private String summaryEn = "";

	@Size(max = 4000)
	private String summaryPt = "";

	@Size(max = 4000)
	private String summaryFr = "";

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
		form.titleEs = row.titles().getOrDefault("es", "");
		form.titleEn = row.titles().getOrDefault("en", "");
		form.titlePt = row.titles().getOrDefault("pt", "");
		form.titleFr = row.titles().getOrDefault("fr", "");
		form.summaryEs = row.summaries().getOrDefault("es", "");
		form.summaryEn = row.summaries().getOrDefault("en", "");
		form.summaryPt = row.summaries().getOrDefault("pt", "");
		form.summaryFr = row.summaries().getOrDefault("fr", "");
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
		return !(titleEs + titleEn + titlePt + titleFr).isBlank();
	}

	DocumentMetadata metadata() {
		Map<String, String> titles = new LinkedHashMap<>();
		titles.put("es", titleEs);
		titles.put("en", titleEn);
		titles.put("pt", titlePt);
		titles.put("fr", titleFr);
		titles.values().removeIf(String::isBlank);
		Map<String, String> summaries = new LinkedHashMap<>();
		summaries.put("es", summaryEs);
		summaries.put("en", summaryEn);
		summaries.put("pt", summaryPt);
		summaries.put("fr", summaryFr);
		summaries.values().removeIf(String::isBlank);
		return new DocumentMetadata(titles, summaries, kind, language, date, confidentiality, processes,
				thematicSessions, objectives, meetingId);
	}

	// @formatter:off
	public String getTitleEs() { return titleEs; }
	public void setTitleEs(String v) { titleEs = v; }
	public String getTitleEn() { return titleEn; }
	public void setTitleEn(String v) { titleEn = v; }
	public String getTitlePt() { return titlePt; }
	public void setTitlePt(String v) { titlePt = v; }
	public String getTitleFr() { return titleFr; }
	public void setTitleFr(String v) { titleFr = v; }
	public String getSummaryEs() { return summaryEs; }
	public void setSummaryEs(String v) { summaryEs = v; }
	public String getSummaryEn() { return summaryEn; }
	public void setSummaryEn(String v) { summaryEn = v; }
	public String getSummaryPt() { return summaryPt; }
	public void setSummaryPt(String v) { summaryPt = v; }
	public String getSummaryFr() { return summaryFr; }
	public void setSummaryFr(String v) { summaryFr = v; }
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
