package org.puente.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Scores the extractor on minutes written in the styles of other bodies (OAS CAM, MERCOSUR FEM, SICA OCAM, UN groups,
 * Brazilian ministries) before any rule was tuned for them, so that the figures say how the rules generalise.
 * Matching is the one of {@link ExtractionCorpusTests}: an expected agreement is found when a proposed one starts with
 * its first words; its dates are right when a proposed date has the same first and last day. Responsible parties are
 * scored as an F1 over the agreements that were found. With {@code -Dheldout.verbose=true} every miss is printed.
 */
class HeldOutExtractionTests {

	private static final MinutesReading extractor = MinutesReading.withPackagedDirectory(null);

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final boolean verbose = Boolean.getBoolean("heldout.verbose");

	private static Tally total;

	record Tally(int expected, int proposed, int matched, int dates, int datesRight, int kindsRight,
			int partiesExpected, int partiesProposed, int partiesRight) {

		Tally plus(Tally o) {
			return new Tally(expected + o.expected, proposed + o.proposed, matched + o.matched, dates + o.dates,
					datesRight + o.datesRight, kindsRight + o.kindsRight, partiesExpected + o.partiesExpected,
					partiesProposed + o.partiesProposed, partiesRight + o.partiesRight);
		}

		/** Of the dates resolved right, the share also classified right as deadline or event. */
		double kindAccuracy() {
			return datesRight == 0 ? 1 : (double) kindsRight / datesRight;
		}

		double agreementF1() {
			return f1(matched, proposed, expected);
		}

		double partyF1() {
			return f1(partiesRight, partiesProposed, partiesExpected);
		}

		double dateAccuracy() {
			return dates == 0 ? 1 : (double) datesRight / dates;
		}

		private static double f1(int right, int proposed, int expected) {
			double precision = proposed == 0 ? 0 : (double) right / proposed;
			double recall = expected == 0 ? 0 : (double) right / expected;
			return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
		}
	}

	@TempDir
	static Path temp;

	@BeforeAll
	static void scoreTheHeldOutCorpus() throws Exception {
		total = scoreAll(file -> file, true);
	}

	/** Scores every held-out text, as given or converted by {@code format} into another file format first. */
	private static Tally scoreAll(Converter format, boolean print) throws Exception {
		Tally total = new Tally(0, 0, 0, 0, 0, 0, 0, 0, 0);
		for (Path file : heldOut()) {
			JsonNode expected = json.readTree(Files.readString(Path.of(file.toString().replace(".txt", ".expected.json"))));
			MinutesReading.Result result = TestFiles.read(format.convert(file),
					LocalDate.parse(expected.get("meeting_date").asString()), Optional.empty());
			Tally tally = score(file.getFileName().toString(), result, expected);
			assertThat(result.language()).as(file.getFileName().toString()).isEqualTo(expected.get("lang").asString());
			total = total.plus(tally);
			if (!print) {
				continue;
			}
			System.out.printf("held-out %-40s agreements %d/%d (proposed %d), dates %d/%d, parties %d/%d (proposed %d)%n",
					file.getFileName(), tally.matched(), tally.expected(), tally.proposed(), tally.datesRight(),
					tally.dates(), tally.partiesRight(), tally.partiesExpected(), tally.partiesProposed());
		}
		if (!print) {
			return total;
		}
		System.out.printf("held-out: agreement F1 %.3f, responsible-party F1 %.3f, date accuracy %.3f, deadline/event"
				+ " accuracy %.3f (%d documents, %d agreements, %d dates, %d parties)%n", total.agreementF1(),
				total.partyF1(), total.dateAccuracy(), total.kindAccuracy(), heldOut().size(), total.expected(),
				total.dates(), total.partiesExpected());
		return total;
	}

	interface Converter {
		Path convert(Path text) throws IOException;
	}

	/** A PDF of the minutes, one paragraph per line of text: long lines come back wrapped, as from real PDFs. */
	private static Path pdf(Path text) throws IOException {
		Path file = temp.resolve(text.getFileName().toString().replace(".txt", ".pdf"));
		try (OutputStream out = Files.newOutputStream(file)) {
			Document doc = new Document();
			PdfWriter.getInstance(doc, out);
			doc.open();
			for (String line : Files.readString(text).split("\n", -1)) {
				doc.add(new Paragraph(line.isBlank() ? " " : line.replace('\t', ' ').replace('\f', ' ')));
			}
			doc.close();
		}
		return file;
	}

