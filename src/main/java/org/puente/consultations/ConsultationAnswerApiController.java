package org.puente.consultations;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.puente.accounts.AccountSummary;
import org.puente.directory.Countries;
import org.puente.i18n.Language;
import org.puente.web.InvalidInput;
import org.puente.web.Mistake;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A country's response through the API, as on the answer page: its focal points save each answer (a draft the others
 * of the country see, versioned as the page's autosave is), then submit the whole; the secretariats read the submitted
 * answers and reopen one. A focal point names their own country in the address: another's is refused (403).
 */
@RestController
@Tag(name = "Consultations")
class ConsultationAnswerApiController {

	private final ConsultationManagement consultations;

	ConsultationAnswerApiController(ConsultationManagement consultations) {
		this.consultations = consultations;
	}

	/** A stored answer, in the language it was given in; {@code version} goes back with the next save. */
	record AnswerOut(String language, @Nullable String text, List<String> choices, @Nullable Integer scale,
			@Nullable String fileName, long version, String savedBy, Instant savedAt) {
	}

	/** A question, worded in the caller's language, and the country's answer to it (null: none yet). */
	record AnsweredQuestion(UUID questionId, int number, String section, QuestionKind kind, String prompt,
			@Nullable String term, List<String> options, boolean required, @Nullable AnswerOut answer) {
	}

	/** One country's response: where it stands and its answers. */
	record ResponseJson(String country, String countryName,
			@Schema(description = "PENDING, DRAFT or SUBMITTED") String status,
			@Schema(description = "Whether its focal points may still save and submit") boolean open,
			@Nullable Instant submittedAt, boolean late, @Nullable Instant remindedAt,
			@Schema(description = "The language its answers are given in (the saved ones', else the country's)")
			@Nullable String language, List<AnsweredQuestion> questions) {
	}

	/** One answer as a script saves it: the choices as the question's options spell them, a scale from 1 to 5. */
	record AnswerJson(@Schema(description = "es, en, pt or fr; by default the response's") @Nullable String language,
			@Nullable String text, @Nullable List<String> choices, @Nullable Integer scale,
			@Schema(description = "The answer's version as last read; none for a first answer") @Nullable Long version) {
	}

	/** The answer's new version and when it was saved. */
	record SavedJson(long version, Instant savedAt) {
	}

	@GetMapping("/api/v1/consultations/{id}/responses/{iso2}")
	@PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT', 'FOCAL_POINT')")
	@Operation(operationId = "getConsultationResponse", summary = "One country's response: its focal points read "
			+ "their draft, the secretariats the answers once submitted", responses = {
					@ApiResponse(responseCode = "200", description = "The response"),
					@ApiResponse(responseCode = "403", description = "A focal point of another country, or an observer"),
					@ApiResponse(responseCode = "404", description = "Not sent to that country") })
	ResponseJson response(@PathVariable UUID id, @PathVariable String iso2, Locale locale) {
		AccountSummary me = consultations.currentAccount();
		if (me != null && me.isFocalPoint()) {
			AnswerSheet sheet = consultations.sheet(id, iso2);
			return json(sheet.view(), sheet.response(), sheet.answers(), sheet.open(), sheet.language(), locale);
		}
		ConsultationResponse response = consultations.response(id, iso2);
		// drafts stay with the country until it submits, as on the page
		Map<UUID, ConsultationAnswer> answers = response.isSubmitted()
				? consultations.answersByQuestion(response.getId()) : Map.of();
		return json(consultations.view(id), response, answers, false, null, locale);
	}

