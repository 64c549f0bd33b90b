package org.puente.consultations;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.puente.accounts.AccountSummary;
import org.puente.accounts.Accounts;
import org.puente.audit.AuditAction;
import org.puente.audit.AuditedEntity;
import org.puente.audit.AuditedChange;
import org.puente.directory.Conference;
import org.puente.directory.Directory;
import org.puente.directory.ProcessSummary;
import org.puente.glossary.Glossary;
import org.puente.refusal.NotFoundException;
import org.puente.refusal.RefusalKind;
import org.puente.refusal.RefusedException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a secretariat does with a consultation: build it, send it to the member states, remind the countries that
 * have not answered, and reopen a submitted answer. Each conference's secretariat acts on its own consultations.
 */
@Service
class ConsultationManagement {

	private final ConsultationRepository consultations;

	private final SectionRepository sections;

	private final QuestionRepository questions;

	private final ResponseRepository responses;

	private final Directory directory;

	private final Accounts accounts;

	private final Glossary glossary;

	private final ApplicationEventPublisher events;

	private final ConsultationNotices notices;

	ConsultationManagement(ConsultationRepository consultations, SectionRepository sections,
			QuestionRepository questions, ResponseRepository responses, Directory directory, Accounts accounts,
			Glossary glossary, ApplicationEventPublisher events, ConsultationNotices notices) {
		this.consultations = consultations;
		this.sections = sections;
		this.questions = questions;
		this.responses = responses;
		this.directory = directory;
		this.accounts = accounts;
		this.glossary = glossary;
		this.events = events;
		this.notices = notices;
	}

	@Transactional(readOnly = true)
	List<Consultation> all() {
		return consultations.findAllByOrderByCreatedAtDesc();
	}

	@Transactional(readOnly = true)
	ConsultationView view(UUID id) {
		Consultation consultation = find(id);
		List<ConsultationSection> parts = sections.findByConsultationIdOrderByPosition(id);
		List<ConsultationQuestion> all = parts.isEmpty() ? List.of()
				: questions.findBySectionIdInOrderByPosition(parts.stream().map(ConsultationSection::getId).toList());
		return new ConsultationView(consultation, parts.stream()
			.map(s -> new ConsultationView.Section(s,
					all.stream().filter(q -> q.getSectionId().equals(s.getId())).toList()))
			.toList());
	}

	@Transactional(readOnly = true)
	List<ConsultationResponse> responses(UUID id) {
		return responses.findByConsultationIdOrderByCountryIso2(id);
	}

	@Transactional
	@PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT')")
	UUID create(ConsultationForm form) {
		AccountSummary me = accounts.current().orElseThrow();
		String owner = me.isAdmin() || me.processCode() == null ? form.getProcesses().get(0) : me.processCode();
		Consultation consultation = new Consultation(owner, me.username());
		consultation.describe(form.title(), form.intro(), Conference.setOf(form.getProcesses()), form.getDeadline(),
				form.getLatePolicy());
		consultations.save(consultation);
		events.publishEvent(new ConsultationEvents.ConsultationDrafted(consultation.getId(), AuditedChange
			.created(AuditedEntity.QUESTIONNAIRE, consultation.getId(),
					consultation.title().in(java.util.Locale.forLanguageTag("es")))
			.after(form.title())));
		return consultation.getId();
	}

	/** Adds a question, in a new section when the form names one. */
	@Transactional
	@PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT')")
	UUID addQuestion(UUID id, QuestionForm form) {
		Consultation consultation = editable(id);
		consultation.requireDraft();
		List<ConsultationSection> existing = sections.findByConsultationIdOrderByPosition(id);
		UUID sectionId = form.getSectionId();
		if (sectionId == null) {
			ConsultationSection section = new ConsultationSection(id, existing.size() + 1, form.sectionTitle());
			sections.save(section);
			sectionId = section.getId();
		}
		else if (existing.stream().noneMatch(s -> s.getId().equals(form.getSectionId()))) {
			throw new NotFoundException("consultations.section.notFound");
		}
		int position = questions.findBySectionIdInOrderByPosition(List.of(sectionId)).size() + 1;
		ConsultationQuestion question = new ConsultationQuestion(sectionId, position, form.getKind(), form.prompt());
		if (form.getKind() == QuestionKind.TERM_DEFINITION) {
			UUID termId = form.getGlossaryTermId();
			String term = form.getTerm();
			if (termId != null && glossary.term(termId).isEmpty()) {
				throw new NotFoundException("glossary.term.notFound");
			}
			if (term == null || term.isBlank()) {
				term = glossary.term(termId).map(t -> t.label(java.util.Locale.forLanguageTag("es"))).orElseThrow();
			}
			question.asksToDefine(term, termId);
		}
		question.offers(form.getKind().hasOptions() ? form.optionList() : List.of());
		question.setRequired(form.isRequired());
		questions.save(question);
		events.publishEvent(new ConsultationEvents.ConsultationDrafted(id, AuditedChange
			.updated(AuditedEntity.QUESTIONNAIRE, id, "question added")
			.after(Map.of("kind", form.getKind().name(), "prompt", form.prompt(), "term",
					String.valueOf(form.getTerm())))));
		return question.getId();
	}

