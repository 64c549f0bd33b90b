package org.puente.audit;

import org.jspecify.annotations.Nullable;

/** An entry's summary in the reader's language, and the address of its record while the record exists. */
public record AuditWords(String summary, @Nullable String link, @Nullable String language) {

	public static AuditWords of(String summary, @Nullable String link) {
		return new AuditWords(summary, link, null);
	}

	/** The same, its summary a name written in {@code language} (null: not known). */
	public static AuditWords of(String summary, @Nullable String link, @Nullable String language) {
		return new AuditWords(summary, link, language);
	}
}
