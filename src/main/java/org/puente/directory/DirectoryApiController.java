package org.puente.directory;

import org.springframework.web.bind.annotation.RequestParam;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.puente.web.Paging;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

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
	@Operation(operationId = "listProcesses", summary = "The two conferences with their names in four languages and their member states")
	ResponseEntity<List<ProcessJson>> processes(@RequestParam(required = false) @Nullable String page, @RequestParam(required = false) @Nullable String size, Locale locale) {
		return Paging.of(page, size).answer(directory.processes()
			.stream()
			// the region in the caller's words, as the directory page says it (walk 19: "Norte y Centroamérica" to a
			// Portuguese caller); the reference data's Spanish when the bundles lack it
			.map(p -> new ProcessJson(p.code(), p.name(locale),
					messages.getMessage("directory.region." + p.code(), null, p.region(), locale), p.memberStates()
				.stream()
				.map(iso -> new CountryJson(iso, Countries.nameOf(iso, locale)))
				.toList()))
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

	record ProcessJson(String code, String name, String region, List<CountryJson> memberStates) {
	}

	record CountryJson(String iso2, String name) {
	}
}
