package org.puente.consultations;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.puente.i18n.MultilingualField;
import org.puente.i18n.MultilingualText;
import org.springframework.validation.Errors;

/**
 * A question added to a consultation, or a new section when {@code sectionId} is empty and a section title is
 * given. A term definition needs the term; a choice needs at least two options.
 */
class QuestionForm {

	private @Nullable UUID sectionId;

	@Size(max = 300) private MultilingualField sectionTitle = new MultilingualField();

	@NotNull
	private QuestionKind kind = QuestionKind.TERM_DEFINITION;

	@Size(max = 2000) private MultilingualField prompt = new MultilingualField();

	@Size(max = 200)
	private @Nullable String term;

	private @Nullable UUID glossaryTermId;

	@Size(max = 4000)
	private String options = "";

	private boolean required;

	/** The rules that span fields, reported on the field a person should fix. */
	void check(Errors errors) {
		if (kind != QuestionKind.TERM_DEFINITION && prompt().isEmpty()) {
			errors.rejectValue("prompt.es", "consultations.question.promptRequired");
		}
		if (kind == QuestionKind.TERM_DEFINITION && (term == null || term.isBlank()) && glossaryTermId == null) {
			errors.rejectValue("term", "consultations.question.termRequired");
		}
		if (kind.hasOptions() && optionList().size() < 2) {
			errors.rejectValue("options", "consultations.question.optionsRequired");
		}
		if (sectionId == null && sectionTitle().isEmpty()) {
			errors.rejectValue("sectionTitle.es", "consultations.question.sectionRequired");
		}
	}

	MultilingualText prompt() { return prompt.text(); }
	MultilingualText sectionTitle() { return sectionTitle.text(); }
	List<String> optionList() {
		return Arrays.stream(options.split("\\R")).map(String::strip).filter(o -> !o.isEmpty()).distinct().toList();
	}

	public @Nullable UUID getSectionId() { return sectionId; }
	public void setSectionId(@Nullable UUID v) { sectionId = v; }
	public MultilingualField getSectionTitle() { return sectionTitle; }
	public void setSectionTitle(MultilingualField v) { sectionTitle = v; }
	public QuestionKind getKind() { return kind; }
	public void setKind(QuestionKind v) { kind = v; }
	public MultilingualField getPrompt() { return prompt; }
	public void setPrompt(MultilingualField v) { prompt = v; }
	public @Nullable String getTerm() { return term; }
	public void setTerm(@Nullable String v) { term = v; }
	public @Nullable UUID getGlossaryTermId() { return glossaryTermId; }
	public void setGlossaryTermId(@Nullable UUID v) { glossaryTermId = v; }
	public String getOptions() { return options; }
	public void setOptions(String v) { options = v == null ? "" : v; }
	public boolean isRequired() { return required; }
	public void setRequired(boolean v) { required = v; }
}
