package org.puente.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.puente.i18n.DateFormats;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The audit page's summaries in the reader's language: each module's entries of the page go to that module's
 * {@link AuditWording} in one call (one query per module and page, not one per row); an entry no module words
 * keeps its stored summary. A folded entry (refused sign-ins counted in one row) says how many and between when.
 */
@Component
class AuditSummaries {

	private final Map<String, AuditWording> wordings;

	private final MessageSource messages;

	AuditSummaries(List<AuditWording> wordings, MessageSource messages) {
		this.wordings = wordings.stream().collect(Collectors.toMap(AuditWording::capability, Function.identity()));
		this.messages = messages;
	}

	List<AuditLog.AuditRow> worded(List<AuditLog.AuditRow> rows, Locale locale) {
		Map<String, List<AuditedEntry>> byModule = new LinkedHashMap<>();
		for (AuditLog.AuditRow row : rows) {
			entry(row).ifPresent(e -> byModule.computeIfAbsent(row.capability(), c -> new ArrayList<>()).add(e));
		}
		Map<Long, AuditWords> worded = new java.util.HashMap<>();
		byModule.forEach((module, entries) -> {
			AuditWording wording = wordings.get(module);
			if (wording != null) {
				worded.putAll(wording.worded(entries, locale));
			}
		});
		return rows.stream().map(r -> {
			AuditWords words = worded.getOrDefault(r.id(), AuditWords.of(r.summary(), null));
			return r.withWords(folded(r, words.summary(), locale), words.link());
		}).toList();
	}

	/**
	 * "…: 1 more time after the first 5, shown one by one, on 4 Dec 2026, 21:14": the row counts only the refusals
	 * after those written one by one ({@link AuditTrail#FOLD_AFTER}), which the reader sees beside it; read as a
	 * count of them all it said one refusal where there were six. A span within one minute is said as that minute.
	 */
	private String folded(AuditLog.AuditRow row, String summary, Locale locale) {
		if (row.foldCount() == null || row.foldUntil() == null) {
			return summary;
		}
		// "between 4 Dec 2026, 18:02 and 18:07": the day once when both ends fall on it
		java.time.ZoneId zone = java.time.ZoneId.systemDefault();
		java.time.LocalDateTime until = java.time.LocalDateTime.ofInstant(row.foldUntil(), zone);
		java.time.LocalDateTime from = java.time.LocalDateTime.ofInstant(row.at(), zone);
		boolean sameDay = until.toLocalDate().equals(from.toLocalDate());
		if (from.truncatedTo(java.time.temporal.ChronoUnit.MINUTES)
			.equals(until.truncatedTo(java.time.temporal.ChronoUnit.MINUTES))) {
			return messages.getMessage("audit.foldedAt", new Object[] { summary, row.foldCount(),
					DateFormats.moment(row.at(), locale), AuditTrail.FOLD_AFTER }, locale);
		}
		return messages.getMessage("audit.folded", new Object[] { summary, row.foldCount(),
				DateFormats.moment(row.at(), locale),
				sameDay ? DateFormats.time(until.toLocalTime(), locale) : DateFormats.moment(until, locale),
				AuditTrail.FOLD_AFTER }, locale);
	}

	/** What modules answer for the page's search of {@code words}. */
	List<AuditMatch> matching(String words, Locale locale) {
		return wordings.values().stream().flatMap(w -> w.matching(words, locale).stream()).toList();
	}

	private static Optional<AuditedEntry> entry(AuditLog.AuditRow row) {
		Optional<AuditedEntity> entity = AuditedEntity.ofStoredName(row.entityType());
		AuditAction action;
		try {
			action = AuditAction.valueOf(row.action());
		}
		catch (IllegalArgumentException unknown) {
			return Optional.empty();
		}
		return entity.map(e -> new AuditedEntry(row.id(), action, e, row.entityId(), row.summary()));
	}
}
