package org.puente.agreements;

import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.puente.i18n.DateFormats;
import org.puente.web.EditConflict;

/**
 * How an item under review reads when two reviewers corrected it at once ({@link EditConflict}): the fields a
 * reviewer corrects, and their values as words — the parties by name, the dates by their words and days.
 */
final class ItemConflicts {

	private ItemConflicts() {
	}

	static EditConflict.Fields<ReviewItem> fields(Locale locale) {
		return new EditConflict.Fields<>(ordered(), (field, value) -> shown(value, locale));
	}

	private static Map<String, String> ordered() {
		java.util.LinkedHashMap<String, String> fields = new java.util.LinkedHashMap<>();
		fields.put("number", "agreements.field.number");
		fields.put("theme", "agreements.field.theme");
		fields.put("text", "agreements.field.text");
		fields.put("responsible", "agreements.field.responsible");
		fields.put("dates", "agreements.field.dates");
		return fields;
	}

	private static String shown(@Nullable Object value, Locale locale) {
		if (value instanceof java.util.List<?> list && !list.isEmpty()) {
			return EditConflict.plain(list.stream().map(v -> shownOne(v, locale)).toList());
		}
		return EditConflict.plain(value);
	}

	private static String shownOne(Object value, Locale locale) {
		if (value instanceof PartyReference party) {
			return party.label();
		}
		if (value instanceof DateMention date) {
			String days = date.start().equals(date.end()) ? DateFormats.day(date.start(), locale)
					: DateFormats.day(date.start(), locale) + "–" + DateFormats.day(date.end(), locale);
			return date.expression().equals(date.start().toString()) ? days : date.expression() + " (" + days + ")";
		}
		return String.valueOf(value);
	}
}
