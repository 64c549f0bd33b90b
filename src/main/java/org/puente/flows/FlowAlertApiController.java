package org.puente.flows;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.puente.accounts.AccountSummary;
import org.puente.refusal.RefusalKind;
import org.puente.refusal.RefusedException;
import org.puente.web.InvalidInput;
import org.puente.web.Mistake;
import org.puente.web.Paging;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The early-warning alerts over HTTP, as their pages have them for the signed-in (apitwins21): the latest alerts, one
 * alert, and its acknowledgement with notes by the country's focal point or a secretariat, against the version read —
 * {@link FlowSubmissions#acknowledge}, audited as on the alert's page.
 */
@RestController
@PreAuthorize("isAuthenticated()")
@Tag(name = "Flows", description = "Extra-regional flows: exchange agreements, aggregated weekly counts, early warning")
class FlowAlertApiController {

	static final String ALERTS = "/api/v1/flows/alerts";

	private final FlowSubmissions flows;

	FlowAlertApiController(FlowSubmissions flows) {
		this.flows = flows;
	}

	/** An acknowledgement as a script sends it: the notes (none is fine) and the alert's version as read. */
	record AcknowledgementJson(@Nullable String notes, @Nullable Long version) {
	}

	@GetMapping(ALERTS)
	@Operation(operationId = "listFlowAlerts", summary = "The latest alerts, newest week first, as the dashboard lists "
			+ "them: kind (ALARM or WATCH), country, origin, week, who acknowledged it and when, the notes, the version")
	@ApiResponse(responseCode = "200", description = "One page of alerts; X-Total-Count and Link say the rest")
	ResponseEntity<List<FlowAlerts.AlertView>> alerts(@RequestParam(required = false) @Nullable String page,
			@RequestParam(required = false) @Nullable String size) {
		return Paging.of(page, size).answer(flows.alerts());
	}

	@GetMapping(ALERTS + "/{id}")
	@Operation(operationId = "getFlowAlert", summary = "One alert, as its page shows it; its version is what an "
			+ "acknowledgement sends back")
	@ApiResponse(responseCode = "200", description = "The alert")
	@ApiResponse(responseCode = "404", description = "No such alert")
	FlowAlerts.AlertView alert(@PathVariable UUID id) {
		return flows.alert(id);
	}

	@PostMapping(ALERTS + "/{id}/acknowledge")
	@Operation(operationId = "acknowledgeFlowAlert", summary = "Acknowledge an alert, with notes (the country's focal "
			+ "points, the secretariats), as the alert page's \"Acknowledge\"", description = "JSON: notes (at most "
					+ "4000 characters; acknowledging again replaces them) and version (the alert's, as last read). "
					+ "Audited as on the page.")
	@ApiResponse(responseCode = "200", description = "Acknowledged: the alert, who acknowledged it, its new version")
	@ApiResponse(responseCode = "403", description = "A focal point of another country, or an observer")
	@ApiResponse(responseCode = "404", description = "No such alert")
	@ApiResponse(responseCode = "409", description = "Acknowledged or changed since the version sent (currentVersion)")
	@ApiResponse(responseCode = "422", description = "No version (in errors), or notes too long")
	FlowAlerts.AlertView acknowledge(@PathVariable UUID id, @RequestBody AcknowledgementJson acknowledgement,
			AccountSummary actor) {
		// an unknown alert 404, then who may not acknowledge it 403, before what the body lacks
		FlowAlerts.AlertView alert = flows.alert(id);
		if (!FlowPolicy.mayAcknowledge(actor, alert)) {
			throw new RefusedException(RefusalKind.FORBIDDEN, "flows.alert.notYours", alert.country());
		}
		if (acknowledgement.version() == null) {
			throw new InvalidInput(List.of(Mistake.missing("version")), "error.422.message");
		}
		flows.acknowledge(id, acknowledgement.notes(), acknowledgement.version(), actor);
		return flows.alert(id);
	}
}
