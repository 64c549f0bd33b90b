package org.puente.flows;

import java.util.List;
import java.util.Locale;

import jakarta.persistence.EntityManager;
import org.puente.audit.AuditMatch;
import org.puente.audit.AuditNames;
import org.puente.audit.AuditPhrases;
import org.puente.audit.AuditedEntity;
import org.puente.audit.NamedAuditWording;
import org.puente.directory.Countries;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import static org.puente.audit.AuditNames.branch;
import static org.puente.audit.AuditPhrases.phrase;

/**
 * The flows' audit entries in the reader's language: "PA 2017-01-02–2017-01-08 revision 1: 12 rows, 340 people"
 * and "acknowledged ALARM PA CO 2017-W02" read with the country's name and the alert's kind in words, an alert
 * linked to its page.
 */
@Component
class FlowAuditWording extends NamedAuditWording {

	FlowAuditWording(EntityManager entities, MessageSource messages) {
		super("flows", messages, new AuditNames(entities,
				branch(AuditedEntity.FLOW_ALERT, "flow_alert f", "f.id", "f.country", "/flows/alerts/%s", "f.id")),
				new AuditPhrases(
						phrase(AuditedEntity.FLOW_SUBMISSION,
								"([A-Z]{2}) (\\S+)–(\\S+) revision ([0-9]+): ([0-9]+) rows, ([0-9]+) people",
								"flows.audit.submitted").part(1, Countries::nameOf),
						phrase(AuditedEntity.FLOW_ALERT, "acknowledged ([A-Z]+) ([A-Z]{2}) (.+) (\\S+)",
								"flows.audit.acknowledged")
							.part(1, (kind, locale) -> messages.getMessage("flows.alerts.kind." + kind, null, kind,
									locale))
							.part(2, Countries::nameOf)));
	}

	/** A country's name finds its submissions and its alerts. */
	@Override
	protected List<AuditMatch> alsoMatching(String words, Locale locale) {
		String codes = Countries.namedLike(words, locale);
		List<AuditMatch> matches = new java.util.ArrayList<>(
				AuditMatch.coded(codes, AuditedEntity.FLOW_SUBMISSION, "%s .+"));
		matches.addAll(AuditMatch.coded(codes, AuditedEntity.FLOW_ALERT, "acknowledged [A-Z]+ %s .+"));
		return matches;
	}
}
