package org.puente.agreements;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.puente.i18n.DatePrecision;

/** A reviewer's correction of one extracted item, read from the review page's form. */
final class ItemCorrection {

	private ItemCorrection() {
	}

	/**
	 * The item as the reviewer corrected it: number and text required, responsible parties among the directory's,
	 * dates readable and in order; each problem adds its message key to {@code errors}.
	 */
	static ReviewItem of(String key, ReviewForms.Item form, PartyCatalogue parties, List<String> errors,
			Locale locale) {
		if (form.getNumber() == null || form.getNumber().isBlank() || form.getNumber().strip().length() > 20) {
			errors.add("agreements.review.error.number");
		}
		if (form.getText() == null || form.getText().isBlank()) {
			errors.add("agreements.review.error.text");
		}
		List<PartyReference> responsible = new ArrayList<>();
		for (String id : form.allResponsible()) {
			parties.reference(id, locale).ifPresentOrElse(responsible::add,
					() -> errors.add("agreements.review.error.party"));
		}
		List<DateMention> dates = new ArrayList<>();
		for (ReviewForms.DateRow row : form.getDates()) {
			if (row.isRemove() || (row.getStart().isBlank() && row.getExpression().isBlank())) {
				continue;
			}
			try {
				LocalDate start = LocalDate.parse(row.getStart().strip());
				LocalDate end = row.getEnd().isBlank() ? start : LocalDate.parse(row.getEnd().strip());
				if (end.isBefore(start)) {
					errors.add("agreements.review.error.dateOrder");
					continue;
				}
				String expression = row.getExpression().isBlank() ? start.toString() : row.getExpression().strip();
				dates.add(new DateMention(expression, start, end, DatePrecision.of(row.getPrecision()),
						DateKind.valueOf(row.getKind()), null));
			}
			catch (DateTimeParseException | IllegalArgumentException | NullPointerException ex) {
				errors.add("agreements.review.error.date");
			}
		}
		// the mentioned parties are kept as extracted: the reviewer corrects who must act
		return new ReviewItem(key, form.getNumber() == null ? "" : form.getNumber().strip(),
				form.getTheme() == null || form.getTheme().isBlank() ? null : form.getTheme().strip(),
				form.getText() == null ? "" : form.getText().strip(), responsible, List.of(), dates, -1, -1);
	}
}
