package org.puente.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.puente.documents.StructuredDocx;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;

/**
 * Minutes in DOCX, ODT and PDF read by their structure (headings, numbered lists, task tables), item for item as the
 * same minutes written in Markdown: the table of tasks gives each row's owner and deadline, the agenda gives nothing.
 */
class StructuredFilesTests {

	private static final LocalDate MEETING = LocalDate.of(2025, 4, 1);

	private static final List<String> AGENDA = List.of("Abertura", "Informes das delegações");

	private static final List<String> AGREEMENTS = List.of(
			"A Argentina enviará o rascunho da declaração até 14 de junho de 2025.",
			"O Uruguai apresentará o relatório sobre tráfico de pessoas em 30 de junho de 2025.");

	private static final String[][] TASKS = { { "Atividade", "Data limite", "Executor Responsável" },
			{ "Enviar o relatório de migração laboral", "12/04/2025", "Brasil" },
			{ "Revisar o glossário comum", "30/05/2025", "Chile" } };

	private static final String MARKDOWN = """
			# Ata da reunião de coordenação

			## Pauta

			1. Abertura
			2. Informes das delegações

			## Encaminhamentos

			1. A Argentina enviará o rascunho da declaração até 14 de junho de 2025.
			2. O Uruguai apresentará o relatório sobre tráfico de pessoas em 30 de junho de 2025.

			## Novas tarefas

			| Atividade | Data limite | Executor Responsável |
			| --- | --- | --- |
			| Enviar o relatório de migração laboral | 12/04/2025 | Brasil |
			| Revisar o glossário comum | 30/05/2025 | Chile |
			""";

	/** What an item is, apart from where it sits: its words, who must act, and its dates. */
	record Read(String text, List<String> responsible, List<String> dates) {

		static Read of(MinutesItem item) {
			return new Read(item.text(), item.responsible().stream().map(ItemParty::id).toList(),
					item.dates().stream().map(d -> d.start() + ".." + d.end()).toList());
		}
	}

	@Test
	void aWordFileWithHeadingsANumberedListAndATaskTableReadsAsItsMarkdown() throws Exception {
		List<Read> expected = items(TestFiles.READING.read(MARKDOWN, MEETING, Optional.of("pt")));
		assertThat(expected).hasSize(4);
		assertThat(expected.get(2).responsible()).containsExactly("country:BR");
		assertThat(expected.get(2).dates()).containsExactly("2025-04-12..2025-04-12");
		assertThat(expected).noneMatch(r -> r.text().contains("Abertura"));

		assertThat(items(TestFiles.readFile(docx(), "ata.docx", MEETING, Optional.of("pt")))).isEqualTo(expected);
	}

	@Test
	void anOpenDocumentWithHeadingsAListAndATaskTableReadsAsItsMarkdown() throws Exception {
		List<Read> expected = items(TestFiles.READING.read(MARKDOWN, MEETING, Optional.of("pt")));

		assertThat(items(TestFiles.readFile(odt(), "ata.odt", MEETING, Optional.of("pt")))).isEqualTo(expected);
	}

	@Test
	void aPdfsNumberedAgreementsReadAsInPlainText() throws Exception {
		String text = "ATA DA REUNIÃO DE COORDENAÇÃO\nENCAMINHAMENTOS\n1. " + AGREEMENTS.get(0) + "\n2. "
				+ AGREEMENTS.get(1) + "\n";
		List<Read> expected = items(TestFiles.READING.read(text, MEETING, Optional.of("pt")));
		assertThat(expected).hasSize(2);

		assertThat(items(TestFiles.readFile(pdf(text.split("\n")), "ata.pdf", MEETING, Optional.of("pt"))))
			.isEqualTo(expected);
	}

