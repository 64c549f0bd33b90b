package org.puente.glossary;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The shared definition's wording per language, or the meeting that adopted it. */
class BiregionalForm {

	@Size(max = 10_000) private @Nullable String textEs;
	@Size(max = 10_000) private @Nullable String textEn;
	@Size(max = 10_000) private @Nullable String textPt;
	@Size(max = 10_000) private @Nullable String textFr;
	private @Nullable Long version;
	private @Nullable UUID meetingId;
	@Size(max = 300) private @Nullable String meetingTitle;
	@org.springframework.format.annotation.DateTimeFormat(iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate meetingDate;

	@Nullable String text(String lang) {
		return switch (lang) {
			case "en" -> textEn;
			case "pt" -> textPt;
			case "fr" -> textFr;
			default -> textEs;
		};
	}

	void setText(String lang, @Nullable String text) {
		switch (lang) {
			case "en" -> textEn = text;
			case "pt" -> textPt = text;
			case "fr" -> textFr = text;
			default -> textEs = text;
		}
	}

	public @Nullable String getTextEs() { return textEs; }
	public void setTextEs(@Nullable String v) { textEs = v; }
	public @Nullable String getTextEn() { return textEn; }
	public void setTextEn(@Nullable String v) { textEn = v; }
	public @Nullable String getTextPt() { return textPt; }
	public void setTextPt(@Nullable String v) { textPt = v; }
	public @Nullable String getTextFr() { return textFr; }
	public void setTextFr(@Nullable String v) { textFr = v; }
	public @Nullable Long getVersion() { return version; }
	public void setVersion(@Nullable Long v) { version = v; }
	public @Nullable UUID getMeetingId() { return meetingId; }
	public void setMeetingId(@Nullable UUID v) { meetingId = v; }
	public @Nullable String getMeetingTitle() { return meetingTitle; }
	public void setMeetingTitle(@Nullable String v) { meetingTitle = v; }
	public @Nullable LocalDate getMeetingDate() { return meetingDate; }
	public void setMeetingDate(@Nullable LocalDate v) { meetingDate = v; }
}
