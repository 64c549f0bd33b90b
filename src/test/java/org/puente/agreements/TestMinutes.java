package org.puente.agreements;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.openqa.selenium.By;
import org.puente.browser.Browser;

/**
 * Copies of the seed Minuta for tests that upload minutes. The demo already holds the Minuta itself for its meeting
 * of 11 May 2017, and the same minutes are never accepted twice for one day, so each test uploads a copy headed by
 * its own line: another file, read exactly like the seed.
 */
public final class TestMinutes {

	private static final Path MINUTA = Path.of("src/main/resources/seeds/minuta-2017-05-11.txt");

	private TestMinutes() {
	}

	/** The Minuta headed by "Copia de trabajo: {note}". */
	public static byte[] minuta(String note) {
		try {
			return ("Copia de trabajo: " + note + "\n\n" + Files.readString(MINUTA)).getBytes(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Minutes of a CRM meeting with this title and day (YYYY-MM-DD), as the review's upload form sends them. */
	public static org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder upload(
			String text, String meetingTitle, String isoDate) {
		return org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/agreements/reviews")
			.file(new org.springframework.mock.web.MockMultipartFile("file", "acta.txt", "text/plain",
					text.getBytes(StandardCharsets.UTF_8)))
			.param("meetingTitle", meetingTitle).param("meetingDate", isoDate).param("processes", "CRM");
	}

	/** A public, confirmed one-day CRM meeting in the calendar, created by the account given (a secretariat); its id. */
	public static String calendarMeeting(org.springframework.test.web.servlet.MockMvc mvc,
			org.springframework.test.web.servlet.request.RequestPostProcessor account, String title, String isoDate)
			throws Exception {
		String page = mvc.perform(org.puente.meetings.PostedMeetingForm.meeting(title, isoDate).postTo("/meetings")
				.with(account).with(org.springframework.security.test.web.servlet.request
					.SecurityMockMvcRequestPostProcessors.csrf()))
			.andReturn().getResponse().getRedirectedUrl();
		return page.substring(page.lastIndexOf('/') + 1);
	}

	/** The same, as a temporary file a browser can upload. */
	public static Path minutaFile(String note) {
		try {
			Path file = Files.createTempFile("minuta", ".txt");
			Files.write(file, minuta(note));
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Minutes of many suggestions ({@link ReviewSuggestionsTests#minutes}) as a temporary file, told apart by a note. */
	static Path suggestionsFile(String note) {
		try {
			Path file = Files.createTempFile("sugerencias", ".txt");
			Files.writeString(file, ReviewSuggestionsTests.minutes().replace("estadísticas", "estadísticas (" + note + ")"),
					java.nio.charset.StandardCharsets.UTF_8);
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Sends minutes to review in the browser, signed in as the account: the file, the meeting's title and date;
	 * waits until the review shows the item and checks its page.
	 */
	public static void sendToReview(Browser browser, String account, Path minutes, String meetingTitle, String isoDate,
			String item) {
		browser.signInAndOpen(account, "/agreements/reviews?lang=es");
		browser.attach("file", minutes).type("meetingTitle", meetingTitle).setValue("meetingDate", isoDate);
		browser.clickToNavigate(By.cssSelector("form.form button[type=submit]"));
		browser.waitFor(By.id("item-" + item));
		browser.checkAccessibility();
	}
}
