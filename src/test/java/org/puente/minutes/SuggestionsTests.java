package org.puente.minutes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The items the reading did not keep, suggested to a reviewer only when asked. */
class SuggestionsTests {

	private static final String MINUTES = """
			Acta de la reunión del grupo de trabajo

			Asistentes: Ana, Luis, Marta.

			Acuerdos:

			1. Chile enviará el informe a más tardar el lunes 12 de junio.
			2. Se aprueba el presupuesto del taller.

			Otros temas

			- Se conversó sobre la página web. Luis se encargará de actualizar la página web antes del 30 de junio. \
			Hubo un largo intercambio sobre el clima.
			""";

	private static final LocalDate MEETING = LocalDate.of(2017, 6, 8);

	@TempDir
	Path temp;

	private MinutesReading.Result read(int suggestions) {
		return TestFiles.READING.read(new MinutesReading.ReadRequest(MINUTES, MEETING, Optional.of("es"), suggestions));
	}

	@Test
	void leavesOutWhatIsTooUnlikelyToBeWorthReading() {
		// the text has candidates under the floor (attendance, small talk), so the floor has something to leave out
		assertThat(Scoring.weigh(ReadingContext.of(MINUTES), Structure.candidates(ReadingContext.of(MINUTES), true)))
			.anySatisfy(w -> assertThat(w.kept() || w.candidate().confidence() >= Suggestions.FLOOR).isFalse());
		assertThat(read(100).suggestions()).isNotEmpty()
			.allSatisfy(s -> assertThat(s.confidence()).isGreaterThanOrEqualTo(Suggestions.FLOOR));
	}

	@Test // a point of "Otros temas": told in a running paragraph, the task would be an item (Prose.told)
	void suggestsATaskToldInProseMostLikelyFirstWithItsPartyDateAndSpan() {
		MinutesReading.Result result = read(10);
		assertThat(result.items()).extracting(MinutesItem::text).containsExactly(
				"Chile enviará el informe a más tardar el lunes 12 de junio.", "Se aprueba el presupuesto del taller.");
		List<MinutesItem> suggested = result.suggestions();
		assertThat(suggested).isNotEmpty().hasSizeLessThanOrEqualTo(10);
		MinutesItem first = suggested.get(0);
		assertThat(first.text()).contains("Luis se encargará de actualizar la página web");
		assertThat(MINUTES.substring(first.span().start(), first.span().end())).isEqualTo(first.text());
		assertThat(first.responsible()).extracting(ItemParty::label).contains("Luis");
		assertThat(first.dates()).extracting(ItemDate::start).contains(LocalDate.of(2017, 6, 30));
		assertThat(suggested).extracting(MinutesItem::confidence).isSortedAccordingTo((a, b) -> Double.compare(b, a));
		assertThat(first.confidence()).isLessThan(1.0).isGreaterThan(suggested.get(suggested.size() - 1).confidence());
	}

	@Test
	void neverRepeatsAKeptItemNorStartsInItsOpeningOrAnotherSuggestions() {
		MinutesReading.Result result = read(50);
		List<TextSpan> spans = new java.util.ArrayList<>(result.items().stream().map(MinutesItem::span).toList());
		for (MinutesItem s : result.suggestions()) {
			assertThat(s.text()).doesNotContain("Chile enviará", "presupuesto del taller");
			assertThat(spans).noneMatch(t -> t.start() < s.span().end() && s.span().start() < t.end()
					&& Math.abs(s.span().start() - t.start()) < Suggestions.FURTHER_IN);
			spans.add(s.span());
		}
	}

