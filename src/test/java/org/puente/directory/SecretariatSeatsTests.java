package org.puente.directory;

import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.puente.seeds.SeedFiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The secretariats' seats are Puente's own file beside the reference list of conferences: each conference of the list
 * may have one, a conference without one gives no default zone, and a seat of a conference not in the list (or in
 * no zone of the IANA database) stops the start.
 */
class SecretariatSeatsTests {

	@Test
	void theShippedSeatsAreSanJoseForTheCrmAndBuenosAiresForTheCsm() {
		SecretariatSeats seats = new SecretariatSeats();
		assertThat(seats.seatOf("CRM")).isEqualTo(ZoneId.of("America/Costa_Rica"));
		assertThat(seats.seatOf("CSM")).isEqualTo(ZoneId.of("America/Argentina/Buenos_Aires"));
		assertThat(seats.seatOf("crm")).as("codes as accounts keep them, exactly").isNull();
		assertThat(SeedFiles.text(SecretariatSeats.FILE)).as("the file says why it is not a column of processes.csv")
			.startsWith("# ").contains("reference/processes.csv");
	}

	@Test
	void everyConferenceHasASeatInTheShippedFile() {
		// a conference added to Conference without a seat would leave its secretariat without a default zone
		SecretariatSeats seats = new SecretariatSeats();
		for (Conference conference : Conference.values()) {
			assertThat(seats.seatOf(conference.name())).as(conference.name()).isNotNull();
		}
	}

	@Test
	void theSeatsAreCheckedAgainstTheConferencesOfTheReferenceData() {
		// the seats are checked against Conference, not a second reading of the reference file: the two are one list
		assertThat(SeedFiles.csv("reference/processes.csv")).extracting(row -> row.get("code"))
			.containsExactlyElementsOf(Conference.codes(Conference.BOTH));
		assertThatIllegalStateException()
			.isThrownBy(() -> new SecretariatSeats("process,zone\nCRM-2,America/Mexico_City\n"))
			.withMessageContaining("line 1").withMessageContaining("CRM-2 is not a conference of Puente's (CRM, CSM)");
	}

	@Test
	void twoSeatsForOneConferenceStopTheStart() {
		assertThatIllegalStateException()
			.isThrownBy(() -> new SecretariatSeats("process,zone\nCRM,America/Costa_Rica\n"
					+ "CSM,America/Argentina/Buenos_Aires\nCRM,America/Mexico_City\n"))
			.withMessageContaining("line 3").withMessageContaining("CRM has a seat already (America/Costa_Rica)");
	}

	@Test
	void aConferenceWithoutASeatHasNoZone() {
		SecretariatSeats seats = new SecretariatSeats("process,zone\nCRM,America/Costa_Rica\n");
		assertThat(seats.seatOf("CRM")).isEqualTo(ZoneId.of("America/Costa_Rica"));
		assertThat(seats.seatOf("CSM")).isNull();
	}

	@Test
	void aSeatOfAConferenceNotInTheReferenceListOrInAnUnknownZoneStopsTheStart() {
		assertThatIllegalStateException()
			.isThrownBy(() -> new SecretariatSeats("process,zone\nCRM,America/Costa_Rica\nCRX,Europe/Geneva\n"))
			.withMessageContaining("line 2").withMessageContaining("CRX is not a conference");
		assertThatIllegalStateException()
			.isThrownBy(() -> new SecretariatSeats("process,zone\nCSM,GMT-3\n"))
			.withMessageContaining("GMT-3 is not a zone");
	}
}
