package org.puente.agreements;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/** How exactly a date expression pins down its days: a day, a week, a month, or a looser period. */
public enum DatePrecision {

	DAY, WEEK, MONTH, PERIOD;

	@JsonValue
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}
}
