package org.puente.accounts;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.puente.refusal.NotFoundException;
import org.springframework.http.HttpStatus;
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
			Model model, HttpServletResponse response) {
		return page(kind, account, signature, model, false, response);
	}

	@PostMapping(PATH)
	String unsubscribe(@PathVariable String kind, @PathVariable String account, @PathVariable String signature,
			Model model, HttpServletResponse response) {
		return page(kind, account, signature, model, true, response);
	}

	/**
	 * An address not signed by Puente is one it does not know: 404, as any unknown address. One signed with the key an
	 * administrator replaced since is a link of an older mail: 410, with the way to switch the mail off that still
	 * works (the account page), and nothing switched off.
	 */
	private String page(String kind, String account, String signature, Model model, boolean switchOff,
			HttpServletResponse response) {
		MailChoice choice = MailChoice.byPath(kind).orElseThrow(() -> new NotFoundException("accounts.unsubscribe.notFound"));
		UUID id = uuid(account);
		model.addAttribute("choice", choice.key());
		model.addAttribute("anchor", choice.path());
		if (accounts.unsubscribeWithdrawn(choice, id, signature)) {
			response.setStatus(HttpStatus.GONE.value());
			return "accounts/unsubscribe-withdrawn";
		}
		if (switchOff) {
			accounts.unsubscribe(choice, id, signature);
		}
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
