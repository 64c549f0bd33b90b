package org.puente.meetings;

import java.util.List;

import org.puente.accounts.PublicPaths;
import org.springframework.stereotype.Component;

/** The calendar is public; reserved meetings are filtered out inside these pages and feeds. */
@Component
class MeetingPublicPaths implements PublicPaths {

	@Override
	public List<String> patterns() {
		// ids only, so that /meetings/new and the edit pages still ask for a sign-in
		return List.of("/meetings", "/meetings/month", "/meetings/{id:[0-9a-f-]+}", "/meetings/{id:[0-9a-f-]+}.ics", "/meetings/picker",
				"/calendar.ics", "/calendar/private/*", "/api/v1/meetings", "/api/v1/meetings/{id:[0-9a-f-]+}",
				"/api/v1/meetings/choices");
	}
}
