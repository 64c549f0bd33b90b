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
 * A question added to a consultation, in a new section when {@code sectionId} is empty (titled as given, or by
 * default for the first question); bound through its constructor. A term definition needs the term; a choice needs at least two options.
 */
record QuestionForm(
		@Nullable UUID sectionId,
		@Size(max = 300) MultilingualField sectionTitle,
		@NotNull QuestionKind kind,
		@Size(max = 2000) MultilingualField prompt,
		@Size(max = 200) @Nullable String term,
		@Nullable UUID glossaryTermId,
		@Size(max = 4000) String options,
		Boolean required) {

	QuestionForm {
		sectionTitle = sectionTitle == null ? new MultilingualField() : sectionTitle;
		prompt = prompt == null ? new MultilingualField() : prompt;
		kind = kind == null ? QuestionKind.TERM_DEFINITION : kind;
		options = options == null ? "" : options;
		required = required != null && required;
	}

	/** The form to add a question, a term's definition by default, in this section (null: a new one). */
	static QuestionForm blank(@Nullable UUID sectionId) {
		return new QuestionForm(sectionId, new MultilingualField(), QuestionKind.TERM_DEFINITION,
				new MultilingualField(), null, null, "", false);
	}

	/** The same question, put in the section {@code section} (a script that names none: where the last one went). */
	QuestionForm in(UUID section) {
		return new QuestionForm(section, sectionTitle, kind, prompt, term, glossaryTermId, options, required);
	}

	/**
	 * The rules that span fields, reported on the field a person should fix. The first question of a consultation
	 * ({@code firstQuestion}) needs no section: it goes in a default one ({@link ConsultationManagement#addQuestion}).
	 */
	void check(Errors errors, boolean firstQuestion) {
		if (kind != QuestionKind.TERM_DEFINITION && promptText().isEmpty()) {
			errors.rejectValue("prompt", "consultations.question.promptRequired");
		}
		if (kind == QuestionKind.TERM_DEFINITION && (term == null || term.isBlank()) && glossaryTermId == null) {
			errors.rejectValue("term", "consultations.question.termRequired");
		}
		// a term typed for another kind of question was dropped without a word: the secretariat believed the answers
		// would reach the glossary (walk18, "labour mobility" on a free-text question)
		if (kind != QuestionKind.TERM_DEFINITION && ((term != null && !term.isBlank()) || glossaryTermId != null)) {
			errors.rejectValue("term", "consultations.question.termOnlyForDefinitions");
		}
		if (kind.hasOptions() && optionList().size() < 2) {
			errors.rejectValue("options", "consultations.question.optionsRequired");
		}
		if (sectionId == null && sectionTitleText().isEmpty() && !firstQuestion) {
			errors.rejectValue("sectionTitle.es", "consultations.question.sectionRequired");
		}
	}

	MultilingualText promptText() { return prompt.text(); }
	MultilingualText sectionTitleText() { return sectionTitle.text(); }
	List<String> optionList() {
		return Arrays.stream(options.split("\\R")).map(String::strip).filter(o -> !o.isEmpty()).distinct().toList();
	}
}
