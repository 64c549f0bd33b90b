package org.puente.documents;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TextReaderTests {

	private static final TextReader reader = TextReader.withDefaults();

	private final TestFiles files = new TestFiles();

	@AfterAll
	static void stopTheChildren() {
		reader.close();
	}

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
		ReadText read;
		try (TextReader small = new TextReader(1_000, Duration.ofSeconds(30), 1, "128m")) {
			read = small.read(files.docx("x".repeat(5_000)), "long.docx");
		}
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

	@Test
	void refusesAOneGigabyteZipBombAsABombWithoutTouchingThisHeap() throws Exception {
		byte[] bomb = TestFiles.docxBomb(1L << 30);
		assertThat(bomb.length).isLessThan(2_000_000);
		long before = usedHeap();
		assertThatThrownBy(() -> reader.read(bomb, "acta.docx")).isInstanceOf(UnreadableFileException.class)
			.extracting(ex -> ((UnreadableFileException) ex).messageKey())
			.isEqualTo("documents.extraction.bomb");
		// the gigabyte was inflated in a child JVM: this one grew by far less than the bomb's size
		assertThat(usedHeap() - before).isLessThan(200L * 1024 * 1024);
		// and the next file is read by a fresh child
		assertThat(reader.read(files.docx("Acuerdos"), "next.docx").text()).contains("Acuerdos");
	}

	@Test
	void refusesAFileThatKeepsTheParserBusyPastTheTimeLimit() throws Exception {
		try (TextReader hurried = new TextReader(1_000_000, Duration.ofMillis(1), 1, "128m")) {
			assertThatThrownBy(() -> hurried.read(files.docx("Acuerdos"), "slow.docx"))
				.isInstanceOf(UnreadableFileException.class)
				.extracting(ex -> ((UnreadableFileException) ex).reason())
				.isEqualTo(UnreadableFileException.Reason.TIMEOUT);
		}
	}

	private static long usedHeap() {
		System.gc();
		return Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
	}
}
