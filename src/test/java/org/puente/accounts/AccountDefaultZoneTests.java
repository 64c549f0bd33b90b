package org.puente.accounts;

import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An account's zone until its person chooses one: its country's capital's, else its conference's secretariat's seat
 * (asked of the directory through {@link SeatZones}), else none (the browser's then).
 */
class AccountDefaultZoneTests {

	private static final SeatZones CRM_ONLY = code -> code.equals("CRM") ? ZoneId.of("America/Costa_Rica") : null;

	@Test
	void aSecretariatReadsTimesAtItsSeatAndAConferenceWithoutOneFallsBackToTheBrowser() {
		assertThat(secretariat("CRM").zone(CRM_ONLY)).isEqualTo(ZoneId.of("America/Costa_Rica"));
		assertThat(secretariat("CSM").zone(CRM_ONLY)).isNull();
		assertThat(secretariat("CSM").summary(CRM_ONLY).zone()).isNull();
	}

	@Test
	void theCountryAndAChosenZoneComeBeforeTheSeat() {
		Account focalPoint = secretariat("CRM");
		focalPoint.setRole(Role.FOCAL_POINT);
		focalPoint.setCountryIso2("PA");
		assertThat(focalPoint.defaultZone(CRM_ONLY)).isEqualTo(ZoneId.of("America/Panama"));
		focalPoint.setTimeZone("Europe/Madrid");
		assertThat(focalPoint.zone(CRM_ONLY)).isEqualTo(ZoneId.of("Europe/Madrid"));
		assertThat(focalPoint.defaultZone(CRM_ONLY)).isEqualTo(ZoneId.of("America/Panama"));
	}

	private static Account secretariat(String conference) {
		Account account = new Account("st", "st@example.org", "Secretaría", Role.SECRETARIAT);
		account.setProcessCode(conference);
		return account;
	}
}
