package org.puente.meetings;

/**
 * How precisely a meeting's dates are known: times in a time zone, whole days, only the week ("la primera semana
 * de diciembre") or only the month ("en noviembre en San Salvador").
 */
public enum DatePrecision {
	EXACT, DAYS, WEEK, MONTH
}
