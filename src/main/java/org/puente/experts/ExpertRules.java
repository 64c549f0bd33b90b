package org.puente.experts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.puente.web.CountryCode;
import org.puente.web.WebUrl;
import org.springframework.stereotype.Component;

/**
 * What a roster entry must hold, checked the same way for the form, the API and a CSV import; each problem names
 * its field and the sentence that explains it.
 */
@Component
class ExpertRules {

	static final int NAME_MAX = 200;

	static final int EMAIL_MAX = 254;

	static final int AFFILIATION_MAX = 300;

	static final int BIO_MAX = 1500;

	static final int LINKS_MAX = 5;

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

	/** One problem with one field: the bundle key of its sentence and the sentence's arguments. */
	record Problem(String field, String key, Object... args) {
	}

	private final ExpertReference areas;

	ExpertRules(ExpertReference areas) {
		this.areas = areas;
	}

	/** An ISO 639 code as the roster keeps languages: "fr". */
	static boolean isLanguage(String code) {
		return LANGUAGES.contains(code);
	}

	boolean isSession(int number) {
		return areas.isSession(number);
	}

	List<Problem> check(ExpertData d) {
		List<Problem> problems = new ArrayList<>();
		text(problems, "fullName", d.fullName(), NAME_MAX);
		if (d.email().isBlank()) {
			problems.add(new Problem("email", "experts.field.required"));
		}
		else if (d.email().length() > EMAIL_MAX || !EMAIL.matcher(d.email()).matches()) {
			problems.add(new Problem("email", "experts.field.emailInvalid"));
		}
		text(problems, "affiliation", d.affiliation(), AFFILIATION_MAX);
		if (d.country().isBlank()) {
			problems.add(new Problem("country", "experts.field.required"));
		}
		else if (!CountryCode.Check.isCountryCode(d.country())) {
			problems.add(new Problem("country", "experts.field.countryInvalid", d.country()));
		}
		if (d.languages().isEmpty()) {
			problems.add(new Problem("languages", "experts.field.languagesRequired"));
		}
		d.languages().stream().filter(l -> !LANGUAGES.contains(l)).findFirst()
			.ifPresent(l -> problems.add(new Problem("languages", "experts.field.language", l)));
		d.sessions().stream().filter(s -> !areas.isSession(s)).findFirst()
			.ifPresent(s -> problems.add(new Problem("sessions", "experts.field.session", s)));
		d.objectives().stream().filter(o -> !areas.isObjective(o)).findFirst()
			.ifPresent(o -> problems.add(new Problem("objectives", "experts.field.objective", o)));
		if (d.sessions().isEmpty() && d.objectives().isEmpty()) {
			problems.add(new Problem("sessions", "experts.field.areasRequired"));
		}
		text(problems, "bio", d.bio(), BIO_MAX);
		if (d.links().size() > LINKS_MAX) {
			problems.add(new Problem("links", "experts.field.tooManyLinks", LINKS_MAX));
		}
		d.links().stream().filter(l -> !WebUrl.Check.isWebUrl(l)).findFirst()
			.ifPresent(l -> problems.add(new Problem("links", "experts.field.link", l)));
		return problems;
	}

	private static void text(List<Problem> problems, String field, String value, int max) {
		if (value.isBlank()) {
			problems.add(new Problem(field, "experts.field.required"));
		}
		else if (value.length() > max) {
			problems.add(new Problem(field, "experts.field.tooLong", max));
		}
	}

	/** "es, en; pt" → [es, en, pt]: lower case, no repeats. */
	static List<String> codes(String value) {
		return java.util.Arrays.stream(value.split("[\\s,;|]+")).map(s -> s.strip().toLowerCase(Locale.ROOT))
			.filter(s -> !s.isEmpty()).distinct().toList();
	}
}
