package org.puente.drafting;

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
 * Joint drafting's audit entries in the reader's language: a paragraph, an amendment, its comment or a round is
 * named by its text's title ("rebase", "support", "amendment 1c2d…" read "Declaración de Lima: enmienda puesta al
 * día…"), linked to the text.
 */
@Component
class DraftingAuditWording extends NamedAuditWording {

	private static final String TITLE = "coalesce(nullif(t.title_{lang}, ''), t.title_es)";

	private static final String TEXT = "/drafting/%s";

	DraftingAuditWording(EntityManager entities, MessageSource messages) {
		super("drafting", messages, new AuditNames(entities,
				branch(AuditedEntity.TEXT, "drafting_text t", "t.id", TITLE, TEXT, "t.id"),
				branch(AuditedEntity.PARAGRAPH, "drafting_paragraph p join drafting_text t on t.id = p.text_id",
						"p.id", TITLE, TEXT, "t.id"),
				branch(AuditedEntity.TRANSLATION, "drafting_paragraph p join drafting_text t on t.id = p.text_id",
						"p.id", TITLE, TEXT, "t.id"),
				branch(AuditedEntity.AMENDMENT, "drafting_amendment a join drafting_text t on t.id = a.text_id",
						"a.id", TITLE, TEXT, "t.id"),
				branch(AuditedEntity.AMENDMENT_COMMENT, "drafting_comment c join drafting_amendment a on a.id = "
						+ "c.amendment_id join drafting_text t on t.id = a.text_id", "c.id", TITLE, TEXT, "t.id"),
				branch(AuditedEntity.DRAFTING_ROUND, "drafting_round r join drafting_text t on t.id = r.text_id",
						"r.id", TITLE, TEXT, "t.id")),
				new AuditPhrases(phrase(AuditedEntity.AMENDMENT, "rebase", "drafting.audit.rebased"),
						phrase(AuditedEntity.AMENDMENT, "support", "drafting.audit.supported"),
						phrase(AuditedEntity.AMENDMENT, "unsupport", "drafting.audit.unsupported"),
						phrase(AuditedEntity.AMENDMENT, "withdraw", "drafting.audit.withdrawn"),
						phrase(AuditedEntity.AMENDMENT_COMMENT, "amendment [0-9a-f-]{36}", "drafting.audit.commented"),
						phrase(AuditedEntity.TRANSLATION, "(.+) / ([a-z]{2})", "drafting.audit.translated")
							.part(2, AuditPhrases::language)));
	}

	/** A text since deleted: its title when the entry stored it, else "a deleted text" (never "rebase"). */
	@Override
	protected String unnamed(AuditedEntry entry, Optional<AuditPhrases.Read> read, Locale locale) {
		if (read.isPresent() && read.get().parts().isEmpty()) {
			return messages.getMessage("drafting.audit.gone", null, locale);
		}
		return super.unnamed(entry, read, locale);
	}
}
