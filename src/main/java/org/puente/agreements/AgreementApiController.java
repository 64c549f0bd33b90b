package org.puente.agreements;

import org.springframework.http.ResponseEntity;
import org.puente.web.Paging;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.puente.refusal.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The public register as JSON. */
@RestController
@Tag(name = "Agreements", description = "Agreements of CRM and CSM meetings: extraction, register, follow-up")
class AgreementApiController {

	private final Agreements agreements;

	private final PartyLabels parties;

	AgreementApiController(Agreements agreements, PartyLabels parties) {
		this.agreements = agreements;
		this.parties = parties;
	}

	@GetMapping("/api/v1/agreements")
	@Operation(operationId = "listAgreements", summary = "Confirmed agreements, newest meeting first, with status, parties, dates and progress; the "
			+ "filters of the agreement board and of its CSV and XLSX downloads (/agreements/board/export.csv, .xlsx);"
			+ " minutesDocument is the address of the minutes' file in the documents, when the caller may open it")
	ResponseEntity<List<AgreementJson>> list(@RequestParam(required = false) @Nullable String page, @RequestParam(required = false) @Nullable String size,
			@Parameter(description = "CRM or CSM") @RequestParam(required = false) @Nullable String process,
			@Parameter(description = "PENDING, IN_PROGRESS, DONE or CANCELLED")
			@RequestParam(required = false) @Nullable AgreementStatus status,
			@Parameter(description = "a directory id such as country:CL or role:PPT-CRM")
			@RequestParam(required = false) @Nullable String responsible,
			@Parameter(description = "a theme, exactly as the agreements carry it")
			@RequestParam(required = false) @Nullable String theme,
			@Parameter(description = "true: only agreements past their due date and neither done nor cancelled")
			@RequestParam(defaultValue = "false") boolean overdue, Locale locale) {
		Map<UUID, Optional<String>> documents = new HashMap<>(); // one look-up per minutes, not per agreement
		Paging paging = Paging.of(page, size);
		List<AgreementSummary> all = agreements.list(new Agreements.Filter(process, status, responsible, theme, null, overdue));
		// the minutes' documents are looked up for the page's agreements only
		return paging.answer(all, a -> json(a, documents, locale));
	}

	@GetMapping("/api/v1/agreements/{id}")
	@Operation(operationId = "getAgreement", summary = "One agreement", description = "As in the list: minutesId names the confirmed minutes"
			+ " (/agreements/minutes/{minutesId}), minutesDocument the file they were read from, in the documents")
	AgreementJson one(@PathVariable UUID id, Locale locale) {
		return json(agreements.find(id).orElseThrow(() -> new NotFoundException("agreements.notFound")),
				new HashMap<>(), locale);
	}

	/**
	 * An agreement of the register with the address of the minutes it was read from, as kept in the documents, when
	 * the caller may open them (walk of 5 December #11: {@code minutesId} named the review, not the file).
	 */
	record AgreementJson(@JsonUnwrapped AgreementSummary agreement, @Nullable String minutesDocument) {
	}

	private AgreementJson json(AgreementSummary a, Map<UUID, Optional<String>> documents, Locale locale) {
		AgreementSummary named = a.withParties(p -> new PartyReference(p.id(), parties.of(p, locale)));
		return new AgreementJson(named, documents.computeIfAbsent(a.minutesId(),
				minutes -> agreements.minutesDocument(minutes).map(d -> d.url())).orElse(null));
	}
}
