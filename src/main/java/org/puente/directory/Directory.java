package org.puente.directory;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.puente.accounts.MemberStates;
import org.puente.i18n.MultilingualText;
import org.puente.refusal.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The directory's read API for pages and for other capabilities; it gives accounts the member states an account's
 * country is chosen among.
 */
@Service
@Transactional(readOnly = true)
public class Directory implements MemberStates {

	private final ProcessRepository processes;

	private final MemberStateRepository members;

	private final OrganisationRepository organisations;

	private final PersonRepository people;

	private final RoleAssignmentRepository roles;

	private final DirectoryManagement management;

	private final Presidencies presidencies;

	Directory(ProcessRepository processes, MemberStateRepository members, OrganisationRepository organisations,
			PersonRepository people, RoleAssignmentRepository roles, DirectoryManagement management,
			Presidencies presidencies) {
		this.presidencies = presidencies;
		this.processes = processes;
		this.members = members;
		this.organisations = organisations;
		this.people = people;
		this.roles = roles;
		this.management = management;
	}

	public List<ProcessSummary> processes() {
		return processes.findAll(org.springframework.data.domain.Sort.by("code")).stream().map(this::summary).toList();
	}

	public Optional<ProcessSummary> process(String code) {
		return processes.findById(code).map(this::summary);
	}

	/** The conferences a country belongs to (a country may belong to none, e.g. an observer state). */
	public List<String> processesOf(String iso2) {
		return members.findByIso2(iso2).stream().map(MemberState::getProcessCode).sorted().toList();
	}

	public List<String> allMemberStates() {
		return members.findAll().stream().map(MemberState::getIso2).distinct().sorted().toList();
	}

	@Override
	public List<String> memberStates(@Nullable String processCode, Locale locale) {
		List<MemberState> states = processCode == null || processCode.isBlank() ? members.findAll()
				: members.findByProcessCode(processCode);
		return new Countries().sortedByName(states.stream().map(MemberState::getIso2).distinct().toList(), locale);
	}

	@Override
	public String languageOf(@Nullable String iso2) {
		return Countries.languageOf(iso2);
	}

	public List<OrganisationSummary> organisations() {
		return organisations.findAll(org.springframework.data.domain.Sort.by("kind", "code"))
			.stream()
			.map(OrganisationSummary::of)
			.toList();
	}

	public Optional<OrganisationSummary> organisation(UUID id) {
		return organisations.findById(id).map(OrganisationSummary::of);
	}

	public Optional<OrganisationSummary> organisation(String code) {
		return organisations.findByCode(code).map(OrganisationSummary::of);
	}

	public List<PersonSummary> people() {
		return people.findAllByOrderByFullName().stream().map(PersonSummary::of).toList();
	}

	public Optional<PersonSummary> person(UUID id) {
		return people.findById(id).map(PersonSummary::of);
	}

	public List<PersonSummary> peopleOf(UUID organisationId) {
		return people.findByOrganisationIdOrderByFullName(organisationId).stream().map(PersonSummary::of).toList();
	}

	public List<PersonSummary> peopleOfCountry(String iso2) {
		return people.findByCountryIso2OrderByFullName(iso2).stream().map(PersonSummary::of).toList();
	}

	public List<RoleHolder> roles() {
		return roles.findAllByOrderByProcessCodeAscKindAscStartsOnDesc().stream().map(RoleHolder::of).toList();
	}

	/** The roles of one kind a country held or holds (its pro tempore presidencies…), by conference, latest first. */
	public List<RoleHolder> rolesOfCountry(RoleKind kind, String iso2) {
		return roles.findByKindAndCountryIso2OrderByProcessCodeAscStartsOnDesc(kind, iso2).stream().map(RoleHolder::of)
			.toList();
	}

	public List<RoleHolder> rolesOfPerson(UUID personId) {
		return roles.findByPersonId(personId).stream().map(RoleHolder::of).toList();
	}

	/** Who held a role of a conference on a given day: "who was PPT of the CSM on 8 June 2017?". */
	public List<RoleHolder> holders(RoleKind kind, String processCode, LocalDate day) {
		return presidencies.holders(kind, processCode, day);
	}

	/** The holder on that day ({@link Presidencies#holder}), or else the latest one recorded before it (the directory may lag behind). */
	public Optional<RoleHolder> currentOrLatest(RoleKind kind, String processCode, LocalDate day) {
		return presidencies.currentOrLatest(kind, processCode, day);
	}

	/** The one holder on that day ({@link Presidencies#holder}), for the directory's pages: they go through this door. */
	public Optional<RoleHolder> holder(RoleKind kind, String processCode, LocalDate day) {
		return presidencies.holder(kind, processCode, day);
	}

	/** The conference's today, at its secretariat's seat ({@link Presidencies#today}). */
	public LocalDate today(String processCode) {
		return presidencies.today(processCode);
	}

	/** The conference's troika on a day ({@link Presidencies#troika}). */
	public List<Presidencies.TroikaSeat> troika(String processCode, LocalDate day) {
		return presidencies.troika(processCode, day);
	}

	/**
	 * The holder recorded to take the role up after {@code day}, the soonest: a presidency handed over for the coming
	 * year is recorded ahead of it (walk 19), and the directory names it beside the current (or latest) one.
	 */
	public Optional<RoleHolder> next(RoleKind kind, String processCode, LocalDate day) {
		return presidencies.next(kind, processCode, day);
	}

	// The directory's own edit pages: what a form starts from, and the saves (authorised and audited by
	// DirectoryManagement), so that its controllers have this one door and never a repository.

	PersonForm personForm(UUID id) {
		return PersonForm.of(people.findById(id).orElseThrow(() -> new NotFoundException("directory.people.notFound")));
	}

	OrganisationForm organisationForm(UUID id) {
		return OrganisationForm.of(organisations.findById(id)
			.orElseThrow(() -> new NotFoundException("directory.organisations.notFound")));
	}

	RoleForm roleForm(UUID id) {
		return RoleForm.of(roles.findById(id).orElseThrow(() -> new NotFoundException("directory.roles.notFound")));
	}

	@Transactional
	UUID savePerson(@Nullable UUID id, PersonForm form) {
		return management.savePerson(id, form);
	}

	@Transactional
	UUID saveOrganisation(@Nullable UUID id, OrganisationForm form) {
		return management.saveOrganisation(id, form);
	}

	@Transactional
	UUID saveRole(@Nullable UUID id, RoleForm form) {
		return management.saveRole(id, form);
	}

	private ProcessSummary summary(ConferenceProcess p) {
		MultilingualText n = p.names();
		return new ProcessSummary(p.getCode(), n.es(), n.en(), n.pt(), n.fr(), p.getRegion(), members.findByProcessCode(p.getCode()).stream().map(MemberState::getIso2).sorted()
					.toList());
	}
}
