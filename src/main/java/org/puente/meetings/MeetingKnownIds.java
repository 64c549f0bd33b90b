package org.puente.meetings;

import org.puente.accounts.Accounts;
import org.puente.web.KnownIds;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The meetings the addresses name, as the reader may see them ({@link KnownIds}, read by accounts' rules): a refused
 * request for an unknown one — or one of a meeting the reader may not open — is a 404 for everyone, a known one is
 * refused (403) or sent to sign in. One query, as the meeting's own page makes.
 */
@Configuration(proxyBeanMethods = false)
class MeetingKnownIds {

	@Bean
	KnownIds meetingIds(Meetings meetings, Accounts accounts) {
		return KnownIds.uuids("meetings.notFound", id -> meetings.visible(id, accounts.current()).isPresent(),
				"/meetings/{id}", "/api/v1/meetings/{id}");
	}
}
