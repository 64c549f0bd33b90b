package org.puente.consultations;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;
import org.puente.i18n.MultilingualField;
import org.puente.web.InvalidInput;
import org.puente.web.Mistake;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.SmartValidator;

/**
 * What a script sends to build a consultation, read into the forms' own records ({@link ConsultationForm},
 * {@link QuestionForm}) and checked by their rules — the API keeps no rule of its own. Every mistake is reported at
 * once, on the field the script sent ({@code questions[1].options}), in a 422 problem report.
 */
final class ConsultationApiForms {

	private ConsultationApiForms() {
	}

	/** A consultation as a script describes it; {@code questions} only on creation, {@code version} only on a change. */
	record DraftJson(
			@Schema(description = "The title, {\"es\": …, \"en\": …, \"pt\": …, \"fr\": …}: at least one language")
			@Nullable MultilingualField title,
			@Schema(description = "The introduction, in the same shape") @Nullable MultilingualField intro,
			@Schema(description = "The conferences it goes to: CRM, CSM or both") @Nullable List<String> processes,
			@Schema(description = "The last day to answer, YYYY-MM-DD (over once it is over everywhere)")
			@Nullable LocalDate deadline,
			@Schema(description = "ACCEPT_LATE (the default) or REFUSE_LATE") @Nullable LatePolicy latePolicy,
			@Schema(description = "On creation: its questions, in order; one naming no section goes where the one "
					+ "before it went (the first, in a default section)") @Nullable List<QuestionJson> questions,
			@Schema(description = "On a change: the version read; changed since, 409") @Nullable Long version) {

		ConsultationForm form() {
			return new ConsultationForm(title, intro, processes, deadline, latePolicy);
		}
	}

	/** A question as a script describes it. */
	record QuestionJson(
			@Schema(description = "An existing section of the consultation to add it to") @Nullable UUID sectionId,
			@Schema(description = "Or a new section's title, in the languages written") @Nullable MultilingualField sectionTitle,
			@Schema(description = "TERM_DEFINITION (the default), FREE_TEXT, SINGLE_CHOICE, MULTIPLE_CHOICE, SCALE "
					+ "or FILE") @Nullable QuestionKind kind,
			@Schema(description = "Its wording, in the languages written (a term's definition may have none)")
			@Nullable MultilingualField prompt,
			@Schema(description = "TERM_DEFINITION: the term to define, or glossaryTermId") @Nullable String term,
			@Nullable UUID glossaryTermId,
			@Schema(description = "SINGLE_CHOICE, MULTIPLE_CHOICE: at least two options") @Nullable List<String> options,
			@Nullable Boolean required) {

		QuestionForm form() {
			return new QuestionForm(sectionId, sectionTitle, kind, prompt, term, glossaryTermId,
					options == null ? "" : String.join("\n", options), required);
		}
	}

	/** The consultation's form checked as the page checks it ({@code isNew}: its deadline not over already). */
	static void check(SmartValidator validator, ConsultationForm form, boolean isNew, LocalDate today,
			List<Mistake> mistakes) {
		Errors errors = new BeanPropertyBindingResult(form, "form");
		validator.validate(form, errors);
		form.check(errors);
		if (isNew) {
			form.checkNew(errors, today);
		}
		collect(errors, "", mistakes);
	}

	/** A question checked as the page checks it, its mistakes under {@code prefix} ("questions[2]."). */
	static void check(SmartValidator validator, QuestionForm form, boolean firstQuestion, String prefix,
			List<Mistake> mistakes) {
		Errors errors = new BeanPropertyBindingResult(form, "form");
		validator.validate(form, errors);
		form.check(errors, firstQuestion);
		collect(errors, prefix, mistakes);
	}

	/** A draft's description and questions, each checked; refused with every mistake at once. */
	static void checkNew(SmartValidator validator, DraftJson draft, LocalDate today) {
		List<Mistake> mistakes = new ArrayList<>();
		check(validator, draft.form(), true, today, mistakes);
		List<QuestionJson> questions = draft.questions() == null ? List.of() : draft.questions();
		for (int i = 0; i < questions.size(); i++) {
			// each question may leave its section out: it goes where the one before it went
			check(validator, questions.get(i).form(), true, "questions[" + i + "].", mistakes);
		}
		InvalidInput.throwIfAny(mistakes);
	}

	/** A change of a draft's description: the version it was read at, and the form's rules. */
	static void checkChange(SmartValidator validator, DraftJson draft, LocalDate today) {
		List<Mistake> mistakes = new ArrayList<>();
		if (draft.version() == null) {
			mistakes.add(Mistake.missing("version"));
		}
		check(validator, draft.form(), true, today, mistakes);
		InvalidInput.throwIfAny(mistakes);
	}

	private static void collect(Errors errors, String prefix, List<Mistake> mistakes) {
		errors.getAllErrors().forEach(e -> mistakes.add(new Mistake(null,
				e instanceof FieldError field ? prefix + field.getField() : null, String.valueOf(e.getCode()), e)));
	}
}
