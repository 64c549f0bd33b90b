package org.puente.directory;

import java.time.ZoneId;
import java.util.Set;

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

	private static final Set<String> CONFERENCES = Set.of("CRM", "CSM", "CRM-2");

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
	void twoSeatsForOneConferenceStopTheStart() {
		assertThatIllegalStateException()
			.isThrownBy(() -> new SecretariatSeats(
					"process,zone\nCRM,America/Costa_Rica\nCSM,America/Argentina/Buenos_Aires\nCRM,America/Mexico_City\n",
					CONFERENCES))
			.withMessageContaining("line 3").withMessageContaining("CRM has a seat already (America/Costa_Rica)");
	}

	@Test
	void aConferenceWithoutASeatHasNoZone() {
		SecretariatSeats seats = new SecretariatSeats("process,zone\nCRM,America/Costa_Rica\n", CONFERENCES);
		assertThat(seats.seatOf("CRM")).isEqualTo(ZoneId.of("America/Costa_Rica"));
		assertThat(seats.seatOf("CSM")).isNull();
		assertThat(seats.seatOf("CRM-2")).isNull();
	}

	@Test
	void aSeatOfAConferenceNotInTheReferenceListOrInAnUnknownZoneStopsTheStart() {
		assertThatIllegalStateException()
			.isThrownBy(() -> new SecretariatSeats("process,zone\nCRM,America/Costa_Rica\nCRX,Europe/Geneva\n",
					CONFERENCES))
			.withMessageContaining("line 2").withMessageContaining("CRX is not a conference");
		assertThatIllegalStateException()
			.isThrownBy(() -> new SecretariatSeats("process,zone\nCSM,GMT-3\n", CONFERENCES))
			.withMessageContaining("GMT-3 is not a zone");
	}
}
