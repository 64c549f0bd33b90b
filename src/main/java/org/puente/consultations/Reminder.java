package org.puente.consultations;

import java.util.List;
import java.util.Locale;

import org.puente.directory.Countries;
import org.puente.i18n.Collation;

/**
 * What a reminder reached: the countries that have not answered and have someone to receive it ({@code reached}, each
 * marked reminded), how many people were written to, and the countries with nobody to receive it — no focal point
 * account, or their consultation notices switched off. The page and the API said "sent" when none of the eleven
 * countries had an account (walk18, #16): they now say which.
 */
record Reminder(List<String> reached, int people, List<String> nobodyToReceive) {

	Reminder {
		reached = List.copyOf(reached);
		nobodyToReceive = List.copyOf(nobodyToReceive);
	}

	/** How many countries have not answered. */
	int notAnswered() {
		return reached.size() + nobodyToReceive.size();
	}

	/** The sentence that says so: every country answered, nobody reached, some reached, or all. */
	String messageKey() {
		if (notAnswered() == 0) {
			return "consultations.remind.nobody";
		}
		if (reached.isEmpty()) {
			return "consultations.remind.noRecipient";
		}
		return nobodyToReceive.isEmpty() ? "consultations.remind.success" : "consultations.remind.partial";
	}

	/**
	 * The sentence's arguments: {0} the people written to, {1} the countries reached, {2} the countries that have not
	 * answered, {3} those with nobody to receive it, by name in the reader's language and order.
	 */
	Object[] arguments(Locale locale) {
		List<String> names = Collation.sort(nobodyToReceive.stream().map(c -> Countries.nameOf(c, locale)).toList(),
				name -> name, locale);
		return new Object[] { people, reached.size(), notAnswered(), String.join(", ", names) };
	}
}
