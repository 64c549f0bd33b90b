package org.puente.directory;

import org.springframework.web.bind.annotation.RequestParam;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.puente.web.Paging;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.puente.refusal.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The directory as JSON, for other systems and scripts. */
@RestController
@RequestMapping("/api/v1/directory")
@Tag(name = "Directory", description = "Conferences, member states, organisations, people and roles")
class DirectoryApiController {

	private final Directory directory;

	private final org.springframework.context.MessageSource messages;

	DirectoryApiController(Directory directory, org.springframework.context.MessageSource messages) {
		this.directory = directory;
		this.messages = messages;
	}

	@GetMapping("/processes")
	@Operation(operationId = "listProcesses", summary = "The two conferences with their names in four languages, their member states, "
			+ "the pro tempore presidency in office on the conference's today and the next one recorded, and its troika")
	ResponseEntity<List<ProcessJson>> processes(@RequestParam(required = false) @Nullable String page, @RequestParam(required = false) @Nullable String size, Locale locale) {
		return Paging.of(page, size).answer(directory.processes()
			.stream()
			// the region in the caller's words, as the directory page says it (walk 19: "Norte y Centroamérica" to a
			// Portuguese caller); the reference data's Spanish when the bundles lack it
			.map(p -> new ProcessJson(p.code(), p.name(locale),
					messages.getMessage("directory.region." + p.code(), null, p.region(), locale), p.memberStates()
				.stream()
				.map(iso -> new CountryJson(iso, Countries.nameOf(iso, locale)))
				.toList(), presidencies(p.code(), locale)))
			.toList());
	}

	@GetMapping("/organisations")
	@Operation(operationId = "listOrganisations", summary = "Organisations and bodies (secretariats, IOM, OAS, troikas, the Ad Hoc Group …)")
	ResponseEntity<List<OrganisationSummary>> organisations(@RequestParam(required = false) @Nullable String page, @RequestParam(required = false) @Nullable String size) {
		return Paging.of(page, size).answer(directory.organisations());
	}

	@GetMapping("/roles")
	@Operation(operationId = "listRoleHolders", summary = "Who held the PPT, troika seats and focal-point roles, and when")
	ResponseEntity<List<RoleHolder>> roles(@RequestParam(required = false) @Nullable String page, @RequestParam(required = false) @Nullable String size) {
		return Paging.of(page, size).answer(directory.roles());
	}

	@GetMapping("/people")
	@Operation(operationId = "listPeople", summary = "People (signed-in members only)")
	ResponseEntity<List<PersonSummary>> people(@RequestParam(required = false) @Nullable String page, @RequestParam(required = false) @Nullable String size) {
		return Paging.of(page, size).answer(directory.people());
	}

	@GetMapping("/people/{id}")
	@Operation(operationId = "getPerson", summary = "One person (signed-in members only)")
	PersonSummary person(@PathVariable UUID id) {
		return directory.person(id).orElseThrow(() -> new NotFoundException("directory.people.notFound"));
	}

	/**
	 * The presidency facts a focal point's home says in a sentence ("Panamá holds the CRM's pro tempore presidency
	 * since 1 January 2027"), for scripts: who holds it on the conference's today, who is recorded next, the troika.
	 */
	private PresidencyFacts presidencies(String code, Locale locale) {
		LocalDate today = directory.today(code);
		java.util.function.Function<RoleHolder, @Nullable PresidencyJson> json = h -> h.countryIso2() == null ? null
				: new PresidencyJson(h.countryIso2(), Countries.nameOf(h.countryIso2(), locale), h.startsOn(), h.endsOn());
		return new PresidencyFacts(today,
				directory.holder(RoleKind.PRO_TEMPORE_PRESIDENCY, code, today).map(json).orElse(null),
				directory.next(RoleKind.PRO_TEMPORE_PRESIDENCY, code, today).map(json).orElse(null),
				directory.troika(code, today).stream()
					.map(s -> new TroikaJson(s.seat(), s.countryIso2(), Countries.nameOf(s.countryIso2(), locale)))
					.toList());
	}

	record ProcessJson(String code, String name, String region, List<CountryJson> memberStates,
			@JsonUnwrapped PresidencyFacts presidencies) {
	}

	/** {@code today} is the conference's (its secretariat's seat); a presidency's days are both included. */
	record PresidencyFacts(LocalDate today, @Nullable PresidencyJson presidency, @Nullable PresidencyJson nextPresidency,
			List<TroikaJson> troika) {
	}

	record PresidencyJson(String iso2, String name, LocalDate startsOn, @Nullable LocalDate endsOn) {
	}

	record TroikaJson(String seat, String iso2, String name) {
	}

	record CountryJson(String iso2, String name) {
	}
}
