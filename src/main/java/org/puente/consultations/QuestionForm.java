package org.puente.consultations;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.puente.i18n.MultilingualText;
import org.springframework.validation.Errors;

/**
 * A question added to a consultation, or a new section when {@code sectionId} is empty and a section title is
 * given. A term definition needs the term; a choice needs at least two options.
 */
class QuestionForm {

	private @Nullable UUID sectionId;

	@Size(max = 300) private @Nullable String sectionTitleEs;
	@Size(max = 300) private @Nullable String sectionTitleEn;
	@Size(max = 300) private @Nullable String sectionTitlePt;
	@Size(max = 300) private @Nullable String sectionTitleFr;

	@NotNull
	private QuestionKind kind = QuestionKind.TERM_DEFINITION;

	@Size(max = 2000) private @Nullable String promptEs;
	@Size(max = 2000) private @Nullable String promptEn;
	@Size(max = 2000) private @Nullable String promptPt;
	@Size(max = 2000) private @Nullable String promptFr;

	@Size(max = 200)
	private @Nullable String term;

	private @Nullable UUID glossaryTermId;

	@Size(max = 4000)
	private String options = "";

	private boolean required;

	/** The rules that span fields, reported on the field a person should fix. */
	void check(Errors errors) {
		if (kind != QuestionKind.TERM_DEFINITION && prompt().isEmpty()) {
			errors.rejectValue("promptEs", "consultations.question.promptRequired");
		}
		if (kind == QuestionKind.TERM_DEFINITION && (term == null || term.isBlank()) && glossaryTermId == null) {
			errors.rejectValue("term", "consultations.question.termRequired");
		}
		if (kind.hasOptions() && optionList().size() < 2) {
			errors.rejectValue("options", "consultations.question.optionsRequired");
		}
		if (sectionId == null && sectionTitle().isEmpty()) {
			errors.rejectValue("sectionTitleEs", "consultations.question.sectionRequired");
		}
	}

	MultilingualText prompt() { return MultilingualText.of(promptEs, promptEn, promptPt, promptFr); }
	MultilingualText sectionTitle() { return MultilingualText.of(sectionTitleEs, sectionTitleEn, sectionTitlePt, sectionTitleFr); }
	List<String> optionList() {
		return Arrays.stream(options.split("\\R")).map(String::strip).filter(o -> !o.isEmpty()).distinct().toList();
	}

	public @Nullable UUID getSectionId() { return sectionId; }
	public void setSectionId(@Nullable UUID v) { sectionId = v; }
	public @Nullable String getSectionTitleEs() { return sectionTitleEs; }
	public void setSectionTitleEs(@Nullable String v) { sectionTitleEs = v; }
	public @Nullable String getSectionTitleEn() { return sectionTitleEn; }
	public void setSectionTitleEn(@Nullable String v) { sectionTitleEn = v; }
	public @Nullable String getSectionTitlePt() { return sectionTitlePt; }
	public void setSectionTitlePt(@Nullable String v) { sectionTitlePt = v; }
	public @Nullable String getSectionTitleFr() { return sectionTitleFr; }
	public void setSectionTitleFr(@Nullable String v) { sectionTitleFr = v; }
	public QuestionKind getKind() { return kind; }
	public void setKind(QuestionKind v) { kind = v; }
	public @Nullable String getPromptEs() { return promptEs; }
	public void setPromptEs(@Nullable String v) { promptEs = v; }
	public @Nullable String getPromptEn() { return promptEn; }
	public void setPromptEn(@Nullable String v) { promptEn = v; }
	public @Nullable String getPromptPt() { return promptPt; }
	public void setPromptPt(@Nullable String v) { promptPt = v; }
	public @Nullable String getPromptFr() { return promptFr; }
	public void setPromptFr(@Nullable String v) { promptFr = v; }
	public @Nullable String getTerm() { return term; }
	public void setTerm(@Nullable String v) { term = v; }
	public @Nullable UUID getGlossaryTermId() { return glossaryTermId; }
	public void setGlossaryTermId(@Nullable UUID v) { glossaryTermId = v; }
	public String getOptions() { return options; }
	public void setOptions(String v) { options = v == null ? "" : v; }
	public boolean isRequired() { return required; }
	public void setRequired(boolean v) { required = v; }
}
