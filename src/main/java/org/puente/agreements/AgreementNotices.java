package org.puente.agreements;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.puente.directory.Conference;
import org.puente.minutes.MinutesReading;
import org.puente.accounts.AccountSummary;
import org.puente.i18n.DateFormats;
import org.puente.accounts.Accounts;
import org.puente.accounts.MailChoice;
import org.puente.accounts.UnsubscribeLinks;
import org.puente.notifications.Notice;
import org.puente.notifications.Notices;
import org.puente.notifications.Notices.Letter;
import org.puente.web.SiteAddress;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells people about agreements by e-mail, each in their own language: the confirmed list to the meeting's
 * participants (until the meetings capability lists them: the focal points of the countries that must act and the
 * conferences' secretariats), status changes to an agreement's followers, the reminders of due dates and the
 * weekly digest ({@link AgreementReminders} and {@link AgreementDigest} decide who gets them, and when).
 */
@Component
class AgreementNotices {

	private final Agreements agreements;

	private final Accounts accounts;

	private final ActingPresidency presidency;

	private final MinutesReading reading;

	private final MessageSource messages;

	private final Notices notices;

	private final SiteAddress site;

	private final UnsubscribeLinks unsubscribe;

	AgreementNotices(Agreements agreements, Accounts accounts, ActingPresidency presidency, MinutesReading reading,
			MessageSource messages, Notices notices, SiteAddress site, UnsubscribeLinks unsubscribe) {
		this.unsubscribe = unsubscribe;
		this.agreements = agreements;
		this.accounts = accounts;
		this.presidency = presidency;
		this.reading = reading;
		this.messages = messages;
		this.notices = notices;
		this.site = site;
	}

	@ApplicationModuleListener
	void on(AgreementsConfirmed event) {
		List<AgreementSummary> confirmed = event.agreementIds().stream().map(agreements::find)
			.flatMap(java.util.Optional::stream).toList();
		if (confirmed.isEmpty()) {
			return;
		}
		AgreementSummary first = confirmed.get(0);
		// the secretariats first, then those who must act; each address once (Notices)
		List<AccountSummary> recipients = new ArrayList<>();
		for (Conference process : first.processes()) {
			recipients.addAll(accounts.secretariatOf(process.name()));
		}
		for (AgreementSummary a : confirmed) {
			for (PartyReference party : a.responsible()) {
				recipients.addAll(accountsActingFor(party.id(), a));
			}
		}
		// a new version of confirmed minutes says so: the same people had the first one
		String mail = event.newVersion() ? "agreements.mail.newVersion" : "agreements.mail.confirmed";
		String link = site.link("/agreements/minutes/" + event.minutesId());
		notices.writeEach(accounts.wanting(MailChoice.AGREEMENT_NOTICES, recipients), (to, locale) -> {
			StringBuilder body = new StringBuilder(text(mail + ".intro", locale, first.meetingTitle(locale),
					first.meetingDate(), confirmed.size())).append("\n\n");
			for (AgreementSummary a : confirmed) {
				body.append(item(a, locale)).append('\n');
			}
			body.append(text("agreements.mail.confirmed.link", locale, link));
			return new Letter(text(mail + ".subject", locale, first.meetingTitle(locale)), body.toString())
				.because(notices.why("agreements.mail.why.concerned", locale))
				.unsubscribing(unsubscribe.unsubscribe(MailChoice.AGREEMENT_NOTICES, to.id()));
		});
	}

	@ApplicationModuleListener
	void on(AgreementStatusChanged event) {
		AgreementSummary a = agreements.find(event.agreementId()).orElse(null);
		if (a == null) {
			return;
		}
		List<AccountSummary> followers = agreements.followers(a.id()).stream()
			.filter(follower -> !follower.equals(event.changedBy()))
			.flatMap(follower -> accounts.byId(follower).stream())
			.toList();
		notices.writeEach(followers, (to, locale) -> {
			String from = text("agreements.status." + event.from(), locale);
			String status = text("agreements.status." + event.to(), locale);
			String body = text("agreements.mail.status.body", locale, a.number(), a.meetingTitle(locale), from, status,
					event.note().isBlank() ? "-" : event.note()) + "\n\n" + item(a, locale) + "\n" + link(a, locale);
			// a follower is told because they follow it: the mail program's "Unsubscribe" stops following it
			return new Letter(text("agreements.mail.status.subject", locale, a.number(), a.meetingTitle(locale), status),
					body).because(text("agreements.mail.why.follower", locale))
				.unsubscribing(unsubscribe.unfollow(AgreementFollows.KIND, to.id(), a.id()));
		});
	}

	/** The weekly digest to one person: the agreements overdue, then those due within the week. */
	boolean sendDigest(AgreementDigest.Digest digest, LocalDate today) {
		return notices.writeEach(List.of(digest.to()), (to, locale) -> {
			StringBuilder body = new StringBuilder(text("agreements.digest.intro", locale, to.displayName(), today))
				.append("\n\n");
			if (!digest.overdue().isEmpty()) {
				body.append(text("agreements.digest.overdue", locale, digest.overdue().size())).append("\n\n");
				digest.overdue().forEach(a -> body.append(digestLine(a, locale)));
			}
			if (!digest.dueThisWeek().isEmpty()) {
				body.append(text("agreements.digest.dueThisWeek", locale, digest.dueThisWeek().size())).append("\n\n");
				digest.dueThisWeek().forEach(a -> body.append(digestLine(a, locale)));
			}
			// the way out is the one-click address, which opens without a sign-in (RFC 8058's, filled in when the
			// copy is sent); the account page, which needs one, stays for the other settings
			body.append(text("agreements.digest.links", locale, site.link("/agreements/mine"),
					Notice.UNSUBSCRIBE_ADDRESS, site.link("/account#digest")));
			String subject = text("agreements.digest.subject", locale, digest.overdue().size(),
					digest.dueThisWeek().size());
			// the mail program's "Unsubscribe" switches the digest off in one click (RFC 8058)
			return new Letter(subject, body.toString())
				.unsubscribing(unsubscribe.unsubscribe(MailChoice.DIGEST, to.id()));
		}) > 0;
	}

	private String digestLine(AgreementSummary a, Locale locale) {
		return text("agreements.digest.item", locale, a.number(), a.meetingTitle(locale), a.dueDate()) + "\n"
				+ item(a, locale) + "   " + site.link("/agreements/items/" + a.id()) + "\n\n";
	}

	/**
	 * Reminds one person that an agreement is due soon, or overdue: one whose country or conference answers for it
	 * (the agreement reminders they may switch off), or who follows it ({@code follower}: the mail's "Unsubscribe"
	 * stops following it).
	 */
	void sendReminder(AgreementSummary a, AgreementReminders.Kind kind, AccountSummary to, LocalDate today,
			boolean follower) {
		String key = kind == AgreementReminders.Kind.OVERDUE ? "agreements.mail.overdue" : "agreements.mail.dueSoon";
		notices.writeEach(List.of(to), (reader, locale) -> new Letter(
				text(key + ".subject", locale, a.number(), a.meetingTitle(locale), a.dueDate()),
				text(key + ".body", locale, a.dueDate(), ChronoUnit.DAYS.between(today, a.dueDate())) + "\n\n"
						+ item(a, locale) + "\n" + link(a, locale))
			.because(follower ? text("agreements.mail.why.follower", locale)
					: notices.why("agreements.mail.why.responsible", locale))
			.unsubscribing(follower ? unsubscribe.unfollow(AgreementFollows.KIND, reader.id(), a.id())
					: unsubscribe.unsubscribe(MailChoice.AGREEMENT_REMINDERS, reader.id())));
	}

	/** The line that opens the agreement's page. */
	private String link(AgreementSummary a, Locale locale) {
		return text("agreements.mail.link", locale, site.link("/agreements/items/" + a.id()));
	}

	/**
	 * The accounts that act for a directory entity named responsible for agreement {@code a}: a country's focal
	 * points; the PPT's or the troika's, the focal points of the presidency (or troika) of the meeting's date and,
	 * while it is open, of today (ActingPresidency), then the conference's secretariat; a conference's secretariat.
	 */
	List<AccountSummary> accountsActingFor(String entityId, AgreementSummary a) {
		List<AccountSummary> found = new ArrayList<>();
		if (entityId.startsWith("country:")) {
			found.addAll(accounts.ofCountry(entityId.substring("country:".length())));
		}
		else if (ActingPresidency.conferenceOf(entityId).isPresent()) {
			presidency.countries(entityId, a).forEach(c -> found.addAll(accounts.ofCountry(c)));
			found.addAll(accounts.secretariatOf(ActingPresidency.conferenceOf(entityId).orElseThrow()));
		}
		else {
			for (Conference process : Conference.BOTH) {
				if (entityId.endsWith("-" + process) || entityId.equals("process:" + process)) {
					found.addAll(accounts.secretariatOf(process.name()));
				}
			}
		}
		return found;
	}

	/** One agreement in a message: number, text, who, when. */
	String item(AgreementSummary a, Locale locale) {
		String who = a.responsible().stream().map(p -> reading.party(p.id(), locale).label())
			.collect(Collectors.joining(", "));
		Set<String> when = new LinkedHashSet<>();
		a.dates().forEach(d -> when.add(d.expression() + " (" + (d.start().equals(d.end())
				? DateFormats.day(d.start(), locale)
				: DateFormats.day(d.start(), locale) + " – " + DateFormats.day(d.end(), locale)) + ")"));
		return a.number() + ". " + a.text() + "\n   " + text("agreements.mail.who", locale, who.isEmpty() ? "-" : who)
				+ "\n   " + text("agreements.mail.when", locale, when.isEmpty() ? "-" : String.join("; ", when)) + "\n";
	}

	private String text(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}
}