	@PutMapping("/api/v1/consultations/{id}/responses/{iso2}/answers/{questionId}")
	@PreAuthorize("hasRole('FOCAL_POINT')")
	@Operation(operationId = "saveConsultationAnswer", summary = "Save one answer of the caller's country (a draft "
			+ "until submitted), as the answer page saves each field", responses = {
					@ApiResponse(responseCode = "200", description = "Saved: its new version"),
					@ApiResponse(responseCode = "403", description = "Another country's response, or past a deadline "
							+ "that refuses late answers"),
					@ApiResponse(responseCode = "404", description = "No such question in the consultation"),
					@ApiResponse(responseCode = "409", description = "Closed, submitted already, or another focal point "
							+ "of the country saved it since the version sent (currentVersion: its version now)"),
					@ApiResponse(responseCode = "422", description = "The answer breaks a rule, on its field (text, "
							+ "choices, scale, language)") })
	SavedJson save(@PathVariable UUID id, @PathVariable String iso2, @PathVariable UUID questionId,
			@RequestBody AnswerJson answer) {
		String language = answer.language() == null ? consultations.sheet(id, iso2).language() : answer.language();
		if (!Language.isCode(language)) {
			throw new InvalidInput(List.of(Mistake.inField("language", "error.language.unsupported", language,
					String.join(", ", Language.CODES))), "error.422.message");
		}
		Answering.AnswerInput input = new Answering.AnswerInput(language, answer.text(),
				answer.choices() == null ? List.of() : answer.choices(), answer.scale(), answer.version());
		Answering.Saved saved = ScriptAnswerSaving.save(consultations, id, iso2, questionId, input);
		return new SavedJson(saved.version(), saved.at());
	}

	@PostMapping("/api/v1/consultations/{id}/responses/{iso2}/submit")
	@PreAuthorize("hasRole('FOCAL_POINT')")
	@Operation(operationId = "submitConsultationResponse", summary = "Submit the caller's country's answers: the "
			+ "secretariat reads them, each term's definition goes to the glossary", responses = {
					@ApiResponse(responseCode = "200", description = "Submitted: the response"),
					@ApiResponse(responseCode = "403", description = "Another country's response"),
					@ApiResponse(responseCode = "409", description = "Closed, or submitted already"),
					@ApiResponse(responseCode = "422", description = "Answers missing or too long, each on its question "
							+ "(answers.{questionId})") })
	ResponseJson submit(@PathVariable UUID id, @PathVariable String iso2, Locale locale) {
		try {
			consultations.submit(id, iso2);
		}
		catch (IncompleteAnswers ex) {
			throw new InvalidInput(ex.problems().stream().map(p -> Mistake.inField("answers." + p.questionId(),
					p.messageKey(), Answering.MAX_TEXT)).toList(), "error.422.message");
		}
		AnswerSheet sheet = consultations.sheet(id, iso2);
		return json(sheet.view(), sheet.response(), sheet.answers(), sheet.open(), sheet.language(), locale);
	}

	@PostMapping("/api/v1/consultations/{id}/responses/{iso2}/reopen")
	@PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT')")
	@Operation(operationId = "reopenConsultationResponse", summary = "Reopen a country's submitted answers for it to "
			+ "correct; its focal points are told", responses = {
					@ApiResponse(responseCode = "200", description = "Reopened: the response"),
					@ApiResponse(responseCode = "403", description = "Another conference's"),
					@ApiResponse(responseCode = "409", description = "Not submitted, or the consultation is closed") })
	ResponseJson reopen(@PathVariable UUID id, @PathVariable String iso2, Locale locale) {
		consultations.reopen(id, iso2.toUpperCase(Locale.ROOT));
		ConsultationResponse response = consultations.response(id, iso2);
		return json(consultations.view(id), response, Map.of(), false, null, locale);
	}

	private ResponseJson json(ConsultationView view, ConsultationResponse response,
			Map<UUID, ConsultationAnswer> answers, boolean open, @Nullable String language, Locale locale) {
		List<AnsweredQuestion> questions = new ArrayList<>();
		int number = 0;
		for (ConsultationView.Section s : view.sections()) {
			for (ConsultationQuestion q : s.questions()) {
				ConsultationAnswer a = answers.get(q.getId());
				questions.add(new AnsweredQuestion(q.getId(), ++number, s.section().title(locale), q.getKind(),
						q.prompt(locale), q.getTerm(), q.getOptions(), q.isRequired(), a == null ? null
								: new AnswerOut(a.getLanguage(), a.getTextValue(), a.getChoices(), a.getScaleValue(),
										a.getFileName(), a.getVersion(),
										consultations.savedBy(a.getUpdatedBy(), response.getCountryIso2()),
										a.getUpdatedAt())));
			}
		}
		return new ResponseJson(response.getCountryIso2(), Countries.nameOf(response.getCountryIso2(), locale),
				response.getStatus().name(), open, response.getSubmittedAt(), response.isLate(),
				response.getRemindedAt(), language, questions);
	}
}
