package org.puente.experts;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The areas an expert speaks on, loaded from the reference data shipped with Puente: the six thematic sessions of
 * 2017 and the 23 objectives of the Global Compact, with their titles in es/en/pt/fr. Templates reach it as
 * {@code @expertAreas}.
 */
@Component("expertAreas")
public class ExpertReference {

	private final Map<Integer, Map<String, String>> sessions = new TreeMap<>();

	private final Map<Integer, Map<String, String>> objectives = new TreeMap<>();

	ExpertReference() {
		load("reference/thematic_sessions_2017.csv", "meetings/thematic-sessions-titles.csv", sessions);
		load("reference/gcm_objectives.csv", "reference/gcm_objectives_i18n.csv", objectives);
	}

	private static void load(String english, String translations, Map<Integer, Map<String, String>> into) {
		for (CSVRecord row : csv(english)) {
			Map<String, String> titles = new LinkedHashMap<>();
			titles.put("en", row.get("title_en"));
			into.put(Integer.valueOf(row.get("number")), titles);
		}
		for (CSVRecord row : csv(translations)) {
			Map<String, String> titles = into.get(Integer.valueOf(row.get("number")));
			if (titles != null) {
				for (String lang : List.of("es", "pt", "fr")) {
					titles.put(lang, row.get("title_" + lang));
				}
			}
		}
	}

	public List<Integer> sessions() {
		return List.copyOf(sessions.keySet());
	}

	public List<Integer> objectives() {
		return List.copyOf(objectives.keySet());
	}

	public boolean isSession(int number) {
		return sessions.containsKey(number);
	}

	public boolean isObjective(int number) {
		return objectives.containsKey(number);
	}

	public String session(int number, Locale locale) {
		return title(sessions, number, locale);
	}

	public String objective(int number, Locale locale) {
		return title(objectives, number, locale);
	}

	/** A language's name in the reader's language: "es" → "español". */
	public String language(String code, Locale locale) {
		String name = Locale.forLanguageTag(code).getDisplayLanguage(locale);
		return name.isBlank() ? code : name;
	}

	private static String title(Map<Integer, Map<String, String>> titles, int number, Locale locale) {
		Map<String, String> t = titles.getOrDefault(number, Map.of());
		return t.getOrDefault(locale.getLanguage(), t.getOrDefault("es", String.valueOf(number)));
	}

	private static List<CSVRecord> csv(String path) {
		try (var reader = new InputStreamReader(new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8)) {
			return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get()
				.parse(reader).getRecords();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + path, ex);
		}
	}
}
