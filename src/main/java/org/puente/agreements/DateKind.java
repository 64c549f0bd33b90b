package org.puente.agreements;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/** Whether a date is the limit for a task ("a más tardar", "by") or when something takes place. */
public enum DateKind {

	DEADLINE, EVENT;

	@JsonValue
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}
}
