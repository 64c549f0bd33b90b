package org.puente.meetings;

import java.time.YearMonth;
import java.util.Locale;

import org.puente.i18n.DatePrecision;

/** Small texts written from dates, kept with {@link MeetingWhen}'s patterns. */
final class MeetingSummaryText {

	private MeetingSummaryText() {
	}

	static String month(YearMonth month, Locale locale) {
		return MeetingWhen.describe(DatePrecision.MONTH, month.atDay(1), month.atEndOfMonth(), null, null, null,
				locale);
	}
}
