package org.puente.directory;

import java.util.List;
import java.util.Locale;
import org.puente.i18n.MultilingualText;

/** A conference as other capabilities see it: its code, its name in each language and its member states. */
public record ProcessSummary(String code, String nameEs, String nameEn, String namePt, String nameFr, String region,
		List<String> memberStates) {

	public String name(Locale locale) {
		return new MultilingualText(nameEs, nameEn, namePt, nameFr).in(locale);
	}
}
