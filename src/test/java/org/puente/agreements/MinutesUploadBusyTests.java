package org.puente.agreements;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.puente.refusal.RefusalKind;
import org.puente.refusal.RefusedException;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.ui.ExtendedModelMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every file reader busy with a full line while minutes are uploaded: the upload form again with "try again in a few
 * seconds", a 503 with Retry-After, nothing kept. (Busy readers cannot be produced on demand in the shared test
 * server, so the review service here is one that is always refused so.)
 */
class MinutesUploadBusyTests {

	@Test
	void busyFileReadersAnswerTheFormAgainWith503AndRetryAfter() throws Exception {
		Reviews busy = new Reviews(null, null, null, null, null, null, java.time.Clock.systemDefaultZone(), null) {

			@Override
			public UUID start(Meeting meeting, MinutesUpload upload, Optional<String> lang) {
				throw new RefusedException(RefusalKind.BUSY, "documents.extraction.busy");
			}

			@Override
			public List<Review> drafts() {
				return List.of();
			}
		};
		ExtendedModelMap model = new ExtendedModelMap();
		MockHttpServletResponse response = new MockHttpServletResponse();
		String view = new ReviewController(busy, null, new MinutesUploadCheck(null),
				// the refused form lists the drafts again, their meetings named as the reader reads them
				new ReviewPage(busy, null, null, null,
						new MeetingTitleShown(org.mockito.Mockito.mock(org.puente.meetings.Meetings.class)), null),
				null).upload(
				new ReviewForms.Upload(null, "Reunión con los lectores ocupados", "2019-04-02", List.of("CRM"), "es",
						false),
				new MockMultipartFile("file", "acta.txt", "text/plain", TestMinutes.minuta("ocupados")), model,
				response, Locale.forLanguageTag("es"));
		assertThat(view).isEqualTo("agreements/reviews");
		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(response.getHeader("Retry-After")).isEqualTo("5");
		assertThat(model.get("uploadErrors")).isEqualTo(List.of("documents.extraction.busy"));
		assertThat(model.get("existing")).isNull();
	}
}
