package org.puente.consultations;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.puente.i18n.Language;
import org.puente.i18n.MultilingualText;
import org.puente.web.InvalidInput;
import org.puente.web.Mistake;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A questionnaire built by a script as on its page (walk18 #17: the API could only list, close and reopen): created
 * with its questions, described again and given more questions while it is a draft. The forms' rules and services
 * ({@link ConsultationForm}, {@link QuestionForm}, {@link ConsultationBuilding}); 403 for another conference's, 409 once
 * sent or when changed since the version sent, 422 with every mistake on its field.
 */
@RestController
@PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT')")
@Tag(name = "Consultations")
class ConsultationDraftApiController {

	private final ConsultationManagement consultations;

	private final SmartValidator validator;

	ConsultationDraftApiController(ConsultationManagement consultations, SmartValidator validator) {
		this.consultations = consultations;
		this.validator = validator;
	}

	/** A question as stored: its wording in every language written, what it asks for. */
	record QuestionOut(UUID id, UUID sectionId, int number, QuestionKind kind, Map<String, String> prompt,
			@Nullable String term, @Nullable UUID glossaryTermId, List<String> options, boolean required) {
	}

	/** A section and its questions. */
	record SectionOut(UUID id, Map<String, String> title, List<QuestionOut> questions) {
	}

	/** A questionnaire as stored, in every language written: what a script builds and sends. */
	record QuestionnaireJson(UUID id, String ownerProcess,
			@Schema(description = "DRAFT, SENT or CLOSED") String status,
			@Schema(description = "To send back when describing it again") long version, Map<String, String> title,
			Map<String, String> intro, List<String> processes, LocalDate deadline, LatePolicy latePolicy,
			List<SectionOut> sections) {
	}

	@PostMapping("/api/v1/consultations")
	@Operation(operationId = "createConsultation", summary = "Start a questionnaire (a draft) with its questions, "
			+ "as the new consultation's form and its questions' form do; the owner is the caller's conference",
			responses = {
					@ApiResponse(responseCode = "201", description = "Created: the draft, its address in Location"),
					@ApiResponse(responseCode = "403", description = "Not a secretariat or an administrator"),
					@ApiResponse(responseCode = "404", description = "A question names a glossary term that does not exist"),
					@ApiResponse(responseCode = "422", description = "Every mistake, each on its field (title, deadline, "
							+ "questions[0].options …), in the caller's language") })
	ResponseEntity<QuestionnaireJson> create(@RequestBody ConsultationApiForms.DraftJson draft) {
		ConsultationApiForms.checkNew(validator, draft, consultations.deadlineDay());
		List<QuestionForm> questions = draft.questions() == null ? List.of()
				: draft.questions().stream().map(ConsultationApiForms.QuestionJson::form).toList();
		UUID id = consultations.create(draft.form(), questions);
		return ResponseEntity.created(URI.create("/api/v1/consultations/" + id + "/questionnaire")).body(json(id));
	}

	@GetMapping("/api/v1/consultations/{id}/questionnaire")
	@Operation(operationId = "getQuestionnaire", summary = "A questionnaire's description, sections and questions, "
			+ "in every language written")
	QuestionnaireJson questionnaire(@PathVariable UUID id) {
		return json(id);
	}

	@PutMapping("/api/v1/consultations/{id}")
	@Operation(operationId = "describeConsultation", summary = "Describe a draft again: title, introduction, "
			+ "conferences, deadline, late policy; send the version read (questions go by POST …/questions)",
			responses = { @ApiResponse(responseCode = "200", description = "Changed: the draft, with its new version"),
					@ApiResponse(responseCode = "403", description = "Another conference's"),
					@ApiResponse(responseCode = "409", description = "Sent already, or changed since the version "
							+ "sent (currentVersion: its version now)"),
					@ApiResponse(responseCode = "422", description = "Every mistake, each on its field") })
	QuestionnaireJson describe(@PathVariable UUID id, @RequestBody ConsultationApiForms.DraftJson draft) {
		consultations.requireMayEdit(id); // another conference's: 403, whatever the body
		ConsultationApiForms.checkChange(validator, draft, consultations.deadlineDay());
		consultations.describe(id, draft.version(), draft.form());
		return json(id);
	}

	@PostMapping("/api/v1/consultations/{id}/questions")
	@Operation(operationId = "addConsultationQuestion", summary = "Add a question to a draft, in a section of it "
			+ "(sectionId) or a new one (sectionTitle; the first question may name none)", responses = {
					@ApiResponse(responseCode = "201", description = "Added: the draft with it"),
					@ApiResponse(responseCode = "403", description = "Another conference's"),
					@ApiResponse(responseCode = "409", description = "Sent already: its questions no longer change"),
					@ApiResponse(responseCode = "422", description = "Every mistake, each on its field") })
	ResponseEntity<QuestionnaireJson> addQuestion(@PathVariable UUID id,
			@RequestBody ConsultationApiForms.QuestionJson question) {
		consultations.requireMayEdit(id);
		List<Mistake> mistakes = new ArrayList<>();
		ConsultationApiForms.check(validator, question.form(), consultations.view(id).sections().isEmpty(), "",
				mistakes);
		InvalidInput.throwIfAny(mistakes);
		consultations.addQuestion(id, question.form());
		return ResponseEntity.created(URI.create("/api/v1/consultations/" + id + "/questionnaire")).body(json(id));
	}

	private QuestionnaireJson json(UUID id) {
		ConsultationView view = consultations.view(id);
		Consultation c = view.consultation();
		List<SectionOut> sections = new ArrayList<>();
		int number = 0;
		for (ConsultationView.Section s : view.sections()) {
			List<QuestionOut> questions = new ArrayList<>();
			for (ConsultationQuestion q : s.questions()) {
				questions.add(new QuestionOut(q.getId(), s.section().getId(), ++number, q.getKind(), texts(q.prompt()),
						q.getTerm(), q.getGlossaryTermId(), q.getOptions(), q.isRequired()));
			}
			sections.add(new SectionOut(s.section().getId(), texts(s.section().title()), questions));
		}
		return new QuestionnaireJson(c.getId(), c.getOwnerProcess(), c.getStatus().name(), c.getVersion(),
				texts(c.title()), texts(c.intro()), c.getProcesses().stream().map(Enum::name).toList(), c.getDeadline(),
				c.getLatePolicy(), sections);
	}

	/** The languages a text is written in, by code in Puente's order. */
	static Map<String, String> texts(MultilingualText text) {
		Map<String, String> written = new LinkedHashMap<>();
		for (String code : Language.CODES) {
			String value = text.get(code);
			if (value != null && !value.isBlank()) {
				written.put(code, value);
			}
		}
		return written;
	}
}
