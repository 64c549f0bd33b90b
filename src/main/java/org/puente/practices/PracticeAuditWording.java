package org.puente.practices;

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
 * The practices' audit entries in the reader's language: "submitted", "changes requested" read "Casa del migrante:
 * enviada a revisión" with the practice's title in the reader's language (else its original's), linked to it; a
 * ranking ("session 2 · PA") names the country and the thematic session.
 */
@Component
class PracticeAuditWording extends NamedAuditWording {

	private static final String TITLE = "coalesce((select x.title from practice_text x where x.practice_id = p.id "
			+ "and x.language = '{lang}'), (select x.title from practice_text x where x.practice_id = p.id "
			+ "and x.language = p.original_language))";

	PracticeAuditWording(EntityManager entities, MessageSource messages) {
		super("practices", messages, new AuditNames(entities,
				branch(AuditedEntity.PRACTICE, "practice p", "p.id", TITLE, "/practices/%s", "p.id")),
				new AuditPhrases(phrase(AuditedEntity.PRACTICE, "submitted", "practices.audit.submitted"),
						phrase(AuditedEntity.PRACTICE, "changes requested", "practices.audit.changesRequested"),
						phrase(AuditedEntity.RANKING, "session ([0-9]+) · ([A-Z]{2})", "practices.audit.ranked")
							.part(2, Countries::nameOf)));
	}

	/** A country's name finds its rankings. */
	@Override
	protected List<AuditMatch> alsoMatching(String words, Locale locale) {
		return AuditMatch.coded(Countries.namedLike(words, locale), AuditedEntity.RANKING, "session [0-9]+ · %s");
	}
}
