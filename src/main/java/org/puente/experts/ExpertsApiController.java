package org.puente.experts;

import org.springframework.http.ResponseEntity;
import org.puente.web.Paging;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The roster as open data: only experts who consented to be listed and shared with the UN, and only their public
 * fields — never an e-mail address, gender or consent dates.
 */
@RestController
@Tag(name = "Experts", description = "The roster of experts the CRM and the CSM propose as speakers")
class ExpertsApiController {

	private final Roster roster;

	private final ExpertReference areas;

	ExpertsApiController(Roster roster, ExpertReference areas) {
		this.roster = roster;
		this.areas = areas;
	}

	/** An expert's public fields. */
	record ExpertJson(String name, String affiliation, String country, List<String> languages,
			List<Area> thematicSessions, List<Area> gcmObjectives, String bio, List<String> links, Region region) {
	}

	record Area(int number, String title) {
	}

	@GetMapping("/api/v1/experts")
	@Operation(operationId = "listExperts", summary = "Experts who consented to be listed and to have their data shared with the United Nations, "
			+ "with their public fields only (name, affiliation, country, languages, areas, bio, links, region)")
	ResponseEntity<List<ExpertJson>> experts(@RequestParam(required = false) @Nullable String page, @RequestParam(required = false) @Nullable String size,
			@Parameter(description = "only experts on this thematic session, 1 to 6") @RequestParam(required = false) @Nullable Integer session,
			@Parameter(description = "only experts from this country (ISO 3166-1 alpha-2)") @RequestParam(required = false) @Nullable String country,
			Locale locale) {
		return Paging.of(page, size).answer(roster.consented().stream()
			.filter(e -> session == null || e.data().sessions().contains(session))
			.filter(e -> country == null || country.equalsIgnoreCase(e.data().country()))
			.map(e -> json(e, locale))
			.toList());
	}

	private ExpertJson json(ExpertSummary e, Locale locale) {
		ExpertData d = e.data();
		return new ExpertJson(d.fullName(), d.affiliation(), d.country(), d.languages(),
				d.sessions().stream().map(n -> new Area(n, areas.session(n, locale))).toList(),
				d.objectives().stream().map(n -> new Area(n, areas.objective(n, locale))).toList(), d.bio(), d.links(),
				d.region());
	}
}