	/** A DOCX of the minutes, one paragraph per line of text. */
	private static Path docx(Path text) throws IOException {
		Path file = temp.resolve(text.getFileName().toString().replace(".txt", ".docx"));
		try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
			for (String line : Files.readString(text).split("\n", -1)) {
				doc.createParagraph().createRun().setText(line.replace('\f', ' '));
			}
			doc.write(out);
		}
		return file;
	}

	static List<Path> heldOut() throws IOException, URISyntaxException {
		Path dir = Path.of(HeldOutExtractionTests.class.getClassLoader().getResource("agreements/heldout").toURI());
		try (Stream<Path> files = Files.list(dir)) {
			return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
		}
	}

	private static Tally score(String name, MinutesReading.Result result, JsonNode expected) {
		List<MinutesItem> unmatched = new ArrayList<>(result.items());
		int matched = 0;
		int dates = 0;
		int datesRight = 0;
		int kindsRight = 0;
		int partiesExpected = 0;
		int partiesProposed = 0;
		int partiesRight = 0;
		for (JsonNode item : expected.get("agreements")) {
			String start = item.get("starts_with").asString();
			MinutesItem found = unmatched.stream().filter(a -> a.text().startsWith(start)).findFirst().orElse(null);
			Set<String> wanted = new HashSet<>();
			item.get("responsible").forEach(id -> wanted.add(id.asString()));
			partiesExpected += wanted.size();
			if (found == null) {
				report(name, "agreement not found: " + start);
			}
			else {
				matched++;
				unmatched.remove(found);
				Set<String> got = new HashSet<>(found.responsible().stream().map(ItemParty::id).toList());
				partiesProposed += got.size();
				got.retainAll(wanted);
				partiesRight += got.size();
				if (got.size() != wanted.size() || found.responsible().size() != wanted.size()) {
					report(name, "parties of '" + start + "': expected " + wanted + ", got "
							+ found.responsible().stream().map(ItemParty::id).toList());
				}
			}
			for (JsonNode date : item.get("dates")) {
				dates++;
				LocalDate from = LocalDate.parse(date.get(0).asString());
				LocalDate to = LocalDate.parse(date.get(1).asString());
				ItemDate.Kind kind = ItemDate.Kind.valueOf(date.get(2).asString().toUpperCase(java.util.Locale.ROOT));
				List<ItemDate> same = found == null ? List.of() : found.dates().stream()
					.filter(d -> d.start().equals(from) && d.end().equals(to)).toList();
				if (!same.isEmpty()) {
					datesRight++;
					if (same.stream().anyMatch(d -> d.kind() == kind)) {
						kindsRight++;
					}
					else {
						report(name, "kind of " + same.get(0).expression() + ": expected " + kind);
					}
				}
				else {
					report(name, "date " + from + ".." + to + " of '" + start + "': got "
							+ (found == null ? "-" : found.dates().stream().map(d -> d.expression() + "=" + d.start()
									+ ".." + d.end()).toList()));
				}
			}
		}
		unmatched.forEach(a -> report(name, "extra agreement: " + a.text().substring(0, Math.min(70, a.text().length()))));
		return new Tally(expected.get("agreements").size(), result.items().size(), matched, dates, datesRight,
				kindsRight, partiesExpected, partiesProposed, partiesRight);
	}

	private static void report(String file, String message) {
		if (verbose) {
			System.out.println("  " + file + ": " + message);
		}
	}

	@Test
	void findsNinetyPercentOfTheAgreementsOfMinutesFromOtherBodies() {
		assertThat(total.agreementF1()).isGreaterThanOrEqualTo(0.9);
	}

	@Test
	void resolvesNinetyPercentOfTheDatesOfMinutesFromOtherBodies() {
		assertThat(total.dateAccuracy()).isGreaterThanOrEqualTo(0.9);
	}

	@Test
	void keepsItsFiguresWhenTheMinutesComeAsDocxOrPdf() throws Exception {
		for (Converter format : List.<Converter>of(HeldOutExtractionTests::docx, HeldOutExtractionTests::pdf)) {
			Tally tally = scoreAll(format, false);
			System.out.printf("held-out as %s: agreement F1 %.3f, responsible-party F1 %.3f, date accuracy %.3f%n",
					format.convert(heldOut().get(0)).getFileName().toString().replaceAll(".*\\.", ""), tally.agreementF1(),
					tally.partyF1(), tally.dateAccuracy());
			assertThat(tally.agreementF1()).isGreaterThanOrEqualTo(0.9);
			assertThat(tally.dateAccuracy()).isGreaterThanOrEqualTo(0.9);
		}
	}

	@Test
	void findsMostResponsiblePartiesOfMinutesFromOtherBodies() {
		assertThat(total.partyF1()).isGreaterThanOrEqualTo(0.85);
	}
}
