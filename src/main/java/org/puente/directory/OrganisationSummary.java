package org.puente.directory;

import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.puente.i18n.MultilingualText;

/** An organisation or body as other capabilities see it. */
public record OrganisationSummary(UUID id, String code, OrganisationKind kind, @Nullable String processCode,
		String nameEs, String nameEn, String namePt, String nameFr) {

	public String name(Locale locale) {
		return new MultilingualText(nameEs, nameEn, namePt, nameFr).in(locale);
	}

	static OrganisationSummary of(Organisation o) {
		MultilingualText n = o.names();
		return new OrganisationSummary(o.getId(), o.getCode(), o.getKind(), o.getProcessCode(), n.es(), n.en(), n.pt(),
				n.fr());
	}
}
