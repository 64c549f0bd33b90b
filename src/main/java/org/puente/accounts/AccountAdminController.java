package org.puente.accounts;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.puente.web.EditConflict;
import org.puente.web.FormSubmission;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators create accounts, give them a role, conference or country, and lift sign-in delays. */
@Controller
class AccountAdminController {

	private static final String FORM = "accounts/form";

	private final Accounts accounts;

	private final AccountConflicts conflicts;

	AccountAdminController(Accounts accounts, AccountConflicts conflicts) {
		this.accounts = accounts;
		this.conflicts = conflicts;
	}

	@ModelAttribute("roles")
	Role[] roles() {
		return Role.values();
	}

	@GetMapping("/admin/accounts")
	String list(Model model) {
		var all = accounts.all();
		model.addAttribute("accounts", all);
		model.addAttribute("delayed", all.stream()
			.filter(a -> accounts.signInDelayed(a.getUsername()) || accounts.signInDelayed(a.getEmail()))
			.map(Account::getId)
			.collect(java.util.stream.Collectors.toSet()));
		return "accounts/list";
	}

	@GetMapping({ "/admin/accounts/new", "/admin/accounts/{id}" })
	String edit(@PathVariable(required = false) @Nullable UUID id, Model model, Locale locale) {
		String view = FormSubmission.show(model, FORM, "accountId", id, AccountForm::blank,
				existing -> AccountForm.of(accounts.existing(existing)));
		offerCountries(model, (AccountForm) model.getAttribute("form"), locale);
		return view;
	}

	@PostMapping("/admin/accounts")
	String create(@Valid @ModelAttribute("form") AccountForm form, BindingResult errors, Model model,
			RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
		form.checkCountry(offerCountries(model, form, locale), errors);
		return FormSubmission.handle(errors, response, FORM, redirect, "accounts.save.success", () -> {
			accounts.save(null, form);
			return "/admin/accounts";
		});
	}

	@PostMapping("/admin/accounts/{id}")
	String save(@PathVariable UUID id, @Valid @ModelAttribute("form") AccountForm form, BindingResult errors,
			EditConflict.Answer answer, Model model, RedirectAttributes redirect, HttpServletResponse response,
			Locale locale) {
		accounts.existing(id);
		model.addAttribute("accountId", id);
		form.checkCountry(offerCountries(model, form, locale), errors);
		// another administrator (or the person, choosing a language) saved the account meanwhile: theirs beside what
		// was typed, field by field, and saving again keeps theirs unless told otherwise (EditConflict)
		return FormSubmission.edit(errors, response, model, () -> FORM, redirect, "accounts.save.success",
				new EditConflict.Edit<>(form, form.version(), answer, () -> conflicts.stored(id),
						conflicts.fields(locale)),
				saving -> {
					// the password typed is never shown again, nor compared: the one sent now is the one to set
					accounts.save(id, saving.form().withPassword(form.password()));
					return "/admin/accounts";
				});
	}

	/** Puts the countries the form offers in the model and returns the member states among them. */
	private List<String> offerCountries(Model model, AccountForm form, Locale locale) {
		List<String> memberStates = accounts.memberStates(form.processCode(), locale);
		model.addAttribute("countryCodes", form.countryChoices(memberStates));
		return memberStates;
	}

	@PostMapping("/admin/accounts/{id}/unlock")
	String unlock(@PathVariable UUID id, RedirectAttributes redirect) {
		accounts.existing(id);
		accounts.unlock(id);
		return FormSubmission.redirect(redirect, "accounts.unlock.success", "/admin/accounts");
	}
}
