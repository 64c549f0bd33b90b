package org.puente.agreements;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reading minutes through Tika: the type comes from the content, and damaged files get a sentence, not a crash. */
class DocumentTextTests {

	@TempDir
	Path temp;

	@Test
	void readsADocxSavedWithATxtExtensionByItsContent() throws Exception {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (XWPFDocument doc = new XWPFDocument()) {
			doc.createParagraph().createRun().setText("Acuerdos:");
			doc.createParagraph().createRun().setText("1. Chile enviará sus respuestas a más tardar el 20 de junio.");
			doc.write(bytes);
		}
		Path misnamed = temp.resolve("acta.txt");
		Files.write(misnamed, bytes.toByteArray());

		ExtractionResult result = MinutesExtractor.withBundledDirectory().extract(misnamed,
				java.time.LocalDate.of(2017, 6, 8), java.util.Optional.empty());

		assertThat(result.agreements()).singleElement()
			.satisfies(a -> assertThat(a.dates().get(0).start()).hasToString("2017-06-20"));
	}

	@Test
	void readsLatinOneTextFromOlderWindowsMinutes() throws Exception {
		byte[] latin = "Acuerdos:\n1. La Secretaría Técnica circulará el informe en noviembre.\n"
			.getBytes(StandardCharsets.ISO_8859_1);
		String text = MinutesExtractor.readText(new ByteArrayInputStream(latin), "acta.txt");
		assertThat(text).contains("Secretaría Técnica circulará");
	}

	@Test
	void refusesAPasswordProtectedPdfSayingSo() throws Exception {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		Document doc = new Document();
		PdfWriter writer = PdfWriter.getInstance(doc, bytes);
		writer.setEncryption("secret".getBytes(StandardCharsets.US_ASCII), "owner".getBytes(StandardCharsets.US_ASCII),
				PdfWriter.ALLOW_PRINTING, PdfWriter.STANDARD_ENCRYPTION_128);
		doc.open();
		doc.add(new Paragraph("1. Chile enviará sus respuestas."));
		doc.close();

		assertThatThrownBy(() -> MinutesExtractor.readText(new ByteArrayInputStream(bytes.toByteArray()), "acta.pdf"))
			.isInstanceOf(UnreadableDocumentException.class)
			.hasMessageContaining("password");
	}

	@Test
	void refusesATruncatedPdfAndAnImageWithClearMessages() {
		byte[] truncated = "%PDF-1.7\n1 0 obj << /Type /Catalog".getBytes(StandardCharsets.US_ASCII);
		assertThatThrownBy(() -> MinutesExtractor.readText(new ByteArrayInputStream(truncated), "acta.pdf"))
			.isInstanceOf(UnreadableDocumentException.class)
			.hasMessageContaining("acta.pdf");
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };
		assertThatThrownBy(() -> MinutesExtractor.readText(new ByteArrayInputStream(png), "acta.docx"))
			.isInstanceOf(UnreadableDocumentException.class)
			.hasMessageContaining("image/png");
	}
}
