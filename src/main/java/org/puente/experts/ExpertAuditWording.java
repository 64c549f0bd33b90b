package org.puente.experts;

import java.util.Locale;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import org.puente.audit.AuditNames;
import org.puente.audit.AuditPhrases;
import org.puente.audit.AuditedEntity;
import org.puente.audit.AuditedEntry;
import org.puente.audit.NamedAuditWording;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import static org.puente.audit.AuditNames.branch;
import static org.puente.audit.AuditPhrases.phrase;

/**
 * The roster's audit entries in the reader's language: "expert 079b8f09-… exported" (as {@link Roster} stores it)
 * reads "Ana Pérez: datos exportados", a nomination names its expert, a round its title. The names of a page are
 * looked up in one query when the page is read, so an erased expert's name appears nowhere: the entry says "an
 * erased expert".
 */
@Component
class ExpertAuditWording extends NamedAuditWording {

	private static final String UUID = "[0-9a-f-]{36}";

	ExpertAuditWording(EntityManager entities, MessageSource messages) {
		super("experts", messages, new AuditNames(entities,
				branch(AuditedEntity.EXPERT, "experts_expert e", "e.id", "e.full_name", "/experts/%s", "e.id"),
				branch(AuditedEntity.NOMINATION,
						"experts_nomination n join experts_expert e on e.id = n.expert_id", "n.id", "e.full_name",
						"/experts/rounds/%s", "n.round_id"),
				branch(AuditedEntity.NOMINATION_ROUND, "experts_round r", "r.id", "r.title", "/experts/rounds/%s",
						"r.id")),
				new AuditPhrases(phrase(AuditedEntity.EXPERT, "expert " + UUID, "experts.audit.saved"),
						phrase(AuditedEntity.EXPERT, "expert " + UUID + " exported", "experts.audit.exported"),
						phrase(AuditedEntity.EXPERT, "expert " + UUID + " erased", "experts.audit.erased"),
						phrase(AuditedEntity.NOMINATION, "nomination " + UUID, "experts.audit.decided"),
						phrase(AuditedEntity.NOMINATION, "(.+)", "experts.audit.nominated"),
						phrase(AuditedEntity.LETTER_TEMPLATE, "letter template ([a-z]{2})", "experts.audit.letter")
							.part(1, AuditPhrases::language),
						phrase(AuditedEntity.ROSTER, "([0-9]+) experts imported", "experts.audit.imported")));
	}

	@Override
	protected String unnamed(AuditedEntry entry, Optional<AuditPhrases.Read> read, Locale locale) {
		if (entry.entity() == AuditedEntity.EXPERT || entry.entity() == AuditedEntity.NOMINATION) {
			return messages.getMessage("experts.audit.erasedExpert", null, locale);
		}
		return super.unnamed(entry, read, locale);
	}

}
