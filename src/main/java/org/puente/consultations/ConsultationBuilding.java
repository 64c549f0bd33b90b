package org.puente.consultations;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

import org.puente.accounts.AccountSummary;
import org.puente.accounts.Accounts;
import org.puente.audit.AuditAction;
import org.puente.audit.AuditedChange;
import org.puente.audit.AuditedEntity;
import org.puente.directory.Conference;
import org.puente.directory.Directory;
import org.puente.directory.ProcessSummary;
import org.puente.glossary.Glossary;
import org.puente.i18n.Language;
import org.puente.i18n.MultilingualText;
import org.puente.refusal.ChangedSinceException;
import org.puente.refusal.NotFoundException;
import org.puente.refusal.RefusalKind;
import org.puente.refusal.RefusedException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a secretariat does with a consultation before it goes out: start it, describe it again, give it its questions,
 * send it. Each its own audited transaction, behind {@link ConsultationManagement}; the form and the API both come
 * here, so that they keep one set of rules.
 */
@Component
class ConsultationBuilding {

	private final ConsultationReads reads;

	private final ConsultationRepository consultations;

	private final SectionRepository sections;

	private final QuestionRepository questions;

	private final ResponseRepository responses;

	private final Directory directory;

	private final Accounts accounts;

	private final Glossary glossary;

	private final ApplicationEventPublisher events;

	private final MessageSource messages;

	ConsultationBuilding(ConsultationReads reads, ConsultationRepository consultations, SectionRepository sections,
			QuestionRepository questions, ResponseRepository responses, Directory directory, Accounts accounts,
			Glossary glossary, ApplicationEventPublisher events, MessageSource messages) {
		this.reads = reads;
		this.consultations = consultations;
		this.sections = sections;
		this.questions = questions;
		this.responses = responses;
		this.directory = directory;
		this.accounts = accounts;
		this.glossary = glossary;
		this.events = events;
		this.messages = messages;
	}

	@Transactional
	@PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT')")
	UUID create(ConsultationForm form) {
		AccountSummary me = accounts.current().orElseThrow();
		String owner = me.isAdmin() || me.processCode() == null ? form.processes().get(0) : me.processCode();
		Consultation consultation = new Consultation(owner, me.username());
		consultation.describe(form.titleText(), form.introText(), Conference.setOf(form.processes()), form.deadline(),
				form.latePolicy());
		consultations.save(consultation);
		events.publishEvent(new ConsultationEvents.ConsultationDrafted(consultation.getId(), AuditedChange
			.created(AuditedEntity.QUESTIONNAIRE, consultation.getId(),
					consultation.title().in(java.util.Locale.forLanguageTag("es")))
			.after(form.titleText())));
		return consultation.getId();
	}

	/**
	 * A draft with its questions, in one transaction: a question refused (a glossary term that does not exist) leaves
	 * no half-made consultation behind. A question that names no section goes where the one before it went.
	 */
	@Transactional
	@PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT')")
	UUID create(ConsultationForm form, List<QuestionForm> asked) {
		UUID id = create(form);
		UUID section = null;
		for (QuestionForm question : asked) {
			boolean named = question.sectionId() != null || !question.sectionTitleText().isEmpty();
			section = addQuestion(id, named || section == null ? question : question.in(section));
		}
		return id;
	}

	/** Describes a draft again, as the secretariat read it ({@code version}: changed since, refused). */
	@Transactional
	@PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT')")
	void describe(UUID id, long version, ConsultationForm form) {
		Consultation consultation = editable(id);
		consultation.requireDraft();
		if (consultation.getVersion() != version) {
			throw new ChangedSinceException("consultations.edit.changed", consultation.getVersion());
		}
		MultilingualText before = consultation.title();
		consultation.describe(form.titleText(), form.introText(), Conference.setOf(form.processes()), form.deadline(),
				form.latePolicy());
		consultations.saveAndFlush(consultation); // the new version, for the answer to carry
		events.publishEvent(new ConsultationEvents.ConsultationDrafted(id, AuditedChange
			.updated(AuditedEntity.QUESTIONNAIRE, id, "described again")
			.before(Map.of("title", before, "deadline", String.valueOf(consultation.getDeadline())))
			.after(Map.of("title", form.titleText(), "deadline", String.valueOf(form.deadline()),
					"processes", form.processes(), "latePolicy", form.latePolicy().name()))));
	}

	/** Adds a question, in a new section when the form names one; returns the id of the section it went to. */
	@Transactional
	@PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT')")
	UUID addQuestion(UUID id, QuestionForm form) {
		Consultation consultation = editable(id);
		consultation.requireDraft();
		List<ConsultationSection> existing = sections.findByConsultationIdOrderByPosition(id);
		UUID sectionId = form.sectionId();
		if (sectionId == null) {
			MultilingualText title = form.sectionTitleText();
			if (title.isEmpty() && !existing.isEmpty()) {
				throw new RefusedException(RefusalKind.INVALID, "consultations.question.sectionRequired");
			}
			// the first question without a section title: "Preguntas", "Questions"… in each reader's language
			ConsultationSection section = new ConsultationSection(id, existing.size() + 1,
					title.isEmpty() ? defaultSectionTitle() : title);
			sections.save(section);
			sectionId = section.getId();
		}
		else if (existing.stream().noneMatch(s -> s.getId().equals(form.sectionId()))) {
			throw new NotFoundException("consultations.section.notFound");
		}
		int position = questions.findBySectionIdInOrderByPosition(List.of(sectionId)).size() + 1;
		ConsultationQuestion question = new ConsultationQuestion(sectionId, position, form.kind(), form.promptText());
		if (form.kind() == QuestionKind.TERM_DEFINITION) {
			UUID termId = form.glossaryTermId();
			String term = form.term();
			if (termId != null && glossary.term(termId).isEmpty()) {
				throw new NotFoundException("glossary.term.notFound");
			}
			if (term == null || term.isBlank()) {
				term = glossary.term(termId).map(t -> t.label(java.util.Locale.forLanguageTag("es"))).orElseThrow();
			}
			question.asksToDefine(term, termId);
		}
		question.offers(form.kind().hasOptions() ? form.optionList() : List.of());
		question.setRequired(form.required());
		questions.save(question);
		events.publishEvent(new ConsultationEvents.ConsultationDrafted(id, AuditedChange
			.updated(AuditedEntity.QUESTIONNAIRE, id, "question added")
			.after(Map.of("kind", form.kind().name(), "prompt", form.promptText(), "term",
					String.valueOf(form.term())))));
		return sectionId;
	}

	/** Sends it to every member state of its conferences; their focal points are told in their own language. */
	@Transactional
	@PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT')")
	int send(UUID id) {
		Consultation consultation = editable(id);
		if (reads.view(id).questions().isEmpty()) {
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
		return countries.size();
	}

	/** The title of the section a first question goes in when none is named, in every language. */
	private MultilingualText defaultSectionTitle() {
		java.util.function.Function<Language, String> in = l -> messages.getMessage("consultations.section.default",
				null, l.locale());
		return new MultilingualText(in.apply(Language.ES), in.apply(Language.EN), in.apply(Language.PT),
				in.apply(Language.FR));
	}

	/** Only the secretariat of the conference that owns it (or an administrator) changes a consultation. */
	private Consultation editable(UUID id) {
		return ConsultationPolicy.requireMayEdit(reads.find(id), accounts.current().orElseThrow());
	}
}
