package org.puente.directory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.ToLongFunction;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.puente.audit.AuditTrail;
import org.puente.audit.AuditedEntity;
import org.puente.web.EditConflict;
import org.puente.web.FormSubmission;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Secretariats add and correct people and roles. A refused save shows the same form again with what was typed,
 * the reason in the reader's language, and a status that says what happened (422 invalid, 409 conflict).
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT')")
class DirectoryEditController {

	private static final String PERSON_FORM = "directory/person-form";

	private static final String ROLE_FORM = "directory/role-form";

	private static final String ORGANISATION_FORM = "directory/organisation-form";

	private final Directory directory;

	private final Clock clock;

	private final AuditTrail audit;

	private final MessageSource messages;

	DirectoryEditController(Directory directory, Clock clock, AuditTrail audit, MessageSource messages) {
		this.directory = directory;
		this.clock = clock;
		this.audit = audit;
		this.messages = messages;
	}

	@ModelAttribute
	void choices(Model model, Locale locale) {
		model.addAttribute("organisations", directory.organisations());
		model.addAttribute("countryCodes", new Countries().sortedByName(directory.allMemberStates(), locale));
		model.addAttribute("peopleChoices", directory.people());
		model.addAttribute("roleKinds", RoleKind.values());
		model.addAttribute("organisationKinds", OrganisationKind.values());
	}

	@GetMapping({ "/directory/people/new", "/directory/people/{id}/edit" })
	String editPerson(@PathVariable(required = false) @Nullable UUID id, Model model) {
		return FormSubmission.show(model, PERSON_FORM, "personId", id, PersonForm::blank, directory::personForm);
	}

	@PostMapping({ "/directory/people", "/directory/people/{id}" })
	String savePerson(@PathVariable(required = false) @Nullable UUID id, @Valid @ModelAttribute("form") PersonForm form,
			BindingResult errors, EditConflict.Answer answer, Model model, RedirectAttributes redirect,
			HttpServletResponse response, Locale locale) {
		model.addAttribute("personId", id);
		if (id == null) {
			return FormSubmission.handle(errors, response, PERSON_FORM, redirect, "directory.people.save.success",
					() -> "/directory/people/" + directory.savePerson(null, form));
		}
		return FormSubmission.edit(errors, response, model, () -> PERSON_FORM, redirect,
				"directory.people.save.success",
				new EditConflict.Edit<>(form, form.version(), answer, () -> stored(AuditedEntity.PERSON, id,
						directory.personForm(id), PersonForm::version), fields(PERSON_FIELDS, locale)),
				saving -> "/directory/people/" + directory.savePerson(id, saving.form()));
	}

	@GetMapping({ "/directory/organisations/new", "/directory/organisations/{id}/edit" })
	String editOrganisation(@PathVariable(required = false) @Nullable UUID id, Model model) {
		return FormSubmission.show(model, ORGANISATION_FORM, "organisationId", id, OrganisationForm::blank,
				directory::organisationForm);
	}

	@PostMapping({ "/directory/organisations", "/directory/organisations/{id}" })
	String saveOrganisation(@PathVariable(required = false) @Nullable UUID id,
			@Valid @ModelAttribute("form") OrganisationForm form, BindingResult errors, Model model,
			EditConflict.Answer answer, RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
		model.addAttribute("organisationId", id);
		if (id == null) {
			return FormSubmission.handle(errors, response, ORGANISATION_FORM, redirect,
					"directory.organisations.save.success", () -> {
						directory.saveOrganisation(null, form);
						return "/directory";
					});
		}
		return FormSubmission.edit(errors, response, model, () -> ORGANISATION_FORM, redirect,
				"directory.organisations.save.success",
				new EditConflict.Edit<>(form, form.version(), answer, () -> stored(AuditedEntity.ORGANISATION, id,
						directory.organisationForm(id), OrganisationForm::version),
						fields(ORGANISATION_FIELDS, locale)),
				saving -> {
					directory.saveOrganisation(id, saving.form());
					return "/directory";
				});
	}

