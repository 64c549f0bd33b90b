package org.puente.consultations;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.puente.accounts.AccountSummary;
import org.puente.accounts.Accounts;
import org.puente.i18n.Deadline;
import org.puente.refusal.NotFoundException;
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

	private final ConsultationBuilding building;

	private final Accounts accounts;

	private final Clock clock;

	ConsultationManagement(ConsultationReads reads, Answering answering, CompiledAnswers compiled,
			ConsultationStages stages, ConsultationBuilding building, Accounts accounts, Clock clock) {
		this.clock = clock;
		this.reads = reads;
		this.answering = answering;
		this.compiled = compiled;
		this.stages = stages;
		this.building = building;
		this.accounts = accounts;
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

	/** The answer sheet of the country {@code iso2}: the caller's own (a focal point's), else refused. */
	AnswerSheet sheet(UUID id, String iso2) {
		ownCountry(iso2);
		return answering.sheet(id);
	}

	/** An answer saved for the country {@code iso2}, the caller's own. */
	Answering.Saved save(UUID id, String iso2, UUID questionId, Answering.AnswerInput input) {
		ownCountry(iso2);
		return answering.save(id, questionId, input);
	}

	/** The answers of the country {@code iso2}, the caller's own, submitted. */
	void submit(UUID id, String iso2) {
		ownCountry(iso2);
		answering.submit(id);
	}

	private void ownCountry(String iso2) {
		ConsultationPolicy.requireAnswersFor(accounts.current().orElseThrow(), iso2,
				org.springframework.context.i18n.LocaleContextHolder.getLocale());
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

	/** Starts a consultation (a draft) as the form describes it; returns its id. */
	UUID create(ConsultationForm form) {
		return building.create(form);
	}

	/** A draft and its questions at once, all or nothing (the API's creation); returns its id. */
	UUID create(ConsultationForm form, List<QuestionForm> questions) {
		return building.create(form, questions);
	}

	/** Describes a draft again (title, introduction, conferences, deadline), as it stood at {@code version}. */
	void describe(UUID id, long version, ConsultationForm form) {
		building.describe(id, version, form);
	}

	/** Adds a question, in a new section when the form names one; returns the id of the section it went to. */
	UUID addQuestion(UUID id, QuestionForm form) {
		return building.addQuestion(id, form);
	}

	/** Sends it to every member state of its conferences; returns how many. */
	int send(UUID id) {
		return building.send(id);
	}

	/** Reminds the countries that have not submitted; returns whom it reached and which countries have nobody. */
	Reminder remind(UUID id) {
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

	/** Only the secretariat of the conference that owns it (or an administrator) changes a consultation. */
	private Consultation editable(UUID id) {
		return ConsultationPolicy.requireMayEdit(find(id), accounts.current().orElseThrow());
	}

	/** Refused unless the reader may change the consultation: before a script's body is checked, 403 before 422. */
	void requireMayEdit(UUID id) {
		ConsultationPolicy.requireMayEdit(find(id), accounts.current().orElseThrow());
	}

	/** The consultation, if the reader may close or reopen it; otherwise a refusal that says who may. */
	Consultation closable(UUID id) {
		return ConsultationPolicy.requireMayClose(find(id), accounts.current().orElseThrow());
	}

	@Nullable AccountSummary currentAccount() {
		return accounts.current().orElse(null);
	}
}
