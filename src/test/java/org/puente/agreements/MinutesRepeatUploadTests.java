package org.puente.agreements;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.puente.accounts.AccountSummary;
import org.puente.accounts.Accounts;
import org.puente.accounts.Role;
import org.puente.digest.Sha256;
import org.puente.directory.Conference;
import org.puente.minutes.MinutesReading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/**
 * The same minutes file sent again is answered at once, with the review that already holds it, without reading the
 * file (reading took 31 s under load before saying "already uploaded"); so are minutes for a calendar meeting that
 * already has some, unless they are said to be a new version. The hash is computed as the upload streams in.
 */
class MinutesRepeatUploadTests {

	private static final LocalDate DAY = LocalDate.of(2017, 6, 20);

	private static final UUID MEETING = UUID.randomUUID();

	private final ReviewRepository repository = mock(ReviewRepository.class);

	private final MinutesReading reading = mock(MinutesReading.class);

	private final Reviews reviews = reviews();

	@Test
	void theSameFileIsRecognisedBeforeItIsRead() throws Exception {
		byte[] bytes = TestMinutes.minuta("repetida");
		Review earlier = earlier(Sha256.hex(bytes));
		MinutesUpload again = MinutesUpload.of("copia.txt", bytes);
		assertThat(again.sha256()).isEqualTo(Sha256.hex(bytes));
		assertThat(again.bytes()).isEqualTo(bytes);

		assertThatThrownBy(() -> reviews.start(meeting(null, false), again, Optional.of("es")))
			.isInstanceOfSatisfying(MinutesAlreadyUploaded.class, ex -> {
				assertThat(ex.link()).isEqualTo("/agreements/reviews/" + earlier.getId());
				assertThat(ex.messageKey()).isEqualTo("agreements.reviews.error.duplicate");
				assertThat(ex.mayBeNewVersion()).isFalse();
			});
		verifyNoInteractions(reading);
	}

	@Test
	void otherMinutesForAMeetingThatHasSomeAreRefusedBeforeReadingUnlessANewVersion() throws Exception {
		Review earlier = earlier(Sha256.hex("otro archivo"));
		MinutesUpload other = MinutesUpload.of("otra.txt", TestMinutes.minuta("otra"));

		assertThatThrownBy(() -> reviews.start(meeting(MEETING, false), other, Optional.of("es")))
			.isInstanceOfSatisfying(MinutesAlreadyUploaded.class, ex -> {
				assertThat(ex.link()).isEqualTo("/agreements/reviews/" + earlier.getId());
				assertThat(ex.mayBeNewVersion()).isTrue();
			});
		verifyNoInteractions(reading);
	}

	private Review earlier(String fileSha256) {
		Review earlier = new Review(new MeetingFacts(MEETING, "Reunión", DAY, List.of(Conference.CRM), "es"), "acta.txt", "es",
				"texto del acta", List.of(), UUID.randomUUID(), "ST CRM", Instant.EPOCH);
		earlier.readFrom(fileSha256);
		when(repository.findByMeetingDateAndStatusNotOrderByCreatedAt(any(), any())).thenReturn(List.of(earlier));
		return earlier;
	}

	private static Reviews.Meeting meeting(UUID id, boolean newVersion) {
		return new Reviews.Meeting(id, "Reunión", "es", DAY, List.of(Conference.CRM), newVersion);
	}

	private Reviews reviews() {
		Accounts accounts = mock(Accounts.class);
		when(accounts.current()).thenReturn(Optional.of(new AccountSummary(UUID.randomUUID(), "st-crm", "ST CRM",
				"st@example.org", Role.SECRETARIAT, "CRM", null, "es")));
		MinutesRevision revision = new MinutesRevision(repository, null, null,
				new MeetingTitleShown(mock(org.puente.meetings.Meetings.class)));
		return new Reviews(repository, null, reading, accounts, null, revision,
				Clock.fixed(Instant.EPOCH, ZoneOffset.UTC), null);
	}
}
