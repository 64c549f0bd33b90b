package org.puente.accounts;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.puente.refusal.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The one-click unsubscribe of a mail (RFC 8058), without signing in: a mail program POSTs to the List-Unsubscribe
 * address ("List-Unsubscribe=One-Click") and the mail is switched off; a person who opens the address gets a page
 * with a button that does the same, so that a link scanner that only reads it switches nothing off. The page then
 * says what stopped, in the mail's language (its address names it), with an undo ({@code again}). A kind of mail
 * ({@link MailChoice}) shows on the account page too, where it can be switched on again; the mails of something
 * followed ({@link Follows}: a meeting, an agreement) stop by no longer following it.
 */
@Controller
class UnsubscribeController {

	private static final String PATH = "/unsubscribe/{kind}/{account}/{signature}";

	private static final String FOLLOW_PATH = "/unsubscribe/{kind}/{account}/{subject}/{signature}";

	private final Accounts accounts;

	private final List<Follows> follows;

	private final MessageSource messages;

	UnsubscribeController(Accounts accounts, List<Follows> follows, MessageSource messages) {
		this.accounts = accounts;
		this.follows = follows;
		this.messages = messages;
	}

	@GetMapping(PATH)
	String confirm(@PathVariable String kind, @PathVariable String account, @PathVariable String signature,
			Model model, HttpServletResponse response, Locale locale) {
		return page(kind, account, signature, model, null, response, locale);
	}

	@PostMapping(PATH)
	String unsubscribe(@PathVariable String kind, @PathVariable String account, @PathVariable String signature,
			@RequestParam(defaultValue = "false") boolean again, Model model, HttpServletResponse response,
			Locale locale) {
		return page(kind, account, signature, model, again, response, locale);
	}

	@GetMapping(FOLLOW_PATH)
	String confirmUnfollow(@PathVariable String kind, @PathVariable String account, @PathVariable String subject,
			@PathVariable String signature, Model model, HttpServletResponse response, Locale locale) {
		return followPage(kind, account, subject, signature, null, "", model, response, locale);
	}

	@PostMapping(FOLLOW_PATH)
	String unfollow(@PathVariable String kind, @PathVariable String account, @PathVariable String subject,
			@PathVariable String signature, @RequestParam(defaultValue = "false") boolean again,
			@RequestParam(defaultValue = "") String restore, Model model, HttpServletResponse response,
			Locale locale) {
		return followPage(kind, account, subject, signature, again, restore, model, response, locale);
	}

	/**
	 * An address not signed by Puente is one it does not know: 404, as any unknown address. One signed with the key an
	 * administrator replaced since is a link of an older mail: 410, with the way to switch the mail off that still
	 * works (the account page), and nothing switched off. {@code again} null: the page only asks.
	 */
	private String page(String kind, String account, String signature, Model model, Boolean again,
			HttpServletResponse response, Locale locale) {
		MailChoice choice = MailChoice.byPath(kind).orElseThrow(() -> new NotFoundException("accounts.unsubscribe.notFound"));
		UUID id = uuid(account);
		String what = text("unsubscribe." + choice.key(), locale);
		model.addAttribute("what", what);
		model.addAttribute("anchor", choice.path());
		if (accounts.unsubscribeWithdrawn(choice, id, signature)) {
			response.setStatus(HttpStatus.GONE.value());
			return "accounts/unsubscribe-withdrawn";
		}
		if (again != null) {
			accounts.unsubscribe(choice, id, signature, again);
		}
		model.addAttribute("receiving", accounts.receives(choice, id, signature));
		model.addAttribute("restored", Boolean.TRUE.equals(again));
		model.addAttribute("action", accounts.unsubscribePath(choice, id));
		return "accounts/unsubscribe";
	}

	/** As {@link #page}, for the mails of something followed: they stop by no longer following it. */
	private String followPage(String kind, String account, String subject, String signature, Boolean again,
			String restore, Model model, HttpServletResponse response, Locale locale) {
		Follows followed = follows.stream().filter(f -> f.kind().equals(kind)).findFirst()
			.orElseThrow(() -> new NotFoundException("accounts.unsubscribe.notFound"));
		UUID id = uuid(account);
		UUID what = uuid(subject);
		if (accounts.unfollowWithdrawn(kind, id, what, signature)) {
			response.setStatus(HttpStatus.GONE.value());
			model.addAttribute("what", followed.named(what, locale).map(Follows.Named::notices)
				.orElse(text("unsubscribe.follows.gone", locale)));
			model.addAttribute("page", followed.path(what));
			return "accounts/unsubscribe-withdrawn";
		}
		AccountSummary follower = accounts.signedFollower(kind, id, what, signature);
		// a deleted meeting or agreement: nothing to stop any more, as an unknown address
		Follows.Named named = followed.named(what, locale)
			.orElseThrow(() -> new NotFoundException("accounts.unsubscribe.notFound"));
		if (Boolean.TRUE.equals(again)) {
			followed.followAgain(follower, what, restore);
		}
		else if (Boolean.FALSE.equals(again)) {
			model.addAttribute("restore", followed.unfollow(follower, what));
		}
		model.addAttribute("what", named.notices());
		model.addAttribute("why", text("unsubscribe.follows.why", locale, named.title()));
		model.addAttribute("receiving", followed.follows(id, what));
		model.addAttribute("restored", Boolean.TRUE.equals(again));
		model.addAttribute("action", accounts.unfollowPath(kind, id, what));
		model.addAttribute("page", followed.path(what));
		model.addAttribute("followed", named.title());
		return "accounts/unsubscribe";
	}

	private String text(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}

	private static UUID uuid(String id) {
		try {
			return UUID.fromString(id);
		}
		catch (IllegalArgumentException ex) {
			throw new NotFoundException("accounts.unsubscribe.notFound");
		}
	}
}
