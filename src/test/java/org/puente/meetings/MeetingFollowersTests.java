package org.puente.meetings;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.puente.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Following a meeting, changing the reminder and stopping each leave an entry in the audit trail, by the follower. */
@PuenteTest
class MeetingFollowersTests extends WebTestSupport {

	@Autowired
	MeetingRepository meetings;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void followingAMeetingAndStoppingAreAudited() throws Exception {
		UUID meeting = meetings.findByUid(MeetingDemoData.uid("plenary-2017-09-26")).orElseThrow().getId();
		String entries = "select actor || ' ' || summary || ' ' || coalesce(after_state::text, '') from audit_entry"
				+ " where entity_type = 'meeting_follower' and entity_id = ? order by id";
		mvc.perform(post("/meetings/" + meeting + "/subscription").param("reminderDays", "3").with(as("fp-chile"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/meetings/" + meeting + "/subscription").param("stop", "true").with(as("fp-chile"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		// stopping again changes nothing, and writes nothing
		mvc.perform(post("/meetings/" + meeting + "/subscription").param("stop", "true").with(as("fp-chile"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.queryForList(entries, String.class, meeting.toString())).hasSize(2)
			.satisfiesExactly(follows -> assertThat(follows).startsWith("fp-chile Follows meeting").contains("\"3\""),
					stops -> assertThat(stops).startsWith("fp-chile Stops following meeting"));
	}
}
