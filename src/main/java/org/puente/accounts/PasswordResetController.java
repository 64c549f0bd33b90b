package org.puente.accounts;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.puente.refusal.RefusalKind;
import org.puente.refusal.RefusedException;
import org.puente.web.FormSubmission;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Forgot your password?": the person types their account's name or address and gets the same answer whether or not
 * it exists; the link in the mail opens a form to choose a new password (walk 9). Anonymous pages, never kept as
 * public pages (they hold a form and depend on the link's state).
 */
@Controller
class PasswordResetController {

	private static final String ASK = "accounts/reset-request";

	private static final String CHOOSE = "accounts/reset-choose";

	/** Each refusal of a new password and the field it is about. */
	private static final Map<String, String> FIELDS = Map.of("accounts.save.passwordTooShort", "replacement",
			"accounts.password.mismatch", "confirmation");

	private final PasswordResets resets;

	PasswordResetController(PasswordResets resets) {
		this.resets = resets;
	}

	/** How long a link works, which the pages say. */
	@ModelAttribute("minutes")
	long minutes() {
		return resets.lifetime().toMinutes();
	}

	@GetMapping("/password-reset")
	String ask() {
		return ASK;
	}

	/**
	 * The same answer, after the same time, for an account that exists as for one that does not (no account
	 * enumeration, by text or by time): the link is looked up and sent after the answer ({@link
	 * PasswordResets#issueLater}).
	 */
	@PostMapping("/password-reset")
	String request(@RequestParam(defaultValue = "") String account, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		String typed = account.strip();
		if (typed.isEmpty() || typed.length() > 254) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("accountError", "accounts.reset.blank");
			return ASK;
		}
		String client = request.getRemoteAddr();
		if (!resets.admit(typed, client)) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(PasswordResets.WINDOW.toSeconds()));
			model.addAttribute("tooMany", true);
			return ASK;
		}
		resets.issueLater(typed, client);
		model.addAttribute("sent", true);
		return ASK;
	}

	@GetMapping("/password-reset/{token}")
	String choose(@PathVariable String token, HttpServletResponse response, Model model) {
		model.addAttribute("token", token);
		return resets.holder(token).isPresent() ? CHOOSE : gone(response);
	}

	/** A refused password → the form again (422), the link still good; a link no longer good → 410. */
	@PostMapping("/password-reset/{token}")
	String reset(@PathVariable String token, @RequestParam(defaultValue = "") String replacement,
			@RequestParam(defaultValue = "") String confirmation, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		if (resets.holder(token).isEmpty()) {
			return gone(response);
		}
		model.addAttribute("token", token);
		return FormSubmission.act(response, () -> {
			String refusal = PasswordResets.refusal(replacement, confirmation);
			if (refusal != null) {
				throw new RefusedException(RefusalKind.INVALID, refusal);
			}
			if (resets.reset(token, replacement) == PasswordResets.Outcome.GONE) {
				return gone(response);
			}
			// every session of the account ended, this one included: the person signs in with the new password
			return FormSubmission.redirect(redirect, "accounts.reset.done", "/login");
		}, refusal -> {
			model.addAttribute("passwordError", refusal.messageKey());
			model.addAttribute("passwordField", FIELDS.getOrDefault(refusal.messageKey(), "replacement"));
			return CHOOSE;
		});
	}

	private static String gone(HttpServletResponse response) {
		response.setStatus(HttpStatus.GONE.value());
		return "accounts/reset-gone";
	}
}
