package org.puente.audit;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * The audit page's summaries in the reader's language: the first module's wording that knows the entry, else the
 * summary as stored.
 */
@Component
class AuditSummaries {

	private final List<AuditWording> wordings;

	AuditSummaries(List<AuditWording> wordings) {
		this.wordings = wordings;
	}

	List<AuditLog.AuditRow> worded(List<AuditLog.AuditRow> rows, Locale locale) {
		return rows.stream().map(r -> r.withSummary(worded(r, locale))).toList();
	}

	private String worded(AuditLog.AuditRow row, Locale locale) {
		Optional<AuditedEntity> entity = AuditedEntity.ofStoredName(row.entityType());
		if (entity.isEmpty()) {
			return row.summary();
		}
		return wordings.stream()
			.map(w -> w.summary(entity.get(), row.entityId(), row.summary(), locale))
			.flatMap(Optional::stream)
			.findFirst()
			.orElse(row.summary());
	}
}
