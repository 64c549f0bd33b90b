package org.puente.consultations;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import org.jspecify.annotations.Nullable;
import org.puente.i18n.MultilingualText;

/** One question: its kind, its wording in some languages, the term it asks to define or the choices it offers. */
@Entity
class ConsultationQuestion {

	@Id
	private UUID id = UUID.randomUUID();

	private UUID sectionId;

	private int position;

	@Enumerated(EnumType.STRING)
	private QuestionKind kind = QuestionKind.FREE_TEXT;

	private @Nullable String promptEs;

	private @Nullable String promptEn;

	private @Nullable String promptPt;

	private @Nullable String promptFr;

	private @Nullable String term;

	private @Nullable UUID glossaryTermId;

	private String options = "";

	private boolean required;

	protected ConsultationQuestion() {
		this.sectionId = UUID.randomUUID();
	}

	ConsultationQuestion(UUID sectionId, int position, QuestionKind kind, MultilingualText prompt) {
		this.sectionId = sectionId;
		this.position = position;
		this.kind = kind;
		this.promptEs = prompt.es();
		this.promptEn = prompt.en();
		this.promptPt = prompt.pt();
		this.promptFr = prompt.fr();
	}

	void asksToDefine(String term, @Nullable UUID glossaryTermId) {
		this.term = term.strip();
		this.glossaryTermId = glossaryTermId;
	}

	void offers(List<String> options) {
		this.options = String.join("\n", options.stream().map(String::strip).filter(o -> !o.isEmpty()).toList());
	}

	void setRequired(boolean required) {
		this.required = required || kind == QuestionKind.TERM_DEFINITION;
	}

	public UUID getId() { return id; }
	public UUID getSectionId() { return sectionId; }
	public int getPosition() { return position; }
	public QuestionKind getKind() { return kind; }
	public MultilingualText prompt() { return new MultilingualText(promptEs, promptEn, promptPt, promptFr); }
	public String prompt(Locale locale) { return prompt().in(locale); }
	public @Nullable String getTerm() { return term; }
	/**
	 * The language of the term to define: the secretariat types it beside the question's wording, so it is the
	 * first language the question is written in — not the language of the first country's answer, which named a
	 * Spanish term in English when Panama answered from an English page. A definition question may have no wording
	 * (the term is the question): then the first language the questionnaire's title is written in, {@code around} —
	 * an English term of an English questionnaire went into the glossary as its Spanish name (walk18).
	 */
	public String termLanguage(MultilingualText around) {
		return firstWritten(prompt()).or(() -> firstWritten(around)).orElse("es");
	}

	/**
	 * The language of the options: typed beside the question's wording as the term is, one list whatever the
	 * languages of the wording — options in English under a question read on a Spanish page were read with Spanish
	 * rules (walk18).
	 */
	public String optionsLanguage(MultilingualText around) {
		return termLanguage(around);
	}

	private static java.util.Optional<String> firstWritten(MultilingualText text) {
		return org.puente.i18n.Language.CODES.stream().filter(l -> text.get(l) != null && !text.get(l).isBlank())
			.findFirst();
	}
	public @Nullable UUID getGlossaryTermId() { return glossaryTermId; }
	public List<String> getOptions() {
		return options.isEmpty() ? List.of() : Arrays.asList(options.split("\n"));
	}
	public boolean isRequired() { return required; }
}
