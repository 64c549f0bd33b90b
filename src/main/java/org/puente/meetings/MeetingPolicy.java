package org.puente.meetings;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.puente.accounts.AccountSummary;
import org.puente.accounts.Role;
import org.puente.directory.Conference;

/**
 * Who may see and who may change a meeting, asked in one place: the pages, the feeds, the API, the notices and the
 * service all ask here instead of comparing roles themselves.
 */
final class MeetingPolicy {

	private MeetingPolicy() {
	}

	/**
	 * Whether the reader may see reserved meetings: any account — the conferences' people and the observers
	 * (IOM, OAS, UNHCR), who read what is reserved to the conferences, as they do for documents.
	 */
	static boolean readsReserved(Optional<AccountSummary> reader) {
		return reader.map(r -> r.role() == Role.ADMIN || r.role() == Role.SECRETARIAT || r.role() == Role.FOCAL_POINT
				|| r.role() == Role.OBSERVER).orElse(false);
	}

	/** The visibilities the reader may see, for the repository's queries ({@code m.visibility in :visible}). */
	static Set<MeetingVisibility> visibleTo(Optional<AccountSummary> reader) {
		return readsReserved(reader) ? EnumSet.allOf(MeetingVisibility.class) : EnumSet.of(MeetingVisibility.PUBLIC);
	}

	/** Whether the reader may see this meeting (for a meeting already read, such as the one a notice is about). */
	static boolean maySee(Meeting meeting, Optional<AccountSummary> reader) {
		return meeting.getVisibility() == MeetingVisibility.PUBLIC || readsReserved(reader);
	}

	/** Whether the reader's home lists the meetings their country takes part in (a focal point's) first. */
	static boolean followsOwnCountry(AccountSummary reader) {
		return reader.role() == Role.FOCAL_POINT;
	}

	/** Whether the reader may schedule meetings at all: administrators and secretariats. */
	static boolean maySchedule(Optional<AccountSummary> reader) {
		return reader.map(r -> r.isAdmin() || r.role() == Role.SECRETARIAT).orElse(false);
	}

	/**
	 * Whether the reader may change a meeting organised by these conferences: an administrator, or a secretariat of
	 * an organising conference (any secretariat when no conference organises it).
	 */
	static boolean mayEdit(Set<Conference> organisers, Optional<AccountSummary> reader) {
		return reader.map(r -> r.isAdmin() || r.role() == Role.SECRETARIAT
				&& (organisers.isEmpty() || organisers.stream().map(Conference::name).anyMatch(r::mayEditProcess)))
			.orElse(false);
	}
}
