package org.puente.agreements;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.puente.directory.Conference;
import org.puente.minutes.MinutesReading;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A bare "la ST" is the secretariat of the one conference the minutes were reviewed for. */
class BareSecretariatTests {

	static final MinutesReading EXTRACTOR = MinutesReading.withPackagedDirectory(null);

	static ExtractedAgreement first(String text) {
		return ExtractedAgreement.of(EXTRACTOR.read("Acuerdos:\n1. " + text + "\n", LocalDate.of(2017, 6, 8),
				Optional.of("es")).items().get(0));
	}

	@Test
	void makesTheReviewedConferencesSecretariatResponsible() {
		ExtractedAgreement item = BareSecretariat.resolve(first("La ST circulará la propuesta en julio."),
				List.of(Conference.CSM), EXTRACTOR, Locale.forLanguageTag("es"));
		assertThat(item.responsible()).extracting(PartyReference::id).containsExactly("org:ST-CSM");
	}

	@Test
	void leavesJointMinutesAndNamedSecretariatsAsExtracted() {
		ExtractedAgreement joint = first("La ST circulará la propuesta en julio.");
		assertThat(BareSecretariat.resolve(joint, Conference.BOTH, EXTRACTOR, Locale.ROOT).responsible())
			.isEmpty();
		ExtractedAgreement named = first("La ST de la CRM circulará la propuesta en julio.");
		assertThat(BareSecretariat.resolve(named, List.of(Conference.CSM), EXTRACTOR, Locale.ROOT).responsible())
			.extracting(PartyReference::id).containsExactly("org:ST-CRM");
		ExtractedAgreement mentioned = first("Chile enviará a la ST sus comentarios.");
		assertThat(BareSecretariat.resolve(mentioned, List.of(Conference.CSM), EXTRACTOR, Locale.ROOT).responsible())
			.extracting(PartyReference::id).containsExactly("country:CL");
	}
}
