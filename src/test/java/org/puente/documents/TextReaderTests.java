package org.puente.documents;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TextReaderTests {

	private final TextReader reader = TextReader.withDefaults();

	private final TestFiles files = new TestFiles();

	@Test
	void givesPlainTextAsWrittenWithoutMarkup() throws Exception {
		ReadText read = reader.read("Acuerdos\n\n1. Enviar\n   el informe\n".getBytes(StandardCharsets.UTF_8), "a.txt");
		assertThat(read.isPlainText()).isTrue();
		assertThat(read.text()).isEqualTo("Acuerdos\n\n1. Enviar\n   el informe\n");
		assertThat(read.mediaType()).isEqualTo("text/plain");
	}

	@Test
	void readsWindows1252WhenTheBytesAreNotUtf8() throws Exception {
		byte[] latin = "Reunión en Panamá".getBytes(java.nio.charset.Charset.forName("windows-1252"));
		assertThat(reader.read(latin, "old.txt").text()).isEqualTo("Reunión en Panamá");
	}

	@Test
	void givesTheTextAndTheStructureOfAWordDocument() throws Exception {
		ReadText read = reader.read(files.docx("Acuerdos", "Enviar el informe"), "minutes.bin");
		assertThat(read.mediaType()).isEqualTo(
				"application/vnd.openxmlformats-officedocument.wordprocessingml.document");
		assertThat(read.text()).contains("Acuerdos").contains("Enviar el informe");
		assertThat(read.xhtml()).contains("<p>Acuerdos</p>");
	}

	@Test
	void cutsALongTextAtTheWriteLimitAndSaysSo() throws Exception {
		ReadText read = new TextReader(1_000, Duration.ofSeconds(30))
			.read(files.docx("x".repeat(5_000)), "long.docx");
		assertThat(read.truncated()).isTrue();
		assertThat(read.text().length()).isLessThanOrEqualTo(1_000);
	}

	@Test
	void refusesAnEmptyFileWithItsReason() {
		assertThatThrownBy(() -> reader.read(new byte[0], "empty.pdf")).isInstanceOf(UnreadableFileException.class)
			.extracting(ex -> ((UnreadableFileException) ex).messageKey())
			.isEqualTo("documents.upload.empty");
	}

	@Test
	void refusesADamagedPdfWithItsReason() {
		byte[] broken = "%PDF-1.7\n1 0 obj << /Type /Catalog".getBytes(StandardCharsets.US_ASCII);
		assertThatThrownBy(() -> reader.read(broken, "broken.pdf")).isInstanceOf(UnreadableFileException.class)
			.extracting(ex -> ((UnreadableFileException) ex).reason())
			.isEqualTo(UnreadableFileException.Reason.CORRUPT);
	}
}
