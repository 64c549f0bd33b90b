package org.puente.accounts;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page (form login, and the OIDC button when a provider is configured). */
@Controller
class LoginController {

	private final ObjectProvider<ClientRegistrationRepository> oidc;

	LoginController(ObjectProvider<ClientRegistrationRepository> oidc) {
		this.oidc = oidc;
	}

	/** @param wait seconds to wait after too many failed tries (see {@link SignInThrottle}); anything else is ignored */
	@GetMapping("/login")
	String login(@RequestParam(required = false) @Nullable String wait, Model model) {
		model.addAttribute("oidcEnabled", oidc.getIfAvailable() != null);
		model.addAttribute("waitSeconds", wait != null && wait.matches("[0-9]{1,4}") ? Integer.valueOf(wait) : null);
		return "accounts/login";
	}
}
