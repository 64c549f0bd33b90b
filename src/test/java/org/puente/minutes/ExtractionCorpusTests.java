package org.puente.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Scores the extractor on hand-written minutes of varied shapes: agreement F1 (an expected agreement is found when a
 * proposed one starts with its first words) and date accuracy (an expected date is right when a proposed date of the
 * matching agreement has the same first and last day).
 */
class ExtractionCorpusTests {

	private static final MinutesReading extractor = MinutesReading.withPackagedDirectory(null);

	private static final JsonMapper json = JsonMapper.builder().build();

	@TempDir
	Path temp;

	record Score(int expected, int proposed, int matched, int dates, int datesRight) {

		Score plus(Score o) {
			return new Score(expected + o.expected, proposed + o.proposed, matched + o.matched, dates + o.dates,
					datesRight + o.datesRight);
		}

		double f1() {
			double precision = proposed == 0 ? 0 : (double) matched / proposed;
			double recall = expected == 0 ? 0 : (double) matched / expected;
			return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
		}

		double dateAccuracy() {
			return dates == 0 ? 1 : (double) datesRight / dates;
		}
	}

	static List<Path> corpus() throws IOException, URISyntaxException {
		Path dir = Path.of(ExtractionCorpusTests.class.getClassLoader().getResource("agreements/corpus").toURI());
		try (Stream<Path> files = Files.list(dir)) {
			return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
		}
	}

	static Score score(MinutesReading.Result result, JsonNode expected) {
		List<MinutesItem> proposed = new ArrayList<>(result.items());
		int matched = 0;
		int dates = 0;
		int datesRight = 0;
		for (JsonNode item : expected.get("agreements")) {
			String start = item.get("starts_with").asString();
			MinutesItem found = proposed.stream().filter(a -> a.text().startsWith(start)).findFirst().orElse(null);
			for (JsonNode date : item.get("dates")) {
				dates++;
				LocalDate from = LocalDate.parse(date.get(0).asString());
				LocalDate to = LocalDate.parse(date.get(1).asString());
				if (found != null && found.dates().stream().anyMatch(d -> d.start().equals(from) && d.end().equals(to))) {
					datesRight++;
				}
			}
			if (found != null) {
				matched++;
				proposed.remove(found);
			}
		}
		return new Score(expected.get("agreements").size(), result.items().size(), matched, dates, datesRight);
	}

	private static JsonNode expectation(Path text) throws IOException {
		return json.readTree(Files.readString(Path.of(text.toString().replace(".txt", ".expected.json"))));
	}

	private static MinutesReading.Result extract(Path file, JsonNode expected)  {
		return TestFiles.read(file, LocalDate.parse(expected.get("meeting_date").asString()), Optional.empty());
	}

	@Test
	void reachesNinetyPercentAgreementF1AndDateAccuracyOnTheCorpus() throws Exception {
		Score total = new Score(0, 0, 0, 0, 0);
		for (Path file : corpus()) {
			JsonNode expected = expectation(file);
			MinutesReading.Result result = extract(file, expected);
			assertThat(result.language()).as(file.getFileName().toString()).isEqualTo(expected.get("lang").asString());
			total = total.plus(score(result, expected));
		}
		System.out.printf("corpus: agreement F1 %.3f, date accuracy %.3f (%d agreements, %d dates)%n", total.f1(),
				total.dateAccuracy(), total.expected(), total.dates());
		assertThat(total.f1()).isGreaterThanOrEqualTo(0.9);
		assertThat(total.dateAccuracy()).isGreaterThanOrEqualTo(0.9);
	}

	@Test
	void findsResponsiblePartiesNamedInTheCorpus() throws Exception {
		int expected = 0;
		int found = 0;
		for (Path file : corpus()) {
			JsonNode expectation = expectation(file);
			MinutesReading.Result result = extract(file, expectation);
			for (JsonNode item : expectation.get("agreements")) {
				if (item.has("responsible")) {
					String start = item.get("starts_with").asString();
					List<String> ids = result.items().stream().filter(a -> a.text().startsWith(start))
						.flatMap(a -> a.responsible().stream()).map(ItemParty::id).toList();
					for (JsonNode id : item.get("responsible")) {
						expected++;
						found += ids.contains(id.asString()) ? 1 : 0;
					}
				}
			}
		}
		assertThat((double) found / expected).isGreaterThanOrEqualTo(0.9);
	}

	@Test
	void readsTheSameAgreementsFromDocxPdfAndOdt() throws Exception {
		Path source = corpus().stream().filter(p -> p.getFileName().toString().equals("en-action-items.txt")).findFirst()
			.orElseThrow();
		JsonNode expected = expectation(source);
		List<String> paragraphs = List.of(Files.readString(source).split("\n"));
		MinutesReading.Result fromText = extract(source, expected);
		for (Path binary : List.of(docx(paragraphs), pdf(paragraphs), odt(paragraphs))) {
			MinutesReading.Result result = extract(binary, expected);
			assertThat(result.items()).as(binary.getFileName().toString()).hasSameSizeAs(fromText.items());
			Score score = score(result, expected);
			assertThat(score.f1()).as(binary.getFileName().toString()).isEqualTo(1.0);
			assertThat(score.dateAccuracy()).as(binary.getFileName().toString()).isEqualTo(1.0);
		}
	}

	private Path docx(List<String> paragraphs) throws IOException {
		Path file = temp.resolve("minutes.docx");
		try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
			for (String text : paragraphs) {
				doc.createParagraph().createRun().setText(text);
			}
			doc.write(out);
		}
		return file;
	}

	private Path pdf(List<String> paragraphs) throws IOException {
		Path file = temp.resolve("minutes.pdf");
		try (OutputStream out = Files.newOutputStream(file)) {
			Document doc = new Document();
			PdfWriter.getInstance(doc, out);
			doc.open();
			for (String text : paragraphs) {
				doc.add(new Paragraph(text.isEmpty() ? " " : text));
			}
			doc.close();
		}
		return file;
	}

	/** An OpenDocument text written by hand: the mimetype first and stored, then the content and the manifest. */
	private Path odt(List<String> paragraphs) throws IOException {
		StringBuilder body = new StringBuilder();
		for (String text : paragraphs) {
			body.append("<text:p>").append(text.replace("&", "&amp;").replace("<", "&lt;")).append("</text:p>");
		}
		String content = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content"
				+ " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
				+ " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\">"
				+ "<office:body><office:text>" + body + "</office:text></office:body></office:document-content>";
		Path file = temp.resolve("minutes.odt");
		Files.write(file, TestFiles.odt(content));
		return file;
	}
}
