package org.puente.directory;

import java.util.List;
import java.util.Locale;

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
 * The directory's audit entries in the reader's language: a person by name (linked to their page), an
 * organisation by name, a role ("PRO_TEMPORE_PRESIDENCY CRM") in words with its holder, a place alias in words.
 */
@Component
class DirectoryAuditWording extends NamedAuditWording {

	/** An organisation in the reader's language (the directory holds its name in all four). */
	private static final String ORGANISATION = "o.name_{lang}";

	DirectoryAuditWording(EntityManager entities, MessageSource messages) {
		super("directory", messages, new AuditNames(entities,
				branch(AuditedEntity.PERSON, "person p", "p.id", "p.full_name", "/directory/people/%s", "p.id"),
				branch(AuditedEntity.ORGANISATION, "organisation o", "o.id", ORGANISATION, null, "o.id"),
				branch(AuditedEntity.ROLE_ASSIGNMENT, "role_assignment r left join person p on p.id = r.person_id "
						+ "left join organisation o on o.id = r.organisation_id", "r.id",
						"coalesce(p.full_name, " + ORGANISATION + ", r.country_iso2)", null, "r.id")),
				new AuditPhrases(
						phrase(AuditedEntity.ROLE_ASSIGNMENT, "([A-Z_]+) (\\S+)", "directory.audit.role")
							.part(1, (kind, locale) -> messages.getMessage("directory.roleKind." + kind, null, kind,
									locale)),
						phrase(AuditedEntity.GAZETTEER_ALIAS, "Alias «(.+)» → (.*)", "directory.audit.aliasAdded"),
						phrase(AuditedEntity.GAZETTEER_ALIAS, "Alias «(.+)»", "directory.audit.aliasRemoved")));
	}

	@Override
	protected List<Object> arguments(String name, AuditPhrases.Read read, Locale locale) {
		// a role held by a country is named by the country's code
		return super.arguments(name.matches("[A-Z]{2}") ? Countries.nameOf(name, locale) : name, read, locale);
	}
}