	/** Sends it to every member state of its conferences; their focal points are told in their own language. */
	@Transactional
	@PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT')")
	int send(UUID id) {
		Consultation consultation = editable(id);
		if (view(id).questions().isEmpty()) {
			throw new RefusedException(RefusalKind.INVALID, "consultations.send.noQuestions");
		}
		consultation.markSent();
		TreeSet<String> countries = new TreeSet<>();
		for (Conference process : consultation.getProcesses()) {
			directory.process(process.name()).map(ProcessSummary::memberStates).ifPresent(countries::addAll);
		}
		for (String iso2 : countries) {
			if (responses.findByConsultationIdAndCountryIso2(id, iso2).isEmpty()) {
				responses.save(new ConsultationResponse(id, iso2));
			}
		}
		events.publishEvent(new ConsultationEvents.ConsultationSent(id, List.copyOf(countries), false, AuditedChange
			.of(AuditAction.SEND, AuditedEntity.QUESTIONNAIRE, id, "sent to " + countries.size() + " countries")
			.after(Map.of("countries", List.copyOf(countries)))));
		for (String iso2 : countries) {
			notices.sent(consultation, accounts.ofCountry(iso2));
		}
		return countries.size();
	}

	/** Reminds the countries that have not submitted; returns how many countries were reminded. */
	@Transactional
	@PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT')")
	int remind(UUID id) {
		Consultation consultation = editable(id);
		int reminded = 0;
		List<String> countries = new ArrayList<>();
		for (ConsultationResponse response : responses.findByConsultationIdOrderByCountryIso2(id)) {
			if (!response.isSubmitted()) {
				List<AccountSummary> focalPoints = accounts.ofCountry(response.getCountryIso2());
				notices.reminder(consultation, focalPoints);
				response.reminded();
				countries.add(response.getCountryIso2());
				reminded++;
			}
		}
		events.publishEvent(new ConsultationEvents.ConsultationSent(id, List.copyOf(countries), true, AuditedChange
			.of(AuditAction.SEND, AuditedEntity.QUESTIONNAIRE, id, "reminder to " + reminded + " countries")
			.after(Map.of("countries", countries))));
		return reminded;
	}

	@Transactional
	@PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT')")
	void reopen(UUID id, String iso2) {
		Consultation consultation = editable(id);
		ConsultationResponse response = responses.findByConsultationIdAndCountryIso2(id, iso2)
			.orElseThrow(() -> new NotFoundException("consultations.response.notFound"));
		response.reopen();
		events.publishEvent(new ConsultationEvents.ResponseReopened(response.getId(), iso2, AuditedChange
			.transition(AuditedEntity.RESPONSE, response.getId(), iso2 + " reopened")
			.before(Map.of("status", "SUBMITTED")).after(Map.of("status", "DRAFT"))));
		notices.reopened(consultation, accounts.ofCountry(iso2));
	}

	Consultation find(UUID id) {
		return consultations.findById(id).orElseThrow(() -> new NotFoundException("consultations.notFound"));
	}

	/** Only the secretariat of the conference that owns it (or an administrator) changes a consultation. */
	private Consultation editable(UUID id) {
		Consultation consultation = find(id);
		AccountSummary me = accounts.current().orElseThrow();
		if (!me.mayEditProcess(consultation.getOwnerProcess())) {
			throw new RefusedException(RefusalKind.FORBIDDEN, "consultations.edit.otherConference",
					consultation.getOwnerProcess());
		}
		return consultation;
	}

	/** Counts per status, for the summary line of the status table. */
	static Map<ResponseStatus, Long> tally(List<ConsultationResponse> all) {
		Map<ResponseStatus, Long> counts = new LinkedHashMap<>();
		for (ResponseStatus s : ResponseStatus.values()) {
			counts.put(s, all.stream().filter(r -> r.getStatus() == s).count());
		}
		return counts;
	}

	@Nullable AccountSummary currentAccount() {
		return accounts.current().orElse(null);
	}
}
