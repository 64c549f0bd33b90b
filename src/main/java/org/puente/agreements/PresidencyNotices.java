package org.puente.agreements;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.puente.accounts.AccountSummary;
import org.puente.accounts.Accounts;
import org.puente.accounts.MailChoice;
import org.puente.accounts.UnsubscribeLinks;
import org.puente.directory.Conference;
import org.puente.directory.DirectoryEvents;
import org.puente.directory.Presidencies;
import org.puente.directory.RoleHolder;
import org.puente.directory.RoleKind;
import org.puente.notifications.Notices;
import org.puente.notifications.Notices.Letter;
import org.puente.web.SiteAddress;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells a presidency's focal points what they take on (walk19 #7): when a secretariat records it ("Panamá holds the
 * CRM's pro tempore presidency from 1 January 2027"), and again on the day it takes office if that is later. Each mail
 * names the open agreements addressed to the PPT and the troika, which the presidency now follows up, and links to
 * them; it is an agreement notice (switched off with them). Every mail is claimed in {@code presidency_notice} before
 * it is written, so the hourly job on several nodes, or a presidency saved twice, sends it once.
 */
@Configuration(proxyBeanMethods = false)
class PresidencyNotices {

	enum Kind {
		RECORDED, TAKES_OFFICE
	}

	private final Presidencies presidencies;

	private final PresidencyHandover handover;

	private final AgreementNotices agreementNotices;

	private final Accounts accounts;

	private final Notices notices;

	private final MessageSource messages;

	private final SiteAddress site;

	private final UnsubscribeLinks unsubscribe;

	private final JdbcClient jdbc;

	private final Clock clock;

	PresidencyNotices(Presidencies presidencies, PresidencyHandover handover, AgreementNotices agreementNotices,
			Accounts accounts, Notices notices, MessageSource messages, SiteAddress site, UnsubscribeLinks unsubscribe,
			JdbcClient jdbc, Clock clock) {
		this.clock = clock;
		this.presidencies = presidencies;
		this.handover = handover;
		this.agreementNotices = agreementNotices;
		this.accounts = accounts;
		this.notices = notices;
		this.messages = messages;
		this.site = site;
		this.unsubscribe = unsubscribe;
		this.jdbc = jdbc;
	}

	@Bean
	RecurringTask<Void> presidencyNoticeTask() {
		return Tasks.recurring("presidency-notices", FixedDelay.of(Duration.ofHours(1)))
			.execute((instance, context) -> sendTakingOffice(clock.instant()));
	}

	/**
	 * A presidency recorded (or corrected) that is in office or to come: its country's focal points are told. One that
	 * ended, recorded for the history, tells nobody.
	 */
	@ApplicationModuleListener
	void on(DirectoryEvents.RoleAssigned event) {
		presidencies.role(event.roleId())
			.filter(r -> r.kind() == RoleKind.PRO_TEMPORE_PRESIDENCY && r.countryIso2() != null)
			.ifPresent(role -> {
				LocalDate today = presidencies.today(role.processCode());
				boolean inOffice = presidencies.holder(RoleKind.PRO_TEMPORE_PRESIDENCY, role.processCode(), today)
					.filter(h -> h.id().equals(role.id())).isPresent();
				if (inOffice || role.startsOn().isAfter(today)) {
					send(role, Kind.RECORDED, inOffice, today);
				}
			});
	}

	/**
	 * On the day a presidency takes office, at its conference's seat, its focal points are told again — if it was
	 * recorded (and they told) on an earlier day; the first notice already said "since" otherwise.
	 * @return how many mails were sent
	 */
	@Transactional
	int sendTakingOffice(Instant now) {
		int sent = 0;
		for (Conference conference : Conference.BOTH) {
			LocalDate today = presidencies.dayAt(conference.name(), now);
			RoleHolder role = presidencies.holder(RoleKind.PRO_TEMPORE_PRESIDENCY, conference.name(), today)
				.filter(r -> r.startsOn().equals(today) && r.countryIso2() != null).orElse(null);
			if (role != null && recordedBefore(role)) {
				sent += send(role, Kind.TAKES_OFFICE, true, today);
			}
		}
		return sent;
	}

	private boolean recordedBefore(RoleHolder role) {
		return jdbc.sql("select count(*) from presidency_notice where role_id = ? and kind = ? and sent_on < ?")
			.params(role.id(), Kind.RECORDED.name(), role.startsOn()).query(Long.class).single() > 0;
	}

	private int send(RoleHolder role, Kind kind, boolean inOffice, LocalDate today) {
		PresidencyHandover.Held held = new PresidencyHandover.Held(role.processCode(), role, inOffice);
		List<AccountSummary> to = accounts.wanting(MailChoice.AGREEMENT_NOTICES,
				accounts.ofCountry(role.countryIso2())).stream()
			.filter(a -> a.email() != null && claim(role, kind, a.email(), today)).toList();
		List<AgreementSummary> inherited = handover.inherited(role.processCode());
		return notices.writeEach(to, (reader, locale) -> letter(held, kind, inherited, locale)
			.because(notices.why("agreements.presidency.mail.why", locale))
			.unsubscribing(unsubscribe.unsubscribe(MailChoice.AGREEMENT_NOTICES, reader.id())));
	}

	private Letter letter(PresidencyHandover.Held held, Kind kind, List<AgreementSummary> inherited, Locale locale) {
		String sentence = handover.sentence(held, locale);
		String conference = messages.getMessage("process." + held.conference(), null, locale);
		String subject = kind == Kind.TAKES_OFFICE ? messages.getMessage("agreements.presidency.mail.today",
				new Object[] { sentence }, locale) : sentence;
		StringBuilder body = new StringBuilder(messages.getMessage("agreements.presidency.mail.body",
				new Object[] { subject, inherited.size(), conference }, locale)).append("\n\n");
		inherited.forEach(a -> body.append(agreementNotices.item(a, locale)).append('\n'));
		body.append(messages.getMessage("agreements.presidency.mail.link", new Object[] { site.link(held.href()) },
				locale));
		return new Letter(subject, body.toString());
	}

	/** Claims one notice to one address; false when it was sent already (by this node or another). */
	private boolean claim(RoleHolder role, Kind kind, String recipient, LocalDate today) {
		return jdbc.sql("insert into presidency_notice (role_id, kind, recipient, sent_on) values (?, ?, ?, ?)"
				+ " on conflict do nothing").params(role.id(), kind.name(), recipient, today).update() == 1;
	}
}
