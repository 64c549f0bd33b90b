package org.puente.meetings;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.commons.csv.CSVRecord;
import org.puente.directory.Conference;
import org.puente.directory.Directory;
import org.puente.directory.OrganisationSummary;
import org.puente.i18n.DatePrecision;
import org.puente.seeds.DemoData;
import org.puente.seeds.SeedFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The meetings named in the Acta Final of 8 June 2017 and the Minuta of 11 May 2017, plus the six thematic
 * sessions of the Global Compact (reference/thematic_sessions_2017.csv). Stable UIDs make it idempotent.
 */
@DemoData(30)
class MeetingDemoData implements ApplicationRunner {

	private static final Logger LOG = LoggerFactory.getLogger(MeetingDemoData.class);

	private final MeetingRepository meetings;

	private final MeetingManagement management;

	private final Directory directory;

	private final TransactionTemplate transactions;

	MeetingDemoData(MeetingRepository meetings, MeetingManagement management, Directory directory,
			TransactionTemplate transactions) {
		this.meetings = meetings;
		this.management = management;
		this.directory = directory;
		this.transactions = transactions;
	}

	static String uid(String key) {
		return "demo-" + key + "@puente";
	}

	@Override
	public void run(ApplicationArguments args) {
		if (meetings.findByUid(uid("plenary-2017-09-26")).isPresent()) {
			return;
		}
		transactions.executeWithoutResult(tx -> {
			Map<String, UUID> keys = new HashMap<>();
			thematicSessions(keys);
			for (CSVRecord row : SeedFiles.csv("meetings/demo-meetings.csv")) {
				Meeting m = Meeting.imported(uid(row.get("key")), row.get("title_es"), dates(row));
				m.retitle(row.get("title_es"), row.get("title_en"), row.get("title_pt"), row.get("title_fr"));
				m.setKind(MeetingKind.valueOf(row.get("kind")));
				m.setProcesses(Conference.setOf(list(row.get("processes"))));
				m.setBodies(organisations(row.get("bodies")));
				m.moveTo(new MeetingPlace(row.get("city"), row.get("country"), row.get("venue"), row.get("online")));
				if (!row.get("host").isBlank()) {
					m.hostedBy(keys.get(row.get("host")), HostRelation.valueOf(row.get("relation")));
				}
				m.setVisibility(MeetingVisibility.valueOf(row.get("visibility")));
				m.setParticipantCountries(list(row.get("countries")));
				m.setParticipantOrganisations(organisations(row.get("organisations")));
				m.setAgenda(row.get("agenda"));
				status(m, MeetingStatus.valueOf(row.get("status")));
				keys.put(row.get("key"), management.record(m));
			}
			LOG.info("Loaded {} demo meetings", keys.size());
		});
	}

	private void thematicSessions(Map<String, UUID> keys) {
		Map<String, CSVRecord> titles = new HashMap<>();
		SeedFiles.csv("meetings/thematic-sessions-titles.csv").forEach(r -> titles.put(r.get("number"), r));
		for (CSVRecord row : SeedFiles.csv("reference/thematic_sessions_2017.csv")) {
			String n = row.get("number");
			CSVRecord t = titles.get(n);
			Meeting m = Meeting.imported(uid("ts-" + n), t.get("title_es"), MeetingDates.days(LocalDate.parse(row.get(
					"start")), LocalDate.parse(row.get("end"))));
			// French typography sets a non-breaking space before a colon ("Session thématique 3 : …")
			m.retitle(prefix("Sesión temática", n, t.get("title_es")), prefix("Thematic session", n, row.get(
					"title_en")), prefix("Sessão temática", n, t.get("title_pt")),
					"Session thématique " + n + "\u00a0: " + t.get("title_fr"));
			m.setKind(MeetingKind.THEMATIC_SESSION);
			String place = row.get("place");
			m.moveTo(new MeetingPlace(cityName(place), switch (place) {
				case "Geneva" -> "CH";
				case "New York" -> "US";
				case "Vienna" -> "AT";
				default -> null;
			}, null, null));
			m.setBodies(organisations("UN-SECRETARIAT"));
			// in Spanish, the demo's language of record, like the other meetings' notes (it was in English)
			m.setAgenda("Pacto Mundial para una Migración Segura, Ordenada y Regular: sesión temática informal " + n
					+ " (" + cityName(place) + ").");
			status(m, MeetingStatus.HELD);
			keys.put("ts-" + n, management.record(m));
		}
	}

	private static String prefix(String word, String n, String title) {
		return word + " " + n + ": " + title;
	}

	private static String cityName(String place) {
		return switch (place) {
			case "Geneva" -> "Ginebra";
			case "New York" -> "Nueva York";
			case "Vienna" -> "Viena";
			default -> place;
		};
	}

	/** Demo history is in the past, so "held" is set directly rather than through today's rules. */
	private static void status(Meeting m, MeetingStatus status) {
		if (status == MeetingStatus.HELD) {
			m.markHeld(LocalDate.now());
		}
		else {
			m.changeStatus(status, LocalDate.now());
		}
	}

	private static MeetingDates dates(CSVRecord row) {
		LocalDate start = LocalDate.parse(row.get("start"));
		return switch (DatePrecision.of(row.get("precision"))) {
			case WEEK -> MeetingDates.week(start);
			case MONTH -> MeetingDates.month(java.time.YearMonth.from(start));
			default -> MeetingDates.days(start, LocalDate.parse(row.get("end")));
		};
	}

	private Set<String> organisations(String codes) {
		Set<String> ids = new LinkedHashSet<>();
		for (String code : list(codes)) {
			directory.organisation(code).map(OrganisationSummary::id).map(UUID::toString).ifPresentOrElse(ids::add,
					() -> LOG.warn("Unknown organisation {} in the demo meetings", code));
		}
		return ids;
	}

	private static Set<String> list(String value) {
		Set<String> set = new LinkedHashSet<>();
		Arrays.stream(value.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).forEach(set::add);
		return set;
	}
}
