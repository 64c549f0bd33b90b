package org.puente.meetings;

import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/** A document attached to a meeting (minutes, a presentation) until the document store takes them over. */
@Embeddable
class MeetingAttachment {

	private String title = "";

	private @Nullable String url;

	private @Nullable String fileName;

	protected MeetingAttachment() {
	}

	MeetingAttachment(String title, @Nullable String url, @Nullable String fileName) {
		this.title = title;
		this.url = url;
		this.fileName = fileName;
	}

	public String getTitle() { return title; }
	public @Nullable String getUrl() { return url; }
	public @Nullable String getFileName() { return fileName; }
}
