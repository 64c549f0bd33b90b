package org.puente.meetings;

import jakarta.persistence.EntityManager;
import org.puente.audit.AuditNames;
import org.puente.audit.AuditPhrases;
import org.puente.audit.AuditedEntity;
import org.puente.audit.NamedAuditWording;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import static org.puente.audit.AuditNames.written;
import static org.puente.audit.AuditPhrases.phrase;

/**
 * The meetings' audit entries in the reader's language: an entry stores the meeting's Spanish title ("Follows
 * meeting Reunión …"); the page names the meeting in the reader's language, linked to it while it exists.
 */
@Component
class MeetingAuditWording extends NamedAuditWording {

	// a meeting may be titled in one language only (title_es is then ''): any title rather than an empty name, with
	// its language (AuditNames.written)

	MeetingAuditWording(EntityManager entities, MessageSource messages) {
		super("meetings", messages, new AuditNames(entities,
				written(AuditedEntity.MEETING, "meeting m", "m.id", "m.title", "/meetings/%s", "m.id"),
				written(AuditedEntity.MEETING_FOLLOWER, "meeting m", "m.id", "m.title", "/meetings/%s", "m.id")),
				new AuditPhrases(
						phrase(AuditedEntity.MEETING_FOLLOWER, "Follows meeting (.+)", "meetings.audit.follows"),
						phrase(AuditedEntity.MEETING_FOLLOWER, "Stops following meeting (.+)",
								"meetings.audit.unfollows")));
	}
}
