package org.puente.meetings;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.puente.audit.AuditableEvent;
import org.puente.audit.AuditedChange;
import org.puente.i18n.DatePrecision;

/**
 * A meeting was changed; {@code changes} says what (dates, place, status, other details) and {@code before} how the
 * dates, place and status were, so that a notice can say "from … to …".
 */
public record MeetingChanged(UUID meetingId, Set<MeetingChange> changes, int sequence, @Nullable Before before,
		AuditedChange audited) implements AuditableEvent {

	/** The dates, place and status the meeting had before the change. */
	public record Before(DatePrecision precision, LocalDate startDate, LocalDate endDate,
			@Nullable LocalDateTime startsAt, @Nullable LocalDateTime endsAt, @Nullable String timeZone,
			@Nullable String city, @Nullable String countryIso2, @Nullable String venue, @Nullable String onlineUrl,
			MeetingStatus status) {

		static Before of(MeetingSnapshot snapshot) {
			MeetingDates d = snapshot.dates();
			MeetingPlace p = snapshot.place();
			return new Before(d.precision(), d.startDate(), d.endDate(), d.startsAt(), d.endsAt(), d.timeZone(),
					p.city(), p.countryIso2(), p.venue(), p.onlineUrl(), snapshot.status());
		}

		MeetingDates dates() {
			return new MeetingDates(precision, startDate, endDate, startsAt, endsAt, timeZone);
		}

		MeetingPlace place() {
			return new MeetingPlace(city, countryIso2, venue, onlineUrl);
		}
	}

	/** Whether the participants and subscribers should get a notice with the new calendar entry. */
	public boolean isNotified() {
		return changes.stream().anyMatch(MeetingChange::isNotified);
	}
}