	@Test // suggest19: 57 agreements of the 42 parts sat inside a kept item, 56 inside a suggestion starting elsewhere
	void suggestsASentenceWellInsideAKeptItemOrALongerSuggestionButNotOneAtTheirOpeningNorTheSameWordsTwice() {
		String paragraph = "Se conversó largamente sobre la página web, su diseño, sus textos y el presupuesto que "
				+ "requiere su mantenimiento anual en los próximos años. Luis se encargará de actualizarla antes del 30 de junio.";
		int luis = paragraph.indexOf("Luis");
		assertThat(luis).isGreaterThan(Suggestions.FURTHER_IN);
		Candidate kept = candidate(paragraph, 0, paragraph.length(), 0.9);
		Candidate inside = candidate(paragraph.substring(luis), luis, paragraph.length(), 0.4);
		Candidate opening = candidate("Se conversó largamente sobre la página web", 0, 42, 0.5);
		int other = 1000;
		Candidate longer = candidate(paragraph, other, other + paragraph.length(), 0.3);
		Candidate within = candidate(paragraph.substring(luis), other + luis, other + paragraph.length(), 0.2);
		Candidate again = candidate(paragraph.substring(luis), 2000, 2000 + paragraph.length() - luis, 0.1);
		List<Scoring.Weighed> weighed = List.of(new Scoring.Weighed(kept, true), new Scoring.Weighed(inside, false),
				new Scoring.Weighed(opening, false), new Scoring.Weighed(longer, false),
				new Scoring.Weighed(within, false), new Scoring.Weighed(again, false));
		MinutesItem item = new MinutesItem("1", null, paragraph, kept.span(), List.of(), List.of(), List.of(), 0.9);
		assertThat(Suggestions.of(weighed, List.of(item), 10)).containsExactly(inside, longer);
	}

	private static Candidate candidate(String text, int start, int end, double confidence) {
		return new Candidate(new Segment("", null, text), new TextSpan(start, end), confidence);
	}

	@Test
	void asksForNoneByDefaultAndTheItemsAreTheSameEitherWay() {
		MinutesReading.Result plain = read(0);
		assertThat(plain.suggestions()).isNull();
		assertThat(MinutesReading.toJson(plain)).doesNotContain("suggestions");
		assertThat(read(3).items()).isEqualTo(plain.items());
		assertThat(read(3).suggestions()).hasSizeLessThanOrEqualTo(3);
		assertThatThrownBy(() -> read(-1)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void markdownWithProseBetweenItsItemsKeepsTheSameItemsWhenItsProseIsWeighedForSuggestions() {
		// one pass serves both: with suggestions every sentence of prose is proposed among the items, and the items
		// kept from that list are the ones read without
		String markdown = """
				# Reunión del equipo

				## Discusión

				Se conversó sobre la página web durante un buen rato. Marta se encargará de revisar los textos \
				antes del 20 de junio. Hubo acuerdo en que el diseño actual funciona.

				## Acuerdos

				- Luis enviará el borrador a más tardar el 15 de junio.
				- Se aprueba el calendario de talleres.

				## Otros temas

				Se habló del clima y de las vacaciones. Ana propuso cambiar la sala de reuniones.
				""";
		MinutesReading.Result plain = TestFiles.READING.read(
				new MinutesReading.ReadRequest(markdown, MEETING, Optional.of("es"), 0));
		MinutesReading.Result asked = TestFiles.READING.read(
				new MinutesReading.ReadRequest(markdown, MEETING, Optional.of("es"), 10));
		assertThat(plain.items()).isNotEmpty();
		assertThat(asked.items()).isEqualTo(plain.items());
		assertThat(asked.suggestions()).isNotEmpty();
	}

	@Test
	void theCommandLineAddsTheSuggestionsOnlyWhenAskedWithExitStatusZero() throws Exception {
		Path file = temp.resolve("acta.txt");
		Files.writeString(file, MINUTES);
		ByteArrayOutputStream plain = new ByteArrayOutputStream();
		ByteArrayOutputStream asked = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		PrintStream errors = new PrintStream(err, true, StandardCharsets.UTF_8);
		assertThat(ExtractCommand.run(new String[] { "--meeting-date", "2017-06-08", "--lang", "es", file.toString() },
				new PrintStream(plain, true, StandardCharsets.UTF_8), errors)).isZero();
		assertThat(ExtractCommand.run(new String[] { "--meeting-date", "2017-06-08", "--suggestions", "2", "--lang",
				"es", file.toString() }, new PrintStream(asked, true, StandardCharsets.UTF_8), errors)).isZero();
		String without = plain.toString(StandardCharsets.UTF_8);
		String with = asked.toString(StandardCharsets.UTF_8);
		assertThat(without).doesNotContain("suggestions").isEqualTo(MinutesReading.toJson(read(0)) + System.lineSeparator());
		assertThat(with).contains("\"suggestions\" : [", "Luis se encargará");
		assertThat(with.substring(0, with.indexOf("\"suggestions\""))).isEqualTo(
				without.substring(0, without.lastIndexOf(']') + 1) + ",\n  ");
		assertThat(ExtractCommand.run(new String[] { "--meeting-date", "2017-06-08", "--suggestions", "0",
				file.toString() }, new PrintStream(new ByteArrayOutputStream()), errors)).isEqualTo(2);
	}
}
