package org.puente.experts;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.puente.audit.AuditTrail;
import org.puente.audit.AuditedEntity;
import org.puente.directory.Countries;
import org.puente.refusal.NotFoundException;
import org.puente.web.EditConflict;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * How an expert's record reads when two people changed it at once ({@link EditConflict}): the record as stored now
 * with who saved it last, and each field by its label, choices and the country in the reader's words.
 */
@Component
class ExpertConflicts {

	private static final Map<String, String> FIELDS = EditConflict.labels("experts.field.", "fullName", "email",
			"affiliation", "country", "languages", "sessions", "objectives", "bio", "links", "gender", "region",
			"consentListed", "consentShareUn", "consentOn");

	private final Roster roster;

	private final AuditTrail audit;

	private final MessageSource messages;

	ExpertConflicts(Roster roster, AuditTrail audit, MessageSource messages) {
		this.roster = roster;
		this.audit = audit;
		this.messages = messages;
	}

	EditConflict.Stored<ExpertForm> stored(UUID id) {
		ExpertForm now = ExpertForm
			.of(roster.find(id).orElseThrow(() -> new NotFoundException("experts.expert.notFound")));
		return audit.lastChange(AuditedEntity.EXPERT, id,
				(by, at) -> new EditConflict.Stored<>(now, now.version(), by, at));
	}

	EditConflict.Fields<ExpertForm> fields(Locale locale) {
		return new EditConflict.Fields<>(FIELDS, (field, value) -> {
			if (value instanceof Gender gender) {
				return messages.getMessage("experts.gender." + gender.name(), null, gender.name(), locale);
			}
			if (value instanceof Region region) {
				return messages.getMessage("experts.region." + region.name(), null, region.name(), locale);
			}
			if (value instanceof Boolean yes) {
				return messages.getMessage(yes ? "conflict.yes" : "conflict.no", null, locale);
			}
			if (value instanceof String code && field.equals("country") && code.length() == 2) {
				return Countries.nameOf(code, locale);
			}
			return EditConflict.plain(value);
		});
	}
}
