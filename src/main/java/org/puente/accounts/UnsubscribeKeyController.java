package org.puente.accounts;

import jakarta.servlet.http.HttpServletResponse;
import org.puente.web.FormSubmission;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An administrator replaces the key of the mails' one-click unsubscribe links, when it may have leaked (a database
 * copy lost, a backup read by someone it should not have been): every link in the mails sent so far stops working, on
 * every node at once, and the mails sent from then on carry new ones. The page is the confirmation: it says what
 * replacing does before its button. Only administrators reach /admin/ (SecurityConfiguration); the replacement is
 * audited.
 */
@Controller
class UnsubscribeKeyController {

	private static final String PAGE = "/admin/mail-links";

	private final Accounts accounts;

	UnsubscribeKeyController(Accounts accounts) {
		this.accounts = accounts;
	}

	@GetMapping(PAGE)
	String show(Model model) {
		model.addAttribute("key", accounts.unsubscribeKey());
		return "accounts/mail-links";
	}

	/**
	 * Replaces the key the page showed ({@code generation}); a replacement in between is a 409 that says so and
	 * replaces nothing again (the links it withdrew stay told apart from unknown ones). It does not say who: it may be
	 * another administrator, or the same one's second click. A POST without the generation is a 400 (ErrorPages), not
	 * a guess of generation 0 that would answer 409 for the wrong reason.
	 */
	@PostMapping(PAGE)
	String replace(@RequestParam int generation, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		if (accounts.replaceUnsubscribeKey(generation)) {
			return FormSubmission.redirect(redirect, "mailLinks.replaced", PAGE);
		}
		response.setStatus(HttpStatus.CONFLICT.value());
		model.addAttribute("replacedMeanwhile", true);
		return show(model);
	}
}
