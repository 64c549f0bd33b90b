package org.puente.meetings;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A person put a meeting on the calendar through the form or the API (not the demo data nor an import): the people it
 * concerns are told, once it is committed, by {@link MeetingNotices}; the author is not.
 */
public record MeetingInvited(UUID meetingId, @Nullable UUID authorId) {
}
