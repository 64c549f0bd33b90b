package org.puente.agreements;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.puente.i18n.DatePrecision;
import org.puente.web.Mistake;

/** A reviewer's correction of one extracted item, read from the review page's form. */
final class ItemCorrection {

	/** The longest text of an item a reviewer may write, correcting one or adding one the reading missed. */
	static final int LONGEST_TEXT = 5000;

	/** The longest theme (the heading an agreement stands under), as long as a meeting's title. */
	static final int LONGEST_THEME = 300;

	private ItemCorrection() {
	}

	/**
	 * The item as the reviewer corrected it: number and text required, responsible parties among the directory's,
	 * dates readable and in order (a date given by one end only is that day); each problem adds a mistake, on its
	 * field, to {@code errors}.
	 */
	static ReviewItem of(String key, ReviewForms.Item form, PartyCatalogue parties, List<Mistake> errors,
			Locale locale) {
		if (form.number() == null || form.number().isBlank() || form.number().strip().length() > 20) {
			errors.add(Mistake.inField("number", "agreements.review.error.number"));
		}
		textError(form.text()).ifPresent(error -> errors.add(Mistake.inField("text", error, LONGEST_TEXT)));
		if (form.theme() != null && form.theme().strip().length() > LONGEST_THEME) {
			errors.add(Mistake.inField("theme", "agreements.review.error.themeLength", LONGEST_THEME));
		}
		List<PartyReference> responsible = new ArrayList<>();
		for (String id : form.allResponsible()) {
			parties.reference(id, locale).ifPresentOrElse(responsible::add,
					() -> errors.add(Mistake.inField("responsible", "agreements.review.error.party")));
		}
		List<DateMention> dates = new ArrayList<>();
		for (int i = 0; i < form.dates().size(); i++) {
			ReviewForms.DateRow row = form.dates().get(i);
			if (row.remove() || (row.start().isBlank() && row.end().isBlank() && row.expression().isBlank())) {
				continue;
			}
			String field = "dates[" + i + "]";
			try {
				// a deadline is often typed in 'until' alone: that day is the whole date, not a missing start
				LocalDate start = LocalDate.parse((row.start().isBlank() ? row.end() : row.start()).strip());
				LocalDate end = row.end().isBlank() ? start : LocalDate.parse(row.end().strip());
				if (end.isBefore(start)) {
					errors.add(Mistake.inField(field, "agreements.review.error.dateOrder"));
					continue;
				}
				String expression = row.expression().isBlank() ? start.toString() : row.expression().strip();
				dates.add(new DateMention(expression, start, end, DatePrecision.of(row.precision()),
						DateKind.valueOf(row.kind()), null));
			}
			catch (DateTimeParseException | IllegalArgumentException | NullPointerException ex) {
				errors.add(Mistake.inField(field, "agreements.review.error.date"));
			}
		}
		// the mentioned parties are kept as extracted: the reviewer corrects who must act
		return new ReviewItem(key, form.number() == null ? "" : form.number().strip(),
				// a heading on one line: the line breaks the theme's two-row box lets a reviewer type are spaces
				form.theme() == null || form.theme().isBlank() ? null
						: form.theme().strip().replaceAll("\\s*\\R\\s*", " "),
				form.text() == null ? "" : form.text().strip(), responsible, List.of(), dates, -1, -1);
	}

	/** Why an item's text cannot be saved: none written, or longer than {@link #LONGEST_TEXT}. */
	static Optional<String> textError(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return Optional.of("agreements.review.error.text");
		}
		return text.strip().length() > LONGEST_TEXT ? Optional.of("agreements.review.error.textLength")
				: Optional.empty();
	}
}
