package org.puente.directory;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.puente.i18n.TextFolding;
import org.puente.refusal.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The directory's reading pages: the conferences and their member states, people, and roles over time. */
@Controller
class DirectoryController {

	private final Directory directory;

	DirectoryController(Directory directory) {
		this.directory = directory;
	}

	@ModelAttribute
	void names(Model model) {
		model.addAttribute("organisationNames", organisationNames());
	}

	@GetMapping("/directory")
	String overview(Model model) {
		List<ProcessSummary> processes = directory.processes();
		model.addAttribute("processes", processes);
		// each conference's presidency on its own today (its seat's day), as the agreements and the home tell it
		Map<String, LocalDate> today = todays(processes);
		model.addAttribute("presidencies", processes.stream()
			.collect(Collectors.toMap(ProcessSummary::code,
					p -> java.util.stream.Stream.of(
							directory.currentOrLatest(RoleKind.PRO_TEMPORE_PRESIDENCY, p.code(), today.get(p.code())),
							directory.next(RoleKind.PRO_TEMPORE_PRESIDENCY, p.code(), today.get(p.code())))
						.flatMap(Optional::stream)
						.toList())));
		model.addAttribute("today", today);
		model.addAttribute("organisations", directory.organisations());
		return "directory/overview";
	}

	@GetMapping("/directory/people")
	String people(@RequestParam(required = false) @Nullable String q, Model model, Locale locale) {
		String needle = q == null ? "" : fold(q);
		model.addAttribute("people", directory.people()
			.stream()
			.filter(p -> needle.isEmpty() || fold(p.fullName() + " " + (p.title() == null ? "" : p.title()) + " "
					+ (p.countryIso2() == null ? "" : Countries.nameOf(p.countryIso2(), locale))).contains(needle))
			.toList());
		model.addAttribute("q", q);
		return "directory/people";
	}

	@GetMapping("/directory/people/{id}")
	String person(@PathVariable UUID id, Model model) {
		PersonSummary person = directory.person(id).orElseThrow(() -> new NotFoundException("directory.people.notFound"));
		model.addAttribute("person", person);
		model.addAttribute("roles", directory.rolesOfPerson(id));
		return "directory/person";
	}

	@GetMapping("/directory/roles")
	String roles(@RequestParam(required = false) @Nullable String process, Model model) {
		List<RoleHolder> roles = directory.roles()
			.stream()
			.filter(r -> process == null || process.isBlank() || r.processCode().equals(process))
			.sorted(Comparator.comparing(RoleHolder::processCode)
				.thenComparing(RoleHolder::kind)
				.thenComparing(RoleHolder::startsOn, Comparator.reverseOrder()))
			.toList();
		model.addAttribute("roles", roles);
		model.addAttribute("peopleNames", directory.people()
			.stream()
			.collect(Collectors.toMap(PersonSummary::id, PersonSummary::fullName)));
		model.addAttribute("process", process);
		// held on its conference's today (its seat's day), the day the presidency and the troika are told on
		Map<String, LocalDate> today = todays(directory.processes());
		model.addAttribute("inOffice", roles.stream().filter(r -> r.heldOn(today.get(r.processCode())))
			.map(RoleHolder::id).collect(Collectors.toSet()));
		return "directory/roles";
	}

	/** Each conference's today, at its secretariat's seat ({@link Directory#today}). */
	private Map<String, LocalDate> todays(List<ProcessSummary> processes) {
		return processes.stream()
			.collect(Collectors.toMap(ProcessSummary::code, p -> directory.today(p.code())));
	}

	private Map<UUID, OrganisationSummary> organisationNames() {
		return directory.organisations()
			.stream()
			.collect(Collectors.toMap(OrganisationSummary::id, Function.identity()));
	}

	static String fold(String text) {
		return TextFolding.fold(text).strip();
	}
}
