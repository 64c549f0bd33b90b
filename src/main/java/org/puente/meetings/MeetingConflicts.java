package org.puente.meetings;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.puente.audit.AuditTrail;
import org.puente.audit.AuditedEntity;
import org.puente.directory.Countries;
import org.puente.directory.Directory;
import org.puente.web.EditConflict;
import org.springframework.context.MessageSource;

/**
 * How a meeting's form reads when two secretariat officers changed the meeting at once ({@link EditConflict}): each
 * field a person edits, by its label, and its values in words — organisations, countries and the host meeting by
 * name, choices by their wording in the reader's language.
 */
final class MeetingConflicts {

	/**
	 * The edited fields in the form's order, with their labels; a title per language, each its own field. The error
	 * summary follows this order too ({@link MeetingForm#fieldOrder}).
	 */
	static final Map<String, String> FIELDS = EditConflict.labels("meetings.field.", "titleEs", "titleEn",
			"titlePt", "titleFr", "kind", "processes", "bodies", "precision", "startDate", "endDate", "startTime",
			"endTime", "timeZone", "venue", "city", "countryIso2=country", "onlineUrl", "hostRelation",
			"hostMeetingId=hostMeeting", "status", "visibility", "participantCountries", "participantOrganisations",
			"agenda", "agendaLanguage", "attachments=attachmentLines");

	/** The message prefix of each choice's wording. */
	private static final Map<String, String> CHOICES = Map.of("kind", "meetings.kind.", "hostRelation",
			"meetings.relation.", "status", "meetings.status.", "visibility", "meetings.visibility.", "precision",
			"meetings.precision.");

	private MeetingConflicts() {
	}

	/** The meeting as stored now, with who saved it last and when. */
	static EditConflict.Stored<MeetingForm> stored(Meetings meetings, AuditTrail audit, UUID id) {
		MeetingForm now = meetings.formFor(id);
		return audit.lastChange(AuditedEntity.MEETING, id,
				(by, at) -> new EditConflict.Stored<>(now, now.version(), by, at));
	}

	static EditConflict.Fields<MeetingForm> fields(Directory directory, Meetings meetings, MessageSource messages,
			Locale locale) {
		return new EditConflict.Fields<>(FIELDS, (field, value) -> {
			if (value instanceof List<?> list) {
				return EditConflict.plain(list.stream().map(v -> one(field, v, directory, meetings, locale)).toList());
			}
			if (value instanceof Enum<?> choice && CHOICES.containsKey(field)) {
				return messages.getMessage(CHOICES.get(field) + choice.name(), null, choice.name(), locale);
			}
			return value == null ? EditConflict.plain(null) : one(field, value, directory, meetings, locale);
		});
	}

	private static String one(String field, @Nullable Object value, Directory directory, Meetings meetings,
			Locale locale) {
		if (value instanceof UUID id && field.equals("hostMeetingId")) {
			return meetings.find(id).map(m -> m.title(locale)).orElse(id.toString());
		}
		if (value instanceof UUID id) {
			return directory.organisations().stream().filter(o -> o.id().equals(id)).findFirst()
				.map(o -> o.name(locale)).orElse(id.toString());
		}
		if (value instanceof String code && field.equals("agendaLanguage")) {
			return java.util.Locale.forLanguageTag(code).getDisplayLanguage(locale);
		}
		if (value instanceof String code && (field.equals("countryIso2") || field.equals("participantCountries"))
				&& code.length() == 2) {
			return Countries.nameOf(code, locale);
		}
		return EditConflict.plain(value);
	}
}
