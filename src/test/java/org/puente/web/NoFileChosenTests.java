package org.puente.web;

import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.puente.WebTestSupport;
import org.springframework.mock.web.MockMultipartFile;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A form sent without choosing a file says to choose one; it does not call the missing file empty, or not a calendar
 * (walk-through of 4 December 2026). A browser sends the file's part even then, empty and without a name.
 */
@PuenteTest
class NoFileChosenTests extends WebTestSupport {

	/** What a browser sends for a file field left alone. */
	private static final MockMultipartFile NONE = new MockMultipartFile("file", "", "application/octet-stream",
			new byte[0]);

	@Test
	void aDocumentWithoutAFileAsksForOneAndAnEmptyFileIsStillCalledEmpty() throws Exception {
		storingNothingIn("document", multipart("/documents").file(NONE).param("title.es", "Informe sin archivo")
			.param("date", "2026-12-01").with(as("st-crm")).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Elija el archivo que quiere subir.")))
			.andExpect(content().string(not(containsString("El archivo está vacío"))));
		storingNothingIn("document", multipart("/documents")
			.file(new MockMultipartFile("file", "vacio.pdf", "application/pdf", new byte[0]))
			.param("title.es", "Informe vacío").param("date", "2026-12-01").with(as("st-crm")).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("El archivo está vacío")));
	}

	@Test
	void aCalendarImportWithoutAFileAsksForOne() throws Exception {
		storingNothingIn("meeting", multipart("/meetings/import").file(NONE).header("Accept-Language", "en")
			.with(as("st-crm")).with(csrf()))
			.andExpect(content().string(containsString("Choose the file to upload.")))
			.andExpect(content().string(not(containsString("not a valid iCalendar"))));
	}
}
