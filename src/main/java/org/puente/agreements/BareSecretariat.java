package org.puente.agreements;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.puente.directory.Conference;
import org.puente.minutes.MinutesReading;

/**
 * "La ST circulará …" names no conference, so the extractor cannot tell which secretariat must act. Minutes
 * reviewed for a single conference can: the bare ST at the head of a clause is that conference's secretariat.
 */
final class BareSecretariat {

	private static final Pattern BARE_ST_AS_SUBJECT = Pattern.compile("(?:^|[.;:]\\s+)(?:la|las|the|a|as)\\s+"
			+ "(?:ST|STs|Secretar[ií]a\\s+T[eé]cnica|Technical\\s+Secretariat|Secretaria\\s+T[eé]cnica)"
			+ "(?!\\s+(?:de|del|da|do|of)\\b)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private BareSecretariat() {
	}

	static ExtractedAgreement resolve(ExtractedAgreement item, List<Conference> processes, MinutesReading reading,
			Locale locale) {
		if (processes.size() != 1 || item.responsible().stream().anyMatch(p -> p.id().startsWith("org:ST-"))
				|| !BARE_ST_AS_SUBJECT.matcher(item.text()).find()) {
			return item;
		}
		List<PartyReference> responsible = new ArrayList<>(item.responsible());
		responsible.add(0, PartyReference.of(reading.party("org:ST-" + processes.get(0), locale)));
		return new ExtractedAgreement(item.number(), item.theme(), item.text(), responsible, item.mentioned(),
				item.dates());
	}
}
