package org.puente.agreements;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.puente.web.Mistake;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reviewer's dates as typed in the review's date rows. Walk-through of 4 December evening #3: a deadline typed in
 * 'Hasta' alone was refused as "write dates as YYYY-MM-DD", or dropped without a word when no expression was typed.
 */
class ItemCorrectionTests {

	static final LocalDate JUNE_30 = LocalDate.of(2017, 6, 30);

	static ReviewItem corrected(List<Mistake> errors, ReviewForms.DateRow row) {
		var form = new ReviewForms.Item("3", null, "Dar seguimiento a la declaración especial.", List.of(), "",
				List.of(row));
		// no party is ticked, so the directory is never asked
		return ItemCorrection.of("i3", form, null, errors, Locale.forLanguageTag("es"));
	}

	@Test
	void aDeadlineTypedOnlyInItsUntilFieldIsThatDay() {
		List<Mistake> errors = new ArrayList<>();
		var item = corrected(errors,
				new ReviewForms.DateRow("antes del 30 de junio", "", "2017-06-30", "DEADLINE", "DAY", false));
		assertThat(errors).isEmpty();
		assertThat(item.dates()).singleElement().satisfies(d -> {
			assertThat(d.expression()).isEqualTo("antes del 30 de junio");
			assertThat(d.start()).isEqualTo(JUNE_30);
			assertThat(d.end()).isEqualTo(JUNE_30);
			assertThat(d.kind()).isEqualTo(DateKind.DEADLINE);
		});
	}

	@Test
	void anUntilDateWithoutWordsIsKeptNotDropped() {
		List<Mistake> errors = new ArrayList<>();
		var item = corrected(errors, new ReviewForms.DateRow("", "", "2017-06-30", "DEADLINE", "DAY", false));
		assertThat(errors).isEmpty();
		assertThat(item.dates()).singleElement().satisfies(d -> {
			assertThat(d.expression()).isEqualTo("2017-06-30");
			assertThat(d.start()).isEqualTo(JUNE_30);
		});
	}

	@Test
	void anEmptyRowIsSkippedAndWordsWithoutADayAreStillRefused() {
		List<Mistake> errors = new ArrayList<>();
		assertThat(corrected(errors, new ReviewForms.DateRow("", "", "", "DEADLINE", "DAY", false)).dates()).isEmpty();
		assertThat(errors).isEmpty();
		corrected(errors, new ReviewForms.DateRow("a fin de mes", "", "", "DEADLINE", "DAY", false));
		assertThat(errors).extracting(Mistake::field).containsExactly("dates[0]");
	}

	@Test
	void aThemeLongerThanAMeetingTitleIsRefusedOnItsField() {
		// walk-through of 4 December evening #10: 5,000 characters of theme were saved and confirmed
		List<Mistake> errors = new ArrayList<>();
		var form = new ReviewForms.Item("3", "x".repeat(ItemCorrection.LONGEST_THEME + 1), "Texto.", List.of(), "",
				List.of());
		ItemCorrection.of("i3", form, null, errors, Locale.forLanguageTag("es"));
		assertThat(errors).extracting(Mistake::field).containsExactly("theme");
	}
}
