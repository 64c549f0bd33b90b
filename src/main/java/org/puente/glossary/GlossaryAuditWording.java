package org.puente.glossary;

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

import static org.puente.audit.AuditNames.written;
import static org.puente.audit.AuditPhrases.phrase;

/**
 * The glossary's audit entries in the reader's language: a country's definition ("PA: Ley 3 de 2008") reads
 * "migrante: definición de Panamá (fuente: Ley 3 de 2008)", every entry names its term, linked to it.
 */
@Component
class GlossaryAuditWording extends NamedAuditWording {

	/**
	 * The term in the reader's language, as the term's page names it; in Spanish (the glossary's first language),
	 * then any other, while that translation is missing.
	 */
	private static final String LABEL = "g.label"; // AuditNames.written: with the language of the one shown

	GlossaryAuditWording(EntityManager entities, MessageSource messages) {
		super("glossary", messages, new AuditNames(entities,
				written(AuditedEntity.TERM, "glossary_term g", "g.id", LABEL, "/glossary/%s", "g.slug"),
				written(AuditedEntity.BIREGIONAL_DEFINITION, "glossary_term g", "g.id", LABEL, "/glossary/%s",
						"g.slug"),
				written(AuditedEntity.COUNTRY_DEFINITION,
						"glossary_country_definition c join glossary_term g on g.id = c.term_id", "c.id", LABEL,
						"/glossary/%s", "g.slug")),
				new AuditPhrases(phrase(AuditedEntity.COUNTRY_DEFINITION, "([A-Z]{2}): (.*)",
						"glossary.audit.countryDefinition").part(1, Countries::nameOf)));
	}

	/** A country's name finds its definitions: "Panamá" finds "PA: Ley 3 de 2008". */
	@Override
	protected List<AuditMatch> alsoMatching(String words, Locale locale) {
		return AuditMatch.coded(Countries.namedLike(words, locale), AuditedEntity.COUNTRY_DEFINITION, "%s: .*");
	}
}
