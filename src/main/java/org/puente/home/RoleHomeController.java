package org.puente.home;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.puente.accounts.AccountSummary;
import org.puente.accounts.Accounts;
import org.puente.i18n.Messages;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home a person lands on after signing in: the panels every capability has for their role. */
@Controller
class RoleHomeController {

	private final Accounts accounts;

	private final List<HomePanel> panels;

	private final MessageSource messages;

	RoleHomeController(Accounts accounts, List<HomePanel> panels, MessageSource messages) {
		this.accounts = accounts;
		this.panels = panels;
		this.messages = messages;
	}

	@GetMapping("/home")
	@PreAuthorize("isAuthenticated()")
	String home(Model model, Locale locale) {
		AccountSummary me = accounts.current().orElseThrow();
		model.addAttribute("me", me);
		model.addAttribute("panels", panels.stream()
			.flatMap(p -> p.panels(me, new Messages(messages, locale)).stream())
			.sorted(Comparator.comparingInt(HomePanel.Panel::order))
			.toList());
		return "home/home";
	}
}
