package org.puente.meetings;

import org.puente.i18n.Language;
import org.puente.i18n.MultilingualText;

/**
 * The language a meeting's title was first written in (walk 10 #2): a reader without a translation in their own
 * language sees that one, marked with its {@code lang}, rather than whichever translation comes first.
 */
final class TitleLanguage {

	private TitleLanguage() {
	}

	/**
	 * The meeting's own language (the one its agenda and notes are in) when the title is written in it, else the
	 * first title written, in Language's order.
	 */
	static String of(MultilingualText titles, String meetingLanguage) {
		if (Language.isCode(meetingLanguage) && titles.get(meetingLanguage) != null) {
			return meetingLanguage;
		}
		return titles.languageShown(Language.ES.locale()).code();
	}
}
