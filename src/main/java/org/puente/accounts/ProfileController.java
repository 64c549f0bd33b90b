package org.puente.accounts;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.puente.audit.AuditedEntity;
import org.puente.audit.AuditedChange;
import org.puente.i18n.ReaderZone;
import org.puente.i18n.ZoneNames;
import org.puente.refusal.NotFoundException;
import org.puente.refusal.RefusalKind;
import org.puente.refusal.RefusedException;
import org.puente.web.FormSubmission;
import org.puente.web.SiteAddress;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A person's own account: language, time zone, password and the private token of their calendar feed. */
@Controller
class ProfileController {

	/** Each refusal of a password change and the field it is about. */
	private static final java.util.Map<String, String> PASSWORD_FIELDS = java.util.Map.of(
			"accounts.password.wrongCurrent", "current", "accounts.save.passwordTooShort", "replacement",
			"accounts.password.mismatch", "confirmation");

	private final Accounts accounts;

	private final ApplicationEventPublisher events;

	private final SiteAddress site;

	ProfileController(Accounts accounts, ApplicationEventPublisher events,
			SiteAddress site) {
		this.site = site;
		this.accounts = accounts;
		this.events = events;
	}

	@GetMapping("/account")
	String profile(Model model, Locale locale) {
		AccountSummary me = accounts.current().orElseThrow();
		model.addAttribute("me", me);
		model.addAttribute("zones", ZoneNames.choices(accounts.memberStates(null, locale), Instant.now(), locale));
		if (!model.containsAttribute("chosenZone")) {
			model.addAttribute("chosenZone", accounts.chosenTimeZone(me.id()));
		}
		ZoneId fallback = accounts.defaultZoneOf(me.id());
		model.addAttribute("defaultZone", fallback == null ? null : ZoneNames.name(fallback, locale));
		String token = accounts.feedToken(me.id());
		model.addAttribute("feedToken", token);
		if (token != null) {
			// the full address, for calendars that ask for a URL, and its webcal:// twin that opens the calendar app
			String feed = "/calendar/private/" + token + ".ics";
			model.addAttribute("feedUrl", site.link(feed));
			model.addAttribute("feedWebcal", site.webcal(feed));
		}
		model.addAttribute("weeklyDigest", accounts.wantsWeeklyDigest(me.id()));
		// every member is told of the meetings that concern them (their conference's, country's, organisation's)
		model.addAttribute("meetingNotices", accounts.wantsMeetingNotices(me.id()));
		model.addAttribute("otherNotices", accounts.otherNotices(me.id()).entrySet().stream()
			.map(e -> new NoticeSwitch(e.getKey().path(), e.getKey().key(), e.getValue())).toList());
		return "accounts/profile";
	}

	@PostMapping("/account/password")
	String changePassword(@RequestParam String current, @RequestParam String replacement,
			@RequestParam String confirmation, Model model, RedirectAttributes redirect,
			HttpServletResponse response, Locale locale) {
		AccountSummary me = accounts.current().orElseThrow();
		// refused → the profile again with the reason (422), or the problem report for a script that asks for JSON
		return FormSubmission.act(response, () -> {
			String refusal = accounts.changePassword(me.id(), current, replacement, confirmation);
			if (refusal != null) {
				throw new RefusedException(RefusalKind.INVALID, refusal);
			}
			return FormSubmission.redirect(redirect, "accounts.password.success", "/account");
		}, refusal -> {
			model.addAttribute("passwordError", refusal.messageKey());
			// the field at fault, which the summary links to and which carries the message (walk 9): the current
			// password when it is wrong, the new one when too short, the repetition when it does not match
			model.addAttribute("passwordField", PASSWORD_FIELDS.getOrDefault(refusal.messageKey(), "current"));
			return profile(model, locale);
		});
	}

	@PostMapping("/account/feed-token")
	@Transactional
	String renewFeedToken(RedirectAttributes redirect) {
		var me = accounts.current().orElseThrow();
		boolean first = accounts.feedToken(me.id()) == null;
		accounts.renewFeedToken(me.id());
		events.publishEvent(new AccountEvents.ProfileChanged(me.id(), AuditedChange.updated(AuditedEntity.ACCOUNT,
				me.id(), first ? "Private calendar address created" : "Private calendar address renewed")));
		// only a renewal revokes an address; the first one replaces nothing
		return FormSubmission.redirect(redirect, first ? "accounts.feedToken.created" : "accounts.feedToken.renewed",
				"/account#private-calendar");
	}

	/** The weekly digest of one's due and overdue actions, on by default, can be switched off (and on again). */
	@PostMapping("/account/digest")
	String digest(@RequestParam(defaultValue = "false") boolean weeklyDigest, RedirectAttributes redirect) {
		accounts.chooseWeeklyDigest(accounts.current().orElseThrow().id(), weeklyDigest);
		return FormSubmission.redirect(redirect, weeklyDigest ? "accounts.digest.on" : "accounts.digest.off",
				"/account#digest");
	}

	/**
	 * The zone meeting times are shown in (walk 10 #7), or none for the country's or conference's; remembered in
	 * this browser at once ({@link ReaderZone}), and at each sign-in. A zone not in the list is refused at its field.
	 */
	@PostMapping("/account/time-zone")
	String timeZone(@RequestParam(defaultValue = "") String timeZone, Model model, RedirectAttributes redirect,
			HttpServletRequest request, HttpServletResponse response, Locale locale) {
		AccountSummary me = accounts.current().orElseThrow();
		return FormSubmission.act(response, () -> {
			AccountSummary saved = accounts.chooseTimeZone(me.id(), timeZone);
			ReaderZone.remember(request, response, saved.zone());
			return FormSubmission.redirect(redirect, "accounts.timeZone.saved", "/account#time-zone");
		}, refusal -> {
			model.addAttribute("zoneError", refusal.messageKey());
			model.addAttribute("chosenZone", timeZone);
			return profile(model, locale);
		});
	}

	/** The notices of the meetings that concern the member (not those they follow), on by default, can be switched off. */
	@PostMapping("/account/meeting-notices")
	String meetingNotices(@RequestParam(defaultValue = "false") boolean meetingNotices, RedirectAttributes redirect) {
		accounts.chooseMeetingNotices(accounts.current().orElseThrow().id(), meetingNotices);
		return FormSubmission.redirect(redirect,
				meetingNotices ? "accounts.meetingNotices.on" : "accounts.meetingNotices.off", "/account#meeting-notices");
	}

	/** One of the other notices' switches on the account page: its anchor and address part, its keys, its state. */
	record NoticeSwitch(String path, String key, boolean on) {
	}

	/** Any other kind of notice ({@link MailChoice}), on by default, can be switched off (and on again). */
	@PostMapping("/account/notices/{choice}")
	String notices(@PathVariable String choice, @RequestParam(defaultValue = "false") boolean receive,
			RedirectAttributes redirect) {
		AccountSummary me = accounts.current().orElseThrow();
		MailChoice chosen = MailChoice.byPath(choice).filter(c -> c.concerns(me.role()))
			.orElseThrow(() -> new NotFoundException("accounts.unsubscribe.notFound"));
		accounts.choose(me.id(), chosen, receive);
		return FormSubmission.redirect(redirect, receive ? "accounts.notices.on" : "accounts.notices.off",
				"/account#" + chosen.path());
	}
}
