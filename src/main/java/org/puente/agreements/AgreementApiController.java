package org.puente.agreements;

import java.util.List;
import java.util.UUID;

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

	AgreementApiController(Agreements agreements) {
		this.agreements = agreements;
	}

	@GetMapping("/api/v1/agreements")
	@Operation(summary = "Confirmed agreements, newest meeting first, with status, parties, dates and progress; the "
			+ "filters of the agreement board and of its CSV and XLSX downloads (/agreements/board/export.csv, .xlsx)")
	List<AgreementSummary> list(
			@Parameter(description = "CRM or CSM") @RequestParam(required = false) @Nullable String process,
			@Parameter(description = "PENDING, IN_PROGRESS, DONE or CANCELLED")
			@RequestParam(required = false) @Nullable AgreementStatus status,
			@Parameter(description = "a directory id such as country:CL or role:PPT-CRM")
			@RequestParam(required = false) @Nullable String responsible,
			@Parameter(description = "a theme, exactly as the agreements carry it")
			@RequestParam(required = false) @Nullable String theme,
			@Parameter(description = "true: only agreements past their due date and neither done nor cancelled")
			@RequestParam(defaultValue = "false") boolean overdue) {
		return agreements.list(new Agreements.Filter(process, status, responsible, theme, null, overdue));
	}

	@GetMapping("/api/v1/agreements/{id}")
	@Operation(summary = "One agreement")
	AgreementSummary one(@PathVariable UUID id) {
		return agreements.find(id).orElseThrow(() -> new NotFoundException("agreements.notFound"));
	}
}