	@GetMapping({ "/directory/roles/new", "/directory/roles/{id}/edit" })
	String editRole(@PathVariable(required = false) @Nullable UUID id, Model model) {
		return FormSubmission.show(model, ROLE_FORM, "roleId", id, () -> RoleForm.startingOn(LocalDate.now(clock)),
				directory::roleForm);
	}

	@PostMapping({ "/directory/roles", "/directory/roles/{id}" })
	String saveRole(@PathVariable(required = false) @Nullable UUID id, @Valid @ModelAttribute("form") RoleForm form,
			BindingResult errors, EditConflict.Answer answer, Model model, RedirectAttributes redirect,
			HttpServletResponse response, Locale locale) {
		model.addAttribute("roleId", id);
		if (id == null) {
			return FormSubmission.handle(errors, response, ROLE_FORM, redirect, "directory.roles.save.success",
					() -> {
						directory.saveRole(null, form);
						return "/directory/roles";
					});
		}
		return FormSubmission.edit(errors, response, model, () -> ROLE_FORM, redirect, "directory.roles.save.success",
				new EditConflict.Edit<>(form, form.version(), answer, () -> stored(AuditedEntity.ROLE_ASSIGNMENT, id,
						directory.roleForm(id), RoleForm::version), fields(ROLE_FIELDS, locale)),
				saving -> {
					directory.saveRole(id, saving.form());
					return "/directory/roles";
				});
	}

	// The fields a person edits on each form, by their labels: what a conflict compares and shows.

	private static final Map<String, String> PERSON_FIELDS = EditConflict.labels("directory.field.", "fullName",
			"title", "organisationId=organisation", "countryIso2=country", "languages=languagesCodes", "email", "phone",
			"notes");

	private static final Map<String, String> ORGANISATION_FIELDS = EditConflict.labels("directory.field.", "kind",
			"processCode=process", "name.es=nameEs", "name.en=nameEn", "name.pt=namePt", "name.fr=nameFr");

	private static final Map<String, String> ROLE_FIELDS = EditConflict.labels("directory.field.", "kind=role",
			"processCode=process", "countryIso2=country", "personId=person", "organisationId=organisation", "topic",
			"seat", "startsOn", "endsOn");

	/** The record as stored now, with who saved it last and when. */
	private <F> EditConflict.Stored<F> stored(AuditedEntity entity, UUID id, F form, ToLongFunction<F> version) {
		return audit.lastChange(entity, id,
				(by, at) -> new EditConflict.Stored<>(form, version.applyAsLong(form), by, at));
	}

	/** How the directory's values read on a conflict: names rather than ids and codes, in the reader's language. */
	private <F extends Record> EditConflict.Fields<F> fields(Map<String, String> labels, Locale locale) {
		return new EditConflict.Fields<>(labels, (field, value) -> shown(field, value, locale));
	}

	private String shown(String field, @Nullable Object value, Locale locale) {
		if (value instanceof UUID uuid && field.equals("organisationId")) {
			return directory.organisations().stream().filter(o -> o.id().equals(uuid)).map(o -> o.name(locale))
				.findFirst().orElse(uuid.toString());
		}
		if (value instanceof UUID uuid && field.equals("personId")) {
			return directory.people().stream().filter(p -> p.id().equals(uuid)).map(PersonSummary::fullName)
				.findFirst().orElse(uuid.toString());
		}
		if (value instanceof String code && field.equals("countryIso2") && code.length() == 2) {
			return Countries.nameOf(code, locale);
		}
		if (value instanceof OrganisationKind kind) {
			return messages.getMessage("directory.kind." + kind, null, kind.name(), locale);
		}
		if (value instanceof RoleKind kind) {
			return messages.getMessage("directory.roleKind." + kind, null, kind.name(), locale);
		}
		return EditConflict.plain(value);
	}
}
