package org.puente.consultations;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
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
import org.puente.i18n.Deadline;
import org.puente.i18n.Language;
import org.puente.i18n.MultilingualText;
import org.puente.refusal.NotFoundException;
import org.puente.refusal.RefusalKind;
import org.puente.refusal.RefusedException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The consultations module's door. What a secretariat does with a consultation: build it, send it to the member
 * states, remind the countries that have not answered, and reopen a submitted answer (each conference's secretariat
 * acts on its own consultations); what a focal point does (through {@link Answering}); the reads and the compiled
 * answers the pages show. Its pages call only this service; other modules listen to {@link ConsultationEvents}.
 */
@Service
public class ConsultationManagement {

	private final ConsultationReads reads;

	private final Answering answering;

	private final CompiledAnswers compiled;

	private final ConsultationStages stages;

	private final ConsultationRepository consultations;

	private final SectionRepository sections;

	private final QuestionRepository questions;

	private final ResponseRepository responses;

	private final Directory directory;

	private final Accounts accounts;

	private final Glossary glossary;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final MessageSource messages;

	ConsultationManagement(ConsultationReads reads, Answering answering, CompiledAnswers compiled,
			ConsultationStages stages, ConsultationRepository consultations, SectionRepository sections, QuestionRepository questions,
			ResponseRepository responses, Directory directory, Accounts accounts, Glossary glossary,
			ApplicationEventPublisher events, Clock clock, MessageSource messages) {
		this.clock = clock;
		this.messages = messages;
		this.reads = reads;
		this.answering = answering;
		this.compiled = compiled;
		this.stages = stages;
		this.consultations = consultations;
		this.sections = sections;
		this.questions = questions;
		this.responses = responses;
		this.directory = directory;
		this.accounts = accounts;
		this.glossary = glossary;
		this.events = events;
	}

	List<Consultation> all() {
		return reads.all();
	}

	ConsultationView view(UUID id) {
		return reads.view(id);
	}

	List<ConsultationResponse> responses(UUID id) {
		return reads.responses(id);
	}

	/** A country's responses to every consultation it was sent. */
	List<ConsultationResponse> ofCountry(String iso2) {
		return reads.ofCountry(iso2);
	}

	/** One country's response to a consultation. */
	ConsultationResponse response(UUID id, String iso2) {
		return reads.of(id, iso2, "consultations.response.notFound");
	}

	Map<UUID, ConsultationAnswer> answersByQuestion(UUID responseId) {
		return reads.answersByQuestion(responseId);
	}

	/** A file a country attached: its focal points read their own country's, secretariats every country's. */
	@Transactional(readOnly = true)
	ConsultationAnswer file(UUID id, String iso2, UUID questionId) {
		AccountSummary me = accounts.current().orElseThrow();
		if (me.isFocalPoint() && !iso2.equalsIgnoreCase(String.valueOf(me.countryIso2()))) {
			throw new NotFoundException("consultations.file.notFound");
		}
		ConsultationResponse response = reads.of(id, iso2, "consultations.file.notFound");
		return reads.file(response.getId(), questionId)
			.orElseThrow(() -> new NotFoundException("consultations.file.notFound"));
	}

	AnswerSheet sheet(UUID id) {
		return answering.sheet(id);
	}

	/** Who saved or closed a record, as people read it; a country's answer qualified by the country ({@code iso2}). */
	String savedBy(@Nullable String username, @Nullable String iso2) {
		return iso2 == null ? answering.savedBy(username) : answering.savedBy(username, iso2);
	}

	Answering.Saved save(UUID id, UUID questionId, Answering.AnswerInput input) {
		return answering.save(id, questionId, input);
	}

	Answering.Saved attach(UUID id, UUID questionId, String name, String type, byte[] content) {
		return answering.attach(id, questionId, name, type, content);
	}

	void submit(UUID id) {
		answering.submit(id);
	}

	/** The submitted answers as CSV, XLSX or the PDF report (the extension names which). */
	byte[] compiled(UUID id, String extension, Locale locale) {
		return switch (extension) {
			case "csv" -> compiled.csv(id, locale);
			case "xlsx" -> compiled.xlsx(id, locale);
			default -> compiled.pdf(id, locale);
		};
	}

	/** Which day it is now for a deadline (the last day anywhere: {@link Deadline#today}). */
	LocalDate deadlineDay() {
		return Deadline.today(clock);
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
		return countries.size();
	}

	/** Reminds the countries that have not submitted; returns how many countries were reminded. */
	int remind(UUID id) {
		return stages.remind(id);
	}

	/** Reopens a country's submitted answer, for it to correct. */
	void reopen(UUID id, String iso2) {
		stages.reopen(id, iso2);
	}

	/** Closes a sent consultation, as it stood at {@code version}: no country answers it any more. */
	void close(UUID id, long version) {
		closable(id);
		stages.close(id, version);
	}

	/** Opens a closed consultation to answers again, as it stood at {@code version}. */
	void reopenConsultation(UUID id, long version) {
		closable(id);
		stages.reopenConsultation(id, version);
	}

	Consultation find(UUID id) {
		return reads.find(id);
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
		return ConsultationPolicy.requireMayEdit(find(id), accounts.current().orElseThrow());
	}

	/** The consultation, if the reader may close or reopen it; otherwise a refusal that says who may. */
	Consultation closable(UUID id) {
		return ConsultationPolicy.requireMayClose(find(id), accounts.current().orElseThrow());
	}

	@Nullable AccountSummary currentAccount() {
		return accounts.current().orElse(null);
	}
}
