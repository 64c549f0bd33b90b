package org.puente.audit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * The public's "recent changes" name what changed as it is called now, in the reader's language — a meeting's title
 * in English on the English home, not the summary stored in the language of whoever changed it («Acta: Réunion
 * virtuelle…», walk 13 #14). Each module names its own records ({@link AuditWording#named}), once per module and
 * page; a record no longer there keeps the stored summary.
 */
@Component
public class AuditNaming {

	private final List<AuditWording> wordings;

	AuditNaming(List<AuditWording> wordings) {
		this.wordings = wordings;
	}

	/** The same lines, each naming its record by its current name in {@code locale} where it still exists. */
	public List<AuditTrail.AuditSummary> named(List<AuditTrail.AuditSummary> lines, Locale locale) {
		Map<String, List<AuditedEntry>> byModule = new LinkedHashMap<>();
		for (AuditTrail.AuditSummary line : lines) {
			if (line.entity() != null && line.action() != AuditAction.DELETE) {
				byModule.computeIfAbsent(line.entity().capability(), c -> new ArrayList<>())
					.add(new AuditedEntry(line.id(), line.action(), line.entity(), line.entityId(), line.summary()));
			}
		}
		Map<Long, AuditWords> named = new HashMap<>();
		for (AuditWording wording : wordings) {
			List<AuditedEntry> entries = byModule.get(wording.capability());
			if (entries != null) {
				named.putAll(wording.named(entries, locale));
			}
		}
		return lines.stream()
			// a blank name (a record named by nothing in any language) never empties a line: the stored one stays
			.map(l -> named.containsKey(l.id()) && !named.get(l.id()).summary().isBlank()
					? l.named(named.get(l.id()).summary(), named.get(l.id()).language()) : l)
			.toList();
	}
}
