package org.puente.documents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVRecord;
import org.puente.seeds.SeedFiles;
import org.springframework.stereotype.Component;

/**
 * The six 2017 thematic sessions towards the Global Compact and its 23 objectives, read from the reference CSVs
 * (English titles from the source, Spanish, Portuguese and French from {@code gcm_objectives_i18n.csv}).
 */
@Component("documentReference")
public class ReferenceData {

	private final List<ThematicSession> sessions = new ArrayList<>();

	private final List<Objective> objectives = new ArrayList<>();

	ReferenceData() {
		for (CSVRecord row : SeedFiles.csv("reference/thematic_sessions_2017.csv")) {
			sessions.add(new ThematicSession(Integer.parseInt(row.get("number")), row.get("place"),
					LocalDate.parse(row.get("start")), LocalDate.parse(row.get("end")), row.get("title_en"),
					Map.of("en", row.get("place"), "es", row.get("place_es"), "pt", row.get("place_pt"), "fr",
							row.get("place_fr"))));
		}
		List<CSVRecord> translations = SeedFiles.csv("reference/gcm_objectives_i18n.csv");
		for (CSVRecord row : SeedFiles.csv("reference/gcm_objectives.csv")) {
			int number = Integer.parseInt(row.get("number"));
			CSVRecord t = translations.get(number - 1);
			objectives.add(new Objective(number, Map.of("en", row.get("title_en"), "es", t.get("title_es"), "pt",
					t.get("title_pt"), "fr", t.get("title_fr"))));
		}
	}

	public List<ThematicSession> sessions() {
		return List.copyOf(sessions);
	}

	public List<Objective> objectives() {
		return List.copyOf(objectives);
	}

	public Optional<ThematicSession> session(int number) {
		return sessions.stream().filter(s -> s.number() == number).findFirst();
	}

	public Optional<Objective> objective(int number) {
		return objectives.stream().filter(o -> o.number() == number).findFirst();
	}

	/** One of the six informal thematic sessions of 2017; its title is translated in the documents bundle. */
	public record ThematicSession(int number, String place, LocalDate start, LocalDate end, String titleEn,
			Map<String, String> places) {

		/** The city in the reader's language ("Ginebra", "Genève"), not the source's English on every page. */
		public String place(Locale locale) {
			return places.getOrDefault(locale.getLanguage(), place);
		}
	}

	/** One Global Compact objective with its title in the four languages. */
	public record Objective(int number, Map<String, String> titles) {

		public String title(Locale locale) {
			return titles.getOrDefault(locale.getLanguage(), titles.get("es"));
		}
	}
}
