package org.puente.minutes.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/**
 * The next meetings stated as a list ("Prochaines réunions : 16 avril, 2 juillet, 8 octobre 2026"): the first is the
 * next; and an item's "d’ici la prochaine réunion" written with the typographic apostrophe refers to it as "d'ici"
 * does (4 December, evening: both found on a French development document, written here in the four languages).
 */
class NextMeetingsListedTests {

	private static final LocalDate MEETING = LocalDate.of(2026, 1, 22);

	private static final LocalDate NEXT = LocalDate.of(2026, 4, 16);

	private final NextMeeting next = new NextMeeting(new TemporalTagger());

	@Test
	void theFirstOfTheNextMeetingsListedIsTheNext() {
		for (String[] row : new String[][] { { "fr", "Prochaines réunions : 16 avril, 2 juillet, 8 octobre 2026 à 9h30" },
			{ "es", "Próximas reuniones: 16 de abril, 2 de julio y 8 de octubre" },
			{ "pt", "Próximas reuniões: 16 de abril, 2 de julho e 8 de outubro" },
			{ "en", "Next meetings: 16 April, 2 July and 8 October 2026" } }) {
			assertThat(next.stated(row[1], MEETING, row[0])).as(row[1]).singleElement()
				.satisfies(s -> assertThat(s.day()).isEqualTo(NEXT));
		}
		assertThat(next.stated("Les prochaines réunions seront fixées plus tard.", MEETING, "fr")).isEmpty();
	}

	@Test
	void anItemRefersToTheNextMeetingWithEitherApostrophe() {
		for (String item : new String[] { "intégration dans le projet d’ici la prochaine réunion (A. Gallais)",
			"intégration dans le projet d'ici la prochaine réunion (A. Gallais)" }) {
			assertThat(next.referredTo(item, NEXT, "fr")).as(item).hasValueSatisfying(m -> {
				assertThat(m.first()).isEqualTo(NEXT);
				assertThat(m.kind()).isEqualTo(TemporalMention.Kind.DEADLINE);
			});
		}
	}
}
