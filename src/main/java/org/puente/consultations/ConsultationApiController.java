package org.puente.consultations;

import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.http.ResponseEntity;
import org.puente.web.Paging;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Consultations as JSON, for the secretariats' scripts: where each stands, and the same sending, reminding, closing
 * and reopening as the consultation's page (a closing's confirmation is the script's to ask); building a draft is
 * {@link ConsultationDraftApiController}'s, answering {@link ConsultationAnswerApiController}'s. Refusals are problem reports (403 another
 * conference's, 404, 409 already closed or changed since the version read). An unknown id is 404 for every account
 * before the role is checked (403): accounts' rule looks it up first ({@link ConsultationKnownIds}).
 */
@RestController
@PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT')")
@Tag(name = "Consultations", description = "Questionnaires sent to the member states: built, sent, answered, "
		+ "reminded, closed")
class ConsultationApiController {

	private final ConsultationManagement consultations;

	private final org.springframework.context.MessageSource messages;

	ConsultationApiController(ConsultationManagement consultations, org.springframework.context.MessageSource messages) {
		this.consultations = consultations;
		this.messages = messages;
	}

	/** A consultation as it stands: how many countries it went to, which have not answered, when it was closed. */
	record ConsultationJson(UUID id, String title, String ownerProcess, LocalDate deadline,
			@Schema(description = "DRAFT, SENT or CLOSED") String status,
			@Schema(description = "To send back when closing or reopening") long version, int countries,
			int answered, List<String> notAnswered, @Nullable Instant closedAt, @Nullable String closedBy) {
	}

	/** The version of the consultation the script read: changed since, the step is refused (409). */
	record SeenJson(long version) {
	}

	@GetMapping("/api/v1/consultations")
	@Operation(operationId = "listConsultations", summary = "Every consultation, newest first, with its state and who has not answered")
	ResponseEntity<List<ConsultationJson>> all(@RequestParam(required = false) @Nullable String page, @RequestParam(required = false) @Nullable String size, Locale locale) {
		return Paging.of(page, size).answer(consultations.all().stream().map(c -> json(c, locale)).toList());
	}

	@GetMapping("/api/v1/consultations/{id}")
	@Operation(operationId = "getConsultation", summary = "One consultation, with its state and who has not answered")
	ConsultationJson one(@PathVariable UUID id, Locale locale) {
		return json(consultations.find(id), locale);
	}

	@PostMapping("/api/v1/consultations/{id}/close")
	@Operation(operationId = "closeConsultation", summary = "Closes a sent consultation: no country answers it any more; the answers submitted stay "
			+ "compiled and in the glossary. Its focal points are told. 403: another conference's.", responses = {
					@ApiResponse(responseCode = "200", description = "Closed: the consultation as it stands now"),
					@ApiResponse(responseCode = "409", description = "Not sent, already closed, or changed since "
							+ "the version sent") })
	ConsultationJson close(@PathVariable UUID id, @RequestBody SeenJson seen, Locale locale) {
		consultations.close(id, seen.version());
		return json(consultations.find(id), locale);
	}

	@PostMapping("/api/v1/consultations/{id}/reopen")
	@Operation(operationId = "reopenConsultation", summary = "Opens a closed consultation to answers again, within its deadline and late policy; its "
			+ "focal points are told", responses = { @ApiResponse(responseCode = "200", description = "Open again"),
					@ApiResponse(responseCode = "409", description = "Not closed, or changed since the version sent") })
	ConsultationJson reopen(@PathVariable UUID id, @RequestBody SeenJson seen, Locale locale) {
		consultations.reopenConsultation(id, seen.version());
		return json(consultations.find(id), locale);
	}

	@PostMapping("/api/v1/consultations/{id}/send")
	@Operation(operationId = "sendConsultation", summary = "Sends a draft to every member state of its conferences; "
			+ "their focal points are told by mail, each in their language, as the page's send does", responses = {
					@ApiResponse(responseCode = "200", description = "Sent: the consultation as it stands now"),
					@ApiResponse(responseCode = "403", description = "Another conference's"),
					@ApiResponse(responseCode = "409", description = "Sent already"),
					@ApiResponse(responseCode = "422", description = "It has no question yet") })
	ConsultationJson send(@PathVariable UUID id, Locale locale) {
		consultations.send(id);
		return json(consultations.find(id), locale);
	}

	/** Whom a reminder reached, and which countries have nobody to receive it. */
	record ReminderJson(@Schema(description = "The countries that have not answered") int notAnswered,
			@Schema(description = "Those reminded: someone receives it") List<String> reached,
			@Schema(description = "How many people were written to") int people,
			@Schema(description = "Those with nobody to receive it: no focal point account, or their consultation "
					+ "notices switched off; not marked reminded") List<String> nobodyToReceive,
			@Schema(description = "What the page says, in the caller's language") String message) {
	}

	@PostMapping("/api/v1/consultations/{id}/remind")
	@Operation(operationId = "remindConsultation", summary = "Reminds the countries that have not answered, by mail "
			+ "to their focal points; says whom it reached and which countries have nobody to receive it",
			responses = { @ApiResponse(responseCode = "200", description = "Done, or nobody to remind: see reached"),
					@ApiResponse(responseCode = "403", description = "Another conference's"),
					@ApiResponse(responseCode = "409", description = "Closed: reopen it first") })
	ReminderJson remind(@PathVariable UUID id, Locale locale) {
		Reminder reminder = consultations.remind(id);
		return new ReminderJson(reminder.notAnswered(), reminder.reached(), reminder.people(),
				reminder.nobodyToReceive(),
				messages.getMessage(reminder.messageKey(), reminder.arguments(locale), locale));
	}

	private ConsultationJson json(Consultation c, Locale locale) {
		List<ConsultationResponse> all = consultations.responses(c.getId());
		List<String> notAnswered = all.stream().filter(r -> !r.isSubmitted())
			.map(ConsultationResponse::getCountryIso2).toList();
		return new ConsultationJson(c.getId(), c.title(locale), c.getOwnerProcess(), c.getDeadline(),
				c.getStatus().name(), c.getVersion(), all.size(), all.size() - notAnswered.size(), notAnswered,
				c.getClosedAt(), c.getClosedBy() == null ? null : consultations.savedBy(c.getClosedBy(), null));
	}
}
