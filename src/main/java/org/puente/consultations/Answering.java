package org.puente.consultations;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.puente.i18n.Deadline;
import org.puente.accounts.AccountSummary;
import org.puente.accounts.Accounts;
import org.puente.accounts.People;
import org.puente.audit.AuditedEntity;
import org.puente.audit.AuditedChange;
import org.puente.directory.Countries;
import org.puente.documents.FileTypes;
import org.puente.glossary.Glossary;
import org.puente.i18n.Language;
import org.puente.refusal.NotFoundException;
import org.puente.refusal.RefusalKind;
import org.puente.refusal.RefusedException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A country's focal points answer a consultation: each answer is saved as they type (a draft), and the whole is
 * submitted once. Only the countries it was sent to may answer; after the deadline, the consultation's policy says
 * whether answers are still taken.
 */
@Service
class Answering {

	/** A definition longer than this is not a definition; the form says so. */
	static final int MAX_TEXT = 10_000;

	static final int MAX_FILE = 20 * 1024 * 1024;

	/** The sentence that refuses a scale's answer other than a whole number from 1 to {@value #SCALE_MAX}. */
	static final String SCALE_RANGE = "consultations.answer.scaleRange";

	static final int SCALE_MAX = 5;

	static final String UNKNOWN_CHOICE = "consultations.answer.unknownChoice";

	private final ConsultationReads consultations;

	private final ResponseRepository responses;

	private final AnswerRepository answers;

	private final Accounts accounts;

	private final Glossary glossary;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final People people;

	Answering(ConsultationReads consultations, ResponseRepository responses, AnswerRepository answers,
			Accounts accounts, Glossary glossary, ApplicationEventPublisher events, Clock clock, People people) {
		this.people = people;
		this.consultations = consultations;
		this.responses = responses;
		this.answers = answers;
		this.accounts = accounts;
		this.glossary = glossary;
		this.events = events;
		this.clock = clock;
	}

	/** What one autosave carries: the answer in its language, and the version the person started from. */
	record AnswerInput(String language, @Nullable String text, List<String> choices, @Nullable Integer scale,
			@Nullable Long version) { }

	/** The answer's new version and when it was saved. */
	record Saved(long version, Instant at) { }

	@Transactional(readOnly = true)
	@PreAuthorize("hasRole('FOCAL_POINT')")
	AnswerSheet sheet(UUID consultationId) {
		AccountSummary me = accounts.current().orElseThrow();
		ConsultationView view = consultations.view(consultationId);
		ConsultationResponse response = responseOf(view.consultation(), me);
		Map<UUID, ConsultationAnswer> byQuestion = new HashMap<>();
		answers.findByResponseId(response.getId()).forEach(a -> byQuestion.put(a.getQuestionId(), a));
		Map<String, String> savers = new HashMap<>();
		byQuestion.values().stream().map(ConsultationAnswer::getUpdatedBy).forEach(
				u -> savers.computeIfAbsent(u == null ? "" : u, name -> savedBy(name, response.getCountryIso2())));
		String closedBy = view.consultation().getClosedBy(); // and who closed it: a secretariat, of no country
		savers.computeIfAbsent(closedBy == null ? "" : closedBy, this::savedBy);
		// the saved answers' language, else the country's: Panama answers in Spanish even on an English page
		String language = byQuestion.values().stream().map(ConsultationAnswer::getLanguage).filter(Language::isCode)
			.findFirst().orElse(Countries.languageOf(response.getCountryIso2()));
		return new AnswerSheet(view, response, byQuestion, view.consultation().isLate(clock.instant()), language,
				savers);
	}

	/** Who saved or closed a record, as people read it: {@link People}, the one way Puente names a person. */
	String savedBy(@Nullable String username) {
		return people.name(username);
	}

	/** Who saved an answer of a country's response: named as above, the country as a qualifier. */
	String savedBy(@Nullable String username, String iso2) {
		return people.name(username, Countries.nameOf(iso2, LocaleContextHolder.getLocale()));
	}

