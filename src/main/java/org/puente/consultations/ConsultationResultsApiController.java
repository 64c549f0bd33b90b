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
import org.puente.directory.Countries;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The answers as the secretariats read them on the consultation's page and in its compiled exports: where each
 * country stands, and each question's submitted answers by country, each in the language it was given in. Drafts stay
 * with their country until submitted.
 */
@RestController
@PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT')")
@Tag(name = "Consultations")
class ConsultationResultsApiController {

	private final ConsultationManagement consultations;

	ConsultationResultsApiController(ConsultationManagement consultations) {
		this.consultations = consultations;
	}

	/** Where a country's response stands. */
	record CountryStatus(String country, String countryName,
			@Schema(description = "PENDING, DRAFT or SUBMITTED") String status, @Nullable Instant submittedAt,
			boolean late, @Nullable Instant remindedAt) {
	}

	/** A country's submitted answer to one question. */
	record CountryAnswer(String country, String countryName, String language, @Nullable String text,
			List<String> choices, @Nullable Integer scale, @Nullable String fileName) {
	}

	/** One question, worded in the caller's language, and the answers submitted to it. */
	record QuestionResults(UUID questionId, int number, String section, QuestionKind kind, String prompt,
			@Nullable String term, List<String> options, List<CountryAnswer> answers) {
	}

	/** The results: per country, then per question. */
	record ResultsJson(UUID id, String title, String status, int countries, int answered,
			List<CountryStatus> responses, List<QuestionResults> questions) {
	}

	@GetMapping("/api/v1/consultations/{id}/results")
	@Operation(operationId = "getConsultationResults", summary = "Where each country stands, and each question's "
			+ "submitted answers by country, each in the language it was given in", responses = {
					@ApiResponse(responseCode = "200", description = "The results"),
					@ApiResponse(responseCode = "403", description = "Not a secretariat or an administrator") })
	ResultsJson results(@PathVariable UUID id, Locale locale) {
		ConsultationView view = consultations.view(id);
		List<ConsultationResponse> all = consultations.responses(id);
		List<CountryStatus> statuses = new ArrayList<>();
		Map<ConsultationResponse, Map<UUID, ConsultationAnswer>> submitted = new java.util.LinkedHashMap<>();
		for (ConsultationResponse r : all) {
			statuses.add(new CountryStatus(r.getCountryIso2(), Countries.nameOf(r.getCountryIso2(), locale),
					r.getStatus().name(), r.getSubmittedAt(), r.isLate(), r.getRemindedAt()));
			if (r.isSubmitted()) {
				submitted.put(r, consultations.answersByQuestion(r.getId()));
			}
		}
		List<QuestionResults> questions = new ArrayList<>();
		int number = 0;
		for (ConsultationView.Section s : view.sections()) {
			for (ConsultationQuestion q : s.questions()) {
				List<CountryAnswer> answers = new ArrayList<>();
				submitted.forEach((r, given) -> {
					ConsultationAnswer a = given.get(q.getId());
					if (a != null && !a.isBlank()) {
						answers.add(new CountryAnswer(r.getCountryIso2(), Countries.nameOf(r.getCountryIso2(), locale),
								a.getLanguage(), a.getTextValue(), a.getChoices(), a.getScaleValue(),
								a.getFileName()));
					}
				});
				questions.add(new QuestionResults(q.getId(), ++number, s.section().title(locale), q.getKind(),
						q.prompt(locale), q.getTerm(), q.getOptions(), answers));
			}
		}
		Consultation c = view.consultation();
		return new ResultsJson(c.getId(), c.title(locale), c.getStatus().name(), all.size(), submitted.size(),
				statuses, questions);
	}
}
