package org.puente.glossary;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.puente.i18n.Language;
import org.puente.i18n.MultilingualField;

/** The shared definition's wording per language, or the meeting that adopted it. */
class BiregionalForm {

	@Size(max = 10_000) private MultilingualField text = new MultilingualField();
	private @Nullable Long version;
	private @Nullable UUID meetingId;
	@Size(max = 300) private @Nullable String meetingTitle;
	private @Nullable LocalDate meetingDate;

	String text(String lang) {
		return text.get(lang);
	}

	void setText(String lang, @Nullable String translation) {
		text.set(Language.of(lang).orElse(Language.ES), translation);
	}

	public MultilingualField getText() { return text; }
	public void setText(MultilingualField v) { text = v; }
	public @Nullable Long getVersion() { return version; }
	public void setVersion(@Nullable Long v) { version = v; }
	public @Nullable UUID getMeetingId() { return meetingId; }
	public void setMeetingId(@Nullable UUID v) { meetingId = v; }
	public @Nullable String getMeetingTitle() { return meetingTitle; }
	public void setMeetingTitle(@Nullable String v) { meetingTitle = v; }
	public @Nullable LocalDate getMeetingDate() { return meetingDate; }
	public void setMeetingDate(@Nullable LocalDate v) { meetingDate = v; }
}