	@Transactional
	@PreAuthorize("hasRole('FOCAL_POINT')")
	Saved save(UUID consultationId, UUID questionId, AnswerInput input) {
		AccountSummary me = accounts.current().orElseThrow();
		ConsultationView view = consultations.view(consultationId);
		ConsultationResponse response = writable(view.consultation(), me);
		ConsultationQuestion question = questionOf(view, questionId);
		check(question, input);
		ConsultationAnswer answer = answers.findByResponseIdAndQuestionId(response.getId(), questionId)
			.orElse(null);
		if (answer != null && (input.version() == null ? !answer.isBlank() : answer.getVersion() != input.version())) {
			throw new AnswerConflict(answer);
		}
		if (answer == null) {
			answer = new ConsultationAnswer(response.getId(), questionId);
		}
		String before = answer.asText();
		answer.write(language(input.language()), blankToNull(input.text()), input.choices(), input.scale(),
				me.username());
		answers.saveAndFlush(answer);
		if (response.getStatus() == ResponseStatus.PENDING) {
			response.started();
		}
		events.publishEvent(new ConsultationEvents.AnswerSaved(answer.getId(), response.getCountryIso2(), AuditedChange
			.updated(AuditedEntity.ANSWER, answer.getId(), response.getCountryIso2() + " draft")
			.before(before.isEmpty() ? null : before).after(answer.asText())));
		return new Saved(answer.getVersion(), answer.getUpdatedAt());
	}

	@Transactional
	@PreAuthorize("hasRole('FOCAL_POINT')")
	Saved attach(UUID consultationId, UUID questionId, String name, String type, byte[] content) {
		AccountSummary me = accounts.current().orElseThrow();
		ConsultationView view = consultations.view(consultationId);
		ConsultationResponse response = writable(view.consultation(), me);
		ConsultationQuestion question = questionOf(view, questionId);
		if (question.getKind() != QuestionKind.FILE) {
			throw new RefusedException(RefusalKind.INVALID, "consultations.answer.notAFileQuestion");
		}
		if (content.length == 0 && name.isBlank()) {
			// the button pressed before a file was chosen: not a bad file
			throw new RefusedException(RefusalKind.INVALID, "consultations.answer.noFile");
		}
		if (content.length == 0 || content.length > MAX_FILE) {
			throw new RefusedException(RefusalKind.INVALID, "consultations.answer.fileSize", MAX_FILE / 1024 / 1024);
		}
		String detected = FileTypes.detect(content); // by its bytes: an .exe renamed .pdf is still a program
		if (FileTypes.isProgram(detected)) {
			throw new RefusedException(RefusalKind.INVALID, "consultations.answer.program", name, detected);
		}
		ConsultationAnswer answer = answers.findByResponseIdAndQuestionId(response.getId(), questionId)
			.orElseGet(() -> new ConsultationAnswer(response.getId(), questionId));
		answer.attach(name, type, content, me.username());
		answers.saveAndFlush(answer);
		if (response.getStatus() == ResponseStatus.PENDING) {
			response.started();
		}
		events.publishEvent(new ConsultationEvents.AnswerSaved(answer.getId(), response.getCountryIso2(), AuditedChange
			.updated(AuditedEntity.ANSWER, answer.getId(), response.getCountryIso2() + " file " + name).after(name)));
		return new Saved(answer.getVersion(), answer.getUpdatedAt());
	}

	/**
	 * Submits the country's answers. Each definition of a term becomes the country's definition in the glossary,
	 * with the consultation as its source.
	 */
	@Transactional
	@PreAuthorize("hasRole('FOCAL_POINT')")
	void submit(UUID consultationId) {
		AccountSummary me = accounts.current().orElseThrow();
		ConsultationView view = consultations.view(consultationId);
		Consultation consultation = view.consultation();
		ConsultationResponse response = writable(consultation, me);
		Map<UUID, ConsultationAnswer> given = new HashMap<>();
		answers.findByResponseId(response.getId()).forEach(a -> given.put(a.getQuestionId(), a));
		List<IncompleteAnswers.Problem> problems = new ArrayList<>();
		for (ConsultationQuestion q : view.questions()) {
			ConsultationAnswer a = given.get(q.getId());
			if ((q.isRequired() || q.getKind() == QuestionKind.TERM_DEFINITION) && (a == null || a.isBlank())) {
				problems.add(new IncompleteAnswers.Problem(q.getId(), q.getKind() == QuestionKind.TERM_DEFINITION
						? "consultations.submit.definitionEmpty" : "consultations.submit.required"));
			}
			else if (a != null && a.getTextValue() != null && a.getTextValue().length() > MAX_TEXT) {
				problems.add(new IncompleteAnswers.Problem(q.getId(), "consultations.submit.tooLong"));
			}
		}
		if (!problems.isEmpty()) {
			throw new IncompleteAnswers(problems);
		}
		Instant now = clock.instant();
		response.submit(me.username(), now, consultation.isLate(now));
		responses.saveAndFlush(response);
		String source = consultation.title().in(Language.ES.locale()) + " (" + Deadline.today(now) + ")";
		String sourceLanguage = consultation.title().languageShown(Language.ES.locale()).code(); // the glossary's lang
		for (ConsultationQuestion q : view.questions()) {
			ConsultationAnswer a = given.get(q.getId());
			if (q.getKind() == QuestionKind.TERM_DEFINITION && a != null && a.getTextValue() != null) {
				UUID termId = q.getGlossaryTermId() != null ? q.getGlossaryTermId()
						: glossary.termFor(String.valueOf(q.getTerm()), q.termLanguage(consultation.title()));
				glossary.recordAnswer(termId, response.getCountryIso2(), a.getLanguage(), a.getTextValue(), source,
						sourceLanguage, consultationId, a.getId());
			}
		}
		events.publishEvent(new ConsultationEvents.ResponseSubmitted(response.getId(), response.getCountryIso2(),
				response.isLate(), AuditedChange.transition(AuditedEntity.RESPONSE, response.getId(),
						response.getCountryIso2() + " submitted" + (response.isLate() ? " late" : ""))
					.before(Map.of("status", "DRAFT"))
					.after(Map.of("status", "SUBMITTED", "late", response.isLate()))));
	}

