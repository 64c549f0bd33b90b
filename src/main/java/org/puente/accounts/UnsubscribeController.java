package org.puente.accounts;

import java.util.UUID;

import org.puente.refusal.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The one-click unsubscribe of a mail (RFC 8058), without signing in: a mail program POSTs to the List-Unsubscribe
 * address ("List-Unsubscribe=One-Click") and the mail is switched off; a person who opens the address gets a page
 * with a button that does the same, so that a link scanner that only reads it switches nothing off. The choice shows
 * on the account page, where it can be switched on again.
 */
@Controller
class UnsubscribeController {

	private static final String PATH = "/unsubscribe/{kind}/{account}/{signature}";

	private final Accounts accounts;

	UnsubscribeController(Accounts accounts) {
		this.accounts = accounts;
	}

	@GetMapping(PATH)
	String confirm(@PathVariable String kind, @PathVariable String account, @PathVariable String signature,
			Model model) {
		return page(kind, account, signature, model, false);
	}

	@PostMapping(PATH)
	String unsubscribe(@PathVariable String kind, @PathVariable String account, @PathVariable String signature,
			Model model) {
		return page(kind, account, signature, model, true);
	}

	/** An address not signed by Puente is one it does not know: 404, as any unknown address. */
	private String page(String kind, String account, String signature, Model model, boolean switchOff) {
		MailChoice choice = MailChoice.byPath(kind).orElseThrow(() -> new NotFoundException("accounts.unsubscribe.notFound"));
		UUID id = uuid(account);
		if (switchOff) {
			accounts.unsubscribe(choice, id, signature);
		}
		model.addAttribute("choice", choice.key());
		model.addAttribute("anchor", choice.path());
		model.addAttribute("receiving", accounts.receives(choice, id, signature));
		model.addAttribute("action", accounts.unsubscribePath(choice, id));
		return "accounts/unsubscribe";
	}

	private static UUID uuid(String account) {
		try {
			return UUID.fromString(account);
		}
		catch (IllegalArgumentException ex) {
			throw new NotFoundException("accounts.unsubscribe.notFound");
		}
	}
}
