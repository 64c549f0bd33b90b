package org.puente.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
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

	private static final String TYPED_NAME = LoginController.class.getName() + ".typedName";

	private final ObjectProvider<ClientRegistrationRepository> oidc;

	LoginController(ObjectProvider<ClientRegistrationRepository> oidc) {
		this.oidc = oidc;
	}

	/** @param wait seconds to wait after too many failed tries (see {@link SignInThrottle}); anything else is ignored */
	@GetMapping("/login")
	String login(@RequestParam(required = false) @Nullable String wait,
			@RequestParam(required = false) @Nullable String error, Model model, HttpServletRequest request) {
		// A refused sign-in comes back by a redirect (a GET), which the web module's RefusedFormTitle cannot tell
		// from a first visit: say it here, so its title starts with "Error:" as every refused form's (walk13 #18).
		if (error != null || wait != null) {
			model.addAttribute("refusedForm", true);
		}
		model.addAttribute("oidcEnabled", oidc.getIfAvailable() != null);
		model.addAttribute("waitSeconds", wait != null && wait.matches("[0-9]{1,4}") ? Integer.valueOf(wait) : null);
		model.addAttribute("typedName", typedName(request));
		return "accounts/login";
	}

	/**
	 * A refused sign-in redirects to an empty form: the name typed came back empty, to be typed again (walk of 5
	 * December, evening). It is kept in the session for the one page that follows; the password never is.
	 */
	static void keepTypedName(HttpServletRequest request) {
		String name = request.getParameter("username");
		if (name != null && !name.isBlank() && name.length() <= 254) {
			request.getSession().setAttribute(TYPED_NAME, name.strip());
		}
	}

	private static @Nullable String typedName(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session == null || !(session.getAttribute(TYPED_NAME) instanceof String name)) {
			return null;
		}
		session.removeAttribute(TYPED_NAME);
		return name;
	}
}