	private ConsultationResponse responseOf(Consultation consultation, AccountSummary me) {
		String country = ConsultationPolicy.answersFor(me).orElseThrow(
				() -> new RefusedException(RefusalKind.FORBIDDEN, "consultations.answer.notFocalPoint"));
		return responses.findByConsultationIdAndCountryIso2(consultation.getId(), country)
			.orElseThrow(() -> new RefusedException(RefusalKind.FORBIDDEN, "consultations.answer.notSentToCountry",
					Countries.nameOf(country, LocaleContextHolder.getLocale())));
	}

	/** The response, if it may still change now; otherwise the sentence that says why not. */
	private ConsultationResponse writable(Consultation consultation, AccountSummary me) {
		ConsultationResponse response = responseOf(consultation, me);
		consultation.requireOpenForAnswers(LocaleContextHolder.getLocale()); // closed: nothing is written, 409
		if (consultation.isLate(clock.instant()) && consultation.getLatePolicy() == LatePolicy.REFUSE_LATE) {
			throw new RefusedException(RefusalKind.FORBIDDEN, "consultations.answer.lateRefused",
					Deadline.shownLong(consultation.getDeadline(), LocaleContextHolder.getLocale()));
		}
		response.requireOpen();
		return response;
	}

	private static ConsultationQuestion questionOf(ConsultationView view, UUID questionId) {
		return view.questions()
			.stream()
			.filter(q -> q.getId().equals(questionId))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("consultations.question.notFound"));
	}

	/** Refuses an autosave whose answer cannot be saved, with the sentence beside the field. */
	private static void check(ConsultationQuestion question, AnswerInput input) {
		Unsavable problem = Unsavable.of(question, input.text(), input.choices(),
				input.scale() == null || onScale(input.scale()));
		if (problem == Unsavable.TOO_LONG) {
			throw new RefusedException(RefusalKind.INVALID, problem.autosaveKey, MAX_TEXT, input.text().length());
		}
		if (problem != null) {
			throw new RefusedException(RefusalKind.INVALID, problem.autosaveKey);
		}
	}

	/**
	 * Why an answer as typed cannot be saved — the key of the sentence that says so, listed on the question when the
	 * whole form is submitted — or null when it can. Checked before any answer of the form is saved.
	 */
	static @Nullable String unsavable(ConsultationQuestion question, @Nullable String text, List<String> choices,
			@Nullable String scale) {
		Unsavable problem = Unsavable.of(question, text, choices, readableScale(scale));
		return problem == null ? null : problem.submitKey;
	}

	static boolean onScale(int value) {
		return value >= 1 && value <= SCALE_MAX;
	}

	/** Whether a scale's answer as typed can be saved: empty (no answer yet), or a whole number from 1 to 5. */
	static boolean readableScale(@Nullable String typed) {
		if (typed == null || typed.isBlank()) {
			return true;
		}
		try {
			return onScale(Integer.parseInt(typed.strip()));
		}
		catch (NumberFormatException ex) {
			return false;
		}
	}

	private static String language(String requested) {
		return Language.of(requested).orElse(Language.ES).code();
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text;
	}
}
