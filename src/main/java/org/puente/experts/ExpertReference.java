package org.puente.experts;

import java.util.List;
import java.util.Locale;

import org.puente.documents.ReferenceData;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The areas an expert speaks on: the six thematic sessions of 2017 and the 23 objectives of the Global Compact,
 * as the documents capability reads them from the reference data, with their titles in the reader's language.
 * Templates reach it as {@code @expertAreas}.
 */
@Component("expertAreas")
public class ExpertReference {

	private final ReferenceData reference;

	private final MessageSource messages;

	ExpertReference(ReferenceData reference, MessageSource messages) {
		this.reference = reference;
		this.messages = messages;
	}

	public List<Integer> sessions() {
		return reference.sessions().stream().map(ReferenceData.ThematicSession::number).toList();
	}

	public List<Integer> objectives() {
		return reference.objectives().stream().map(ReferenceData.Objective::number).toList();
	}

	public boolean isSession(int number) {
		return reference.session(number).isPresent();
	}

	public boolean isObjective(int number) {
		return reference.objective(number).isPresent();
	}

	/** "Sesión 4: contribuciones de migrantes y diásporas, remesas". */
	public String session(int number, Locale locale) {
		return messages.getMessage("documents.session." + number, null, String.valueOf(number), locale);
	}

	public String objective(int number, Locale locale) {
		return reference.objective(number).map(o -> o.title(locale)).orElse(String.valueOf(number));
	}

	/** Languages' names in the reader's language, in the order given: "es pt" → "español, portugués". */
	public String languages(java.util.List<String> codes, Locale locale) {
		return String.join(", ", codes.stream().map(code -> language(code, locale)).toList());
	}

	/** A language's name in the reader's language: "es" → "español". */
	public String language(String code, Locale locale) {
		return languageName(code, locale);
	}

	static String languageName(String code, Locale locale) {
		String name = Locale.forLanguageTag(code).getDisplayLanguage(locale);
		return name.isBlank() ? code : name;
	}
}
