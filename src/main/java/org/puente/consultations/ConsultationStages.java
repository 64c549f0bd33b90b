package org.puente.consultations;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.puente.accounts.AccountSummary;
import org.puente.accounts.Accounts;
import org.puente.accounts.MailChoice;
import org.puente.audit.AuditAction;
import org.puente.audit.AuditedChange;
import org.puente.audit.AuditedEntity;
import org.puente.refusal.ChangedSinceException;
import org.puente.refusal.NotFoundException;
import org.puente.refusal.RefusalKind;
import org.puente.refusal.RefusedException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a secretariat does with a consultation once sent: remind the countries that have not answered, reopen a
 * country's submitted answer, close the consultation when the answers are in (and reopen it, as Loomio reopens a
 * poll: a country that asks for two more days after the closing is common in the conferences' practice, and closing
 * by mistake must not need an administrator). Each its own audited transaction, behind {@link ConsultationManagement}.
 */
@Component
class ConsultationStages {

	private final ConsultationReads reads;

	private final ResponseRepository responses;

	private final Accounts accounts;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ConsultationStages(ConsultationReads reads, ResponseRepository responses, Accounts accounts,
			ApplicationEventPublisher events, Clock clock) {
		this.reads = reads;
		this.responses = responses;
		this.accounts = accounts;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Reminds the countries that have not submitted and have someone to receive it (their focal points who want
	 * consultation notices: those {@link ConsultationNotices} writes to); a country with nobody is not marked reminded.
	 */
	@Transactional
	@PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT')")
	Reminder remind(UUID id) {
		Consultation consultation = editable(id);
		requireNotClosed(consultation, "consultations.remind.closed");
		List<String> countries = new ArrayList<>();
		List<String> nobody = new ArrayList<>();
		int people = 0;
		for (ConsultationResponse response : responses.findByConsultationIdOrderByCountryIso2(id)) {
			if (response.isSubmitted()) {
				continue;
			}
			int recipients = accounts.wanting(MailChoice.CONSULTATION_NOTICES,
					accounts.ofCountry(response.getCountryIso2())).size();
			if (recipients == 0) {
				nobody.add(response.getCountryIso2());
				continue;
			}
			response.reminded(clock.instant());
			countries.add(response.getCountryIso2());
			people += recipients;
		}
		events.publishEvent(new ConsultationEvents.ConsultationSent(id, List.copyOf(countries), true, AuditedChange
			.of(AuditAction.SEND, AuditedEntity.QUESTIONNAIRE, id, "reminder to " + countries.size() + " countries")
			.after(Map.of("countries", countries, "people", people, "nobodyToReceive", nobody))));
		return new Reminder(countries, people, nobody);
	}

	@Transactional
	@PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT')")
	void reopen(UUID id, String iso2) {
		Consultation consultation = editable(id);
		// a country's answer reopened in a closed consultation could not be changed: the consultation first
		requireNotClosed(consultation, "consultations.reopen.closed");
		ConsultationResponse response = responses.findByConsultationIdAndCountryIso2(id, iso2)
			.orElseThrow(() -> new NotFoundException("consultations.response.notFound"));
		response.reopen(clock.instant());
		events.publishEvent(new ConsultationEvents.ResponseReopened(id, response.getId(), iso2, AuditedChange
			.transition(AuditedEntity.RESPONSE, response.getId(), iso2 + " reopened")
			.before(Map.of("status", "SUBMITTED")).after(Map.of("status", "DRAFT"))));
	}

	/**
	 * Closes it, as the secretariat saw it ({@code version}: a reminder, a reopening or another closing since is a
	 * conflict, not overwritten). The answers submitted stay, compiled and in the glossary; the drafts of the
	 * countries that had not submitted stay unsent. Every country it was sent to is told.
	 */
	@Transactional
	@PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT')")
	void close(UUID id, long version) {
		Consultation consultation = seen(id, version);
		AccountSummary me = accounts.current().orElseThrow();
		consultation.close(me.username(), clock.instant());
		List<ConsultationResponse> all = responses.findByConsultationIdOrderByCountryIso2(id);
		List<String> unanswered = all.stream().filter(r -> !r.isSubmitted())
			.map(ConsultationResponse::getCountryIso2).toList();
		int answered = all.size() - unanswered.size();
		events.publishEvent(new ConsultationEvents.ConsultationClosed(id, countries(all), false, AuditedChange
			.transition(AuditedEntity.QUESTIONNAIRE, id, "closed, " + answered + " of " + all.size() + " answered")
			.before(Map.of("status", ConsultationStatus.SENT.name()))
			.after(Map.of("status", ConsultationStatus.CLOSED.name(), "answered", answered, "notAnswered",
					unanswered))));
	}

	/** Opens it to answers again (within its deadline and late policy, as before the closing). */
	@Transactional
	@PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT')")
	void reopenConsultation(UUID id, long version) {
		Consultation consultation = seen(id, version);
		consultation.reopen();
		events.publishEvent(new ConsultationEvents.ConsultationClosed(id,
				countries(responses.findByConsultationIdOrderByCountryIso2(id)), true,
				AuditedChange.transition(AuditedEntity.QUESTIONNAIRE, id, "reopened for answers")
					.before(Map.of("status", ConsultationStatus.CLOSED.name()))
					.after(Map.of("status", ConsultationStatus.SENT.name()))));
	}

	/** The consultation the secretariat saw: changed since (its version moved on), the change is refused. */
	private Consultation seen(UUID id, long version) {
		Consultation consultation = editable(id);
		if (consultation.getVersion() != version) {
			throw new ChangedSinceException("consultations.close.changed", consultation.getVersion());
		}
		return consultation;
	}

	private Consultation editable(UUID id) {
		return ConsultationPolicy.requireMayEdit(reads.find(id), accounts.current().orElseThrow());
	}

	private static void requireNotClosed(Consultation consultation, String key) {
		if (consultation.isClosed()) {
			throw new RefusedException(RefusalKind.CONFLICT, key);
		}
	}

	private static List<String> countries(List<ConsultationResponse> all) {
		return all.stream().map(ConsultationResponse::getCountryIso2).toList();
	}
}
