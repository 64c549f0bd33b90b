package org.puente.meetings;

import java.time.LocalDate;
import java.util.Comparator;

import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** "The latest meetings" (home page, quiet calendar): public ones already started, most recent first. */
@PuenteTest
class LatestMeetingsTests {

	@Autowired
	Meetings meetings;

	@Test
	void listsThePublicMeetingsAlreadyStartedMostRecentFirst() {
		var latest = meetings.latest(5);
		assertThat(latest).isNotEmpty().hasSizeLessThanOrEqualTo(5);
		assertThat(latest).allSatisfy(m -> {
			assertThat(m.startDate()).isBeforeOrEqualTo(LocalDate.now());
			assertThat(m.visibility()).isEqualTo(MeetingVisibility.PUBLIC);
		});
		assertThat(latest).isSortedAccordingTo(Comparator.comparing(MeetingSummary::startDate).reversed());
	}
}
