package org.puente.directory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.puente.web.FormSubmission;
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

	DirectoryEditController(Directory directory, Clock clock) {
		this.directory = directory;
		this.clock = clock;
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
			BindingResult errors, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		model.addAttribute("personId", id);
		return FormSubmission.handle(errors, response, PERSON_FORM, redirect, "directory.people.save.success",
				() -> "/directory/people/" + directory.savePerson(id, form));
	}

	@GetMapping({ "/directory/organisations/new", "/directory/organisations/{id}/edit" })
	String editOrganisation(@PathVariable(required = false) @Nullable UUID id, Model model) {
		return FormSubmission.show(model, ORGANISATION_FORM, "organisationId", id, OrganisationForm::blank,
				directory::organisationForm);
	}

	@PostMapping({ "/directory/organisations", "/directory/organisations/{id}" })
	String saveOrganisation(@PathVariable(required = false) @Nullable UUID id,
			@Valid @ModelAttribute("form") OrganisationForm form, BindingResult errors, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		model.addAttribute("organisationId", id);
		return FormSubmission.handle(errors, response, ORGANISATION_FORM, redirect,
				"directory.organisations.save.success", () -> {
					directory.saveOrganisation(id, form);
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
			BindingResult errors, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		model.addAttribute("roleId", id);
		return FormSubmission.handle(errors, response, ROLE_FORM, redirect, "directory.roles.save.success", () -> {
			directory.saveRole(id, form);
			return "/directory/roles";
		});
	}
}
