package org.puente.agreements;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.puente.directory.Conference;

/**
 * What the review pages post: the upload of minutes, and the correction of one proposed item. Each is bound through
 * its constructor; what was not sent reads as the form's default.
 */
final class ReviewForms {

	private ReviewForms() {
	}

	/**
	 * Uploading minutes for a meeting: one picked in the calendar, or a title and date typed by hand. No conference
	 * sent reads as none (both boxes unticked), which the form refuses; only the empty form ticks both.
	 */
	record Upload(@Nullable String meetingId, @Nullable String meetingTitle, @Nullable String meetingDate,
			List<String> processes, @Nullable String lang, Boolean newVersion) {

		Upload {
			processes = processes == null ? List.of() : processes;
			newVersion = Boolean.TRUE.equals(newVersion);
		}

		/**
		 * An empty form, no meeting yet, with the conferences the uploader reviews ticked: a secretariat of one
		 * conference had both ticked, and unticking its own by mistake was refused (walk of 5 December #10).
		 */
		static Upload blank(List<Conference> own) {
			return new Upload(null, null, null, Conference.codes(own), null, false);
		}

		/** The date typed by hand; a picked meeting gives its own when none is typed. */
		Optional<LocalDate> typedDate() {
			try {
				return meetingDate == null || meetingDate.isBlank() ? Optional.empty()
						: Optional.of(LocalDate.parse(meetingDate.strip()));
			}
			catch (DateTimeParseException ex) {
				return Optional.empty(); // reported as a missing date unless a meeting was picked
			}
		}
	}

	/**
	 * One proposed item as the reviewer corrected it; {@code named} holds other people who must act, typed by the
	 * reviewer, separated by commas or semicolons.
	 */
	record Item(String number, @Nullable String theme, String text, List<String> responsible, String named,
			List<DateRow> dates) {

		Item {
			number = number == null ? "" : number;
			text = text == null ? "" : text;
			responsible = responsible == null ? List.of() : responsible;
			named = named == null ? "" : named;
			dates = dates == null ? List.of() : dates.stream().filter(d -> d != null).toList();
		}

		/** The ticked parties and the typed names, each typed name as a {@code text:} id. */
		List<String> allResponsible() {
			List<String> all = new ArrayList<>(responsible);
			for (String name : named.split("[,;]")) {
				if (!name.isBlank() && !all.contains(PartyReference.NAMED + name.strip())) {
					all.add(PartyReference.NAMED + name.strip());
				}
			}
			return all;
		}
	}

	/**
	 * A date of an item: the words, the days they cover, and whether it is a deadline; not sent, the kind reads as a
	 * deadline and the precision as a day.
	 */
	record DateRow(String expression, String start, String end, String kind, String precision, Boolean remove) {

		DateRow {
			expression = expression == null ? "" : expression;
			start = start == null ? "" : start;
			end = end == null ? "" : end;
			kind = kind == null ? "DEADLINE" : kind;
			precision = precision == null ? "DAY" : precision;
			remove = Boolean.TRUE.equals(remove);
		}
	}
}
