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
								"flows.audit.submitted"),
						phrase(AuditedEntity.FLOW_ALERT, "acknowledged ([A-Z]+) ([A-Z]{2}) (.+) (\\S+)",
								"flows.audit.acknowledged")));
	}

	@Override
	protected List<Object> arguments(String name, AuditPhrases.Read read, Locale locale) {
		List<Object> args = super.arguments(name, read, locale);
		if (read.phrase().entity() == AuditedEntity.FLOW_SUBMISSION) {
			args.set(1, Countries.nameOf(read.part(1), locale));
		}
		else {
			args.set(1, messages.getMessage("flows.alerts.kind." + read.part(1), null, read.part(1), locale));
			args.set(2, Countries.nameOf(read.part(2), locale));
		}
		return args;
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
