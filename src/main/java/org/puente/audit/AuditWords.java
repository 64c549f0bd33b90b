package org.puente.audit;

import org.jspecify.annotations.Nullable;

/** An entry's summary in the reader's language, and the address of its record while the record exists. */
public record AuditWords(String summary, @Nullable String link) {

	public static AuditWords of(String summary, @Nullable String link) {
		return new AuditWords(summary, link);
	}
}
