package org.puente.documents;

import jakarta.persistence.EntityManager;
import org.puente.audit.AuditNames;
import org.puente.audit.AuditPhrases;
import org.puente.audit.AuditedEntity;
import org.puente.audit.NamedAuditWording;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import static org.puente.audit.AuditNames.written;

/**
 * The documents' audit entries in the reader's language: an entry stores the title in the document's own language;
 * the page names the document in the reader's (its own when it has no title in it), linked to it.
 */
@Component
class DocumentAuditWording extends NamedAuditWording {

	/** A document's title in the reader's language, else the first written, with its language. */
	private static final String TITLE = "d.title";

	DocumentAuditWording(EntityManager entities, MessageSource messages) {
		super("documents", messages, new AuditNames(entities,
				written(AuditedEntity.DOCUMENT, "document d", "d.id", TITLE, "/documents/%s", "d.id"),
				written(AuditedEntity.INPUT, "document d", "d.id", TITLE, "/documents/%s", "d.id"),
				written(AuditedEntity.DOCUMENT_COMMENT, "document d", "d.id", TITLE, "/documents/%s", "d.id")),
				new AuditPhrases());
	}
}
