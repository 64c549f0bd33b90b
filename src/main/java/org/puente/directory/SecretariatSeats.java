package org.puente.directory;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.puente.accounts.SeatZones;
import org.puente.i18n.ZoneNames;
import org.puente.seeds.SeedFiles;
import org.springframework.stereotype.Component;

/**
 * The seats of the conferences' technical secretariats ({@code directory/secretariat-seats.csv}), which give a
 * secretariat account its zone until it chooses one. The conferences are those Puente knows ({@link Conference},
 * whose names and regions {@code ReferenceDataLoader} loads from {@code reference/processes.csv}); the seats are
 * checked against that one list, not against a second reading of the reference file: a seat of another conference, or
 * in a zone that is not a region of the IANA database, or a second seat of one conference, stops the start rather than
 * give someone a wrong time.
 */
@Component
class SecretariatSeats implements SeatZones {

	static final String FILE = "directory/secretariat-seats.csv";

	private final Map<String, ZoneId> seats;

	SecretariatSeats() {
		this(SeedFiles.text(FILE));
	}

	/** The seats written in this CSV text. */
	SecretariatSeats(String csv) {
		Map<String, ZoneId> read = new LinkedHashMap<>();
		for (CSVRecord row : rows(csv)) {
			String code = row.get("process").strip();
			ZoneId zone = ZoneNames.known(row.get("zone").strip());
			if (!Conference.isCode(code)) {
				throw new IllegalStateException(FILE + ", line " + row.getRecordNumber() + ": " + code
						+ " is not a conference of Puente's (" + String.join(", ", Conference.codes(Conference.BOTH))
						+ ")");
			}
			if (zone == null) {
				throw new IllegalStateException(FILE + ", line " + row.getRecordNumber() + ": " + row.get("zone")
						+ " is not a zone of the IANA database");
			}
			// two seats for one conference: which one is right is for whoever edits the file, not for the order of lines
			ZoneId earlier = read.putIfAbsent(code, zone);
			if (earlier != null) {
				throw new IllegalStateException(FILE + ", line " + row.getRecordNumber() + ": " + code
						+ " has a seat already (" + earlier.getId() + ")");
			}
		}
		this.seats = Map.copyOf(read);
	}

	@Override
	public @Nullable ZoneId seatOf(String conferenceCode) {
		return seats.get(conferenceCode);
	}

	private static Iterable<CSVRecord> rows(String csv) {
		try {
			// the file says in its first lines why it is Puente's own and not a column of the reference data
			return CSVFormat.DEFAULT.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true).get()
				.parse(new StringReader(csv)).getRecords();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + FILE, ex);
		}
	}
}
