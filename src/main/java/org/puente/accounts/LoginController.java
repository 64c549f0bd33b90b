package org.puente.accounts;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page (form login, and the OIDC button when a provider is configured). */
@Controller
class LoginController {

	private final ObjectProvider<ClientRegistrationRepository> oidc;

	LoginController(ObjectProvider<ClientRegistrationRepository> oidc) {
		this.oidc = oidc;
	}

	@GetMapping("/login")
	String login(Model model) {
		model.addAttribute("oidcEnabled", oidc.getIfAvailable() != null);
		return "accounts/login";
	}
}
