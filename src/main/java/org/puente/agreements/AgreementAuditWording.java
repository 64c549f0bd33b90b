package org.puente.agreements;

import jakarta.persistence.EntityManager;
import org.puente.audit.AuditNames;
import org.puente.audit.AuditPhrases;
import org.puente.audit.AuditedEntity;
import org.puente.audit.NamedAuditWording;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import static org.puente.audit.AuditNames.branch;
import static org.puente.audit.AuditPhrases.phrase;

/**
 * The agreements' audit entries in the reader's language: "Corrected item 3", "Follows agreement 4" read
 * "Reunión del 8 de junio: acuerdo 3 corregido", "4. Fortalecer…: seguimiento activado", the review or agreement
 * linked to its page.
 */
@Component
class AgreementAuditWording extends NamedAuditWording {

	private static final String AGREEMENT = "a.number || '. ' || case when length(a.text) > 80 "
			+ "then left(a.text, 79) || '…' else a.text end";

	AgreementAuditWording(EntityManager entities, MessageSource messages) {
		super("agreements", messages, new AuditNames(entities,
				branch(AuditedEntity.AGREEMENT, "agreement a", "a.id", AGREEMENT, "/agreements/items/%s", "a.id"),
				branch(AuditedEntity.AGREEMENT_FOLLOWER, "agreement a", "a.id", AGREEMENT, "/agreements/items/%s",
						"a.id"),
				branch(AuditedEntity.AGREEMENT_REVIEW, "agreement_review r", "r.id", "r.meeting_title",
						"/agreements/reviews/%s", "r.id")),
				new AuditPhrases(
						phrase(AuditedEntity.AGREEMENT_FOLLOWER, "Follows agreement (.+)", "agreements.audit.follows"),
						phrase(AuditedEntity.AGREEMENT_FOLLOWER, "Stops following agreement (.+)",
								"agreements.audit.unfollows"),
						phrase(AuditedEntity.AGREEMENT_REVIEW,
								"Minutes (.+) uploaded for review \\(([0-9]+) proposed agreements\\)",
								"agreements.audit.uploaded"),
						phrase(AuditedEntity.AGREEMENT_REVIEW, "Review of (.+) discarded", "agreements.audit.discarded"),
						phrase(AuditedEntity.AGREEMENT_REVIEW, "Minutes under review replaced by a new version",
								"agreements.audit.replaced"),
						phrase(AuditedEntity.AGREEMENT_REVIEW, "Added suggested item (.+)",
								"agreements.audit.addedSuggested"),
						phrase(AuditedEntity.AGREEMENT_REVIEW, "Added typed item (.+)", "agreements.audit.addedTyped"),
						phrase(AuditedEntity.AGREEMENT_REVIEW, "Corrected item (.+)", "agreements.audit.corrected"),
						phrase(AuditedEntity.AGREEMENT_REVIEW, "Merged item (.+) with the next",
								"agreements.audit.merged"),
						phrase(AuditedEntity.AGREEMENT_REVIEW, "Split item (.+)", "agreements.audit.split"),
						phrase(AuditedEntity.AGREEMENT_REVIEW, "Deleted item (.+)", "agreements.audit.removed")));
	}
}