	@Test
	void bulletsAPdfLeftAsPrivateUseSymbolGlyphsReadAsAList() {
		String bullets = "CONCLUSIONES\n\uF0B7 Los países miembros enviarán sus comentarios antes del 30 de abril.\n"
				+ "\uF0A7 La Presidencia Pro Tempore convocará a la próxima reunión en junio.\n";
		String dashes = bullets.replace('\uF0B7', '-').replace('\uF0A7', '-');

		List<Read> read = items(TestFiles.READING.read(bullets, MEETING, Optional.of("es")));

		assertThat(read).hasSize(2).isEqualTo(items(TestFiles.READING.read(dashes, MEETING, Optional.of("es"))));
		assertThat(read.get(0).text()).startsWith("Los países miembros");
	}

	@Test
	void writesTikasXhtmlAsMarkdown() {
		String xhtml = "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>t</title></head><body>"
				+ "<h2>Acuerdos</h2><ol><li><p>Primer punto</p><ul><li>detalle</li></ul></li><li>Segundo</li></ol>"
				+ "<p>\uF0B7 Un punto con viñeta</p><p><b>Tareas</b></p>"
				+ "<table><tr><td>Tarea</td><td>Responsable</td></tr><tr><td>Enviar a|b</td><td><p>Chile</p></td></tr>"
				+ "</table><table><tr><td>Solo una celda</td></tr></table></body></html>";

		String markdown = XhtmlStructure.markdown(new org.puente.documents.ReadText("application/x-test", "", xhtml,
				false));

		assertThat(markdown).isEqualTo("""
				## Acuerdos

				1. Primer punto
				   - detalle
				2. Segundo

				- Un punto con viñeta

				**Tareas**

				| Tarea | Responsable |
				| --- | --- |
				| Enviar a\\|b | Chile |

				Solo una celda""");
	}

	private static List<Read> items(MinutesReading.Result result) {
		return result.items().stream().map(Read::of).toList();
	}

	private static byte[] docx() {
		return new StructuredDocx().heading(1, "Ata da reunião de coordenação").heading(2, "Pauta").numbered(AGENDA)
			.heading(2, "Encaminhamentos").numbered(AGREEMENTS).bold("Novas tarefas").table(TASKS).bytes();
	}

	private static byte[] pdf(String[] paragraphs) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document doc = new Document();
		PdfWriter.getInstance(doc, out);
		doc.open();
		for (String text : paragraphs) {
			doc.add(new Paragraph(text));
		}
		doc.close();
		return out.toByteArray();
	}

	/** An OpenDocument text with outline headings, numbered lists (a numbering list style) and a table. */
	private static byte[] odt() throws IOException {
		StringBuilder body = new StringBuilder();
		body.append(h(1, "Ata da reunião de coordenação")).append(h(2, "Pauta")).append(list(AGENDA))
			.append(h(2, "Encaminhamentos")).append(list(AGREEMENTS)).append(h(2, "Novas tarefas"))
			.append("<table:table table:name=\"Tarefas\"><table:table-column table:number-columns-repeated=\"3\"/>");
		for (String[] row : TASKS) {
			body.append("<table:table-row>");
			for (String cell : row) {
				body.append("<table:table-cell office:value-type=\"string\"><text:p>").append(cell)
					.append("</text:p></table:table-cell>");
			}
			body.append("</table:table-row>");
		}
		body.append("</table:table>");
		String content = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content"
				+ " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
				+ " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\""
				+ " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
				+ " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\">"
				+ "<office:automatic-styles><text:list-style style:name=\"L1\">"
				+ "<text:list-level-style-number text:level=\"1\" style:num-suffix=\".\" style:num-format=\"1\"/>"
				+ "</text:list-style></office:automatic-styles>"
				+ "<office:body><office:text>" + body + "</office:text></office:body></office:document-content>";
		return TestFiles.odt(content);
	}

	private static String h(int level, String text) {
		return "<text:h text:outline-level=\"" + level + "\">" + text + "</text:h>";
	}

	private static String list(List<String> items) {
		StringBuilder list = new StringBuilder("<text:list text:style-name=\"L1\">");
		items.forEach(item -> list.append("<text:list-item><text:p>").append(item).append("</text:p></text:list-item>"));
		return list.append("</text:list>").toString();
	}
}
