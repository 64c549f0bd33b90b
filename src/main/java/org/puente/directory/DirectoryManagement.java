package org.puente.directory;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.puente.audit.AuditedEntity;
import org.puente.audit.AuditedChange;
import org.puente.refusal.NotFoundException;
import org.puente.refusal.RefusalKind;
import org.puente.refusal.RefusedException;
import org.puente.refusal.SeenVersion;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Changes to the directory: each one authorised, audited and refused whole when it breaks a rule. */
@Service
class DirectoryManagement {

	private final PersonRepository people;

	private final RoleAssignmentRepository roles;

	private final OrganisationRepository organisations;

	private final ApplicationEventPublisher events;

	DirectoryManagement(PersonRepository people, RoleAssignmentRepository roles, OrganisationRepository organisations,
			ApplicationEventPublisher events) {
		this.people = people;
		this.roles = roles;
		this.organisations = organisations;
		this.events = events;
	}

	@PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT')")
	@Transactional
	UUID savePerson(@Nullable UUID id, PersonForm form) {
		if (form.email() != null && !form.email().isBlank()) {
			people.findByEmail(form.email().strip())
				.filter(other -> !other.getId().equals(id))
				.ifPresent(other -> {
					throw new RefusedException(RefusalKind.CONFLICT, "directory.people.duplicateEmail",
							form.email());
				});
		}
		Person person;
		PersonSummary before = null;
		if (id == null) {
			person = new Person(form.fullName());
		}
		else {
			person = people.findById(id).orElseThrow(() -> new NotFoundException("directory.people.notFound"));
			SeenVersion.require(form.version(), person.getVersion(), Person.class, id);
			before = PersonSummary.of(person);
		}
		form.applyTo(person);
		people.saveAndFlush(person);
		events.publishEvent(new DirectoryEvents.PersonSaved(person.getId(), AuditedChange
			.saved(id == null, AuditedEntity.PERSON, person.getId(), person.getFullName()).before(before)
			.after(PersonSummary.of(person)).inPublic(true)));
		return person.getId();
	}

	@PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT')")
	@Transactional
	UUID saveOrganisation(@Nullable UUID id, OrganisationForm form) {
		organisations.findByCode(form.code())
			.filter(other -> !other.getId().equals(id))
			.ifPresent(other -> {
				throw new RefusedException(RefusalKind.CONFLICT, "directory.organisations.duplicateCode", form.code());
			});
		String process = form.processCode() == null || form.processCode().isBlank() ? null : form.processCode();
		Organisation organisation;
		OrganisationSummary before = null;
		if (id == null) {
			organisation = new Organisation(form.code(), form.kind(), process, form.names());
		}
		else {
			organisation = organisations.findById(id)
				.orElseThrow(() -> new NotFoundException("directory.organisations.notFound"));
			SeenVersion.require(form.version(), organisation.getVersion(), Organisation.class, id);
			before = OrganisationSummary.of(organisation);
			organisation.rename(form.names());
			organisation.reclassify(form.kind(), process);
		}
		organisations.saveAndFlush(organisation);
		events.publishEvent(new DirectoryEvents.OrganisationSaved(organisation.getId(), AuditedChange
			.saved(id == null, AuditedEntity.ORGANISATION, organisation.getId(), organisation.getCode()).before(before)
			.after(OrganisationSummary.of(organisation)).inPublic(true)));
		return organisation.getId();
	}

	/** A secretariat records roles of its own conference only; administrators of both. */
	@PreAuthorize("hasRole('ADMIN') or (hasRole('SECRETARIAT') and hasAuthority('PROCESS_' + #form.processCode()))")
	@Transactional
	UUID saveRole(@Nullable UUID id, RoleForm form) {
		RoleAssignment role;
		RoleHolder before = null;
		if (id == null) {
			role = new RoleAssignment(form.kind(), form.processCode(),
					java.util.Objects.requireNonNull(form.startsOn()));
		}
		else {
			role = roles.findById(id).orElseThrow(() -> new NotFoundException("directory.roles.notFound"));
			SeenVersion.require(form.version(), role.getVersion(), RoleAssignment.class, id);
			before = RoleHolder.of(role);
		}
		form.applyTo(role);
		roles.saveAndFlush(role);
		events.publishEvent(new DirectoryEvents.RoleAssigned(role.getId(), AuditedChange
			.saved(id == null, AuditedEntity.ROLE_ASSIGNMENT, role.getId(),
					role.getKind() + " " + role.getProcessCode())
			.before(before).after(RoleHolder.of(role)).inPublic(true)));
		return role.getId();
	}
}
