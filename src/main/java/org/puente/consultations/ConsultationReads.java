package org.puente.consultations;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.puente.refusal.NotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The consultations, the countries' responses and their answers as the module reads them; behind the door
 * ({@link ConsultationManagement}), so that no controller reads a repository.
 */
@Component
class ConsultationReads {

	private final ConsultationRepository consultations;

	private final SectionRepository sections;

	private final QuestionRepository questions;

	private final ResponseRepository responses;

	private final AnswerRepository answers;

	ConsultationReads(ConsultationRepository consultations, SectionRepository sections, QuestionRepository questions,
			ResponseRepository responses, AnswerRepository answers) {
		this.consultations = consultations;
		this.sections = sections;
		this.questions = questions;
		this.responses = responses;
		this.answers = answers;
	}

	@Transactional(readOnly = true)
	List<Consultation> all() {
		return consultations.findAllByOrderByCreatedAtDesc();
	}

	Consultation find(UUID id) {
		return consultations.findById(id).orElseThrow(() -> new NotFoundException("consultations.notFound"));
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

	/** Every country's response to a consultation, by country code. */
	@Transactional(readOnly = true)
	List<ConsultationResponse> responses(UUID consultationId) {
		return responses.findByConsultationIdOrderByCountryIso2(consultationId);
	}

	/** A country's responses to every consultation it was sent. */
	@Transactional(readOnly = true)
	List<ConsultationResponse> ofCountry(String iso2) {
		return responses.findByCountryIso2(iso2);
	}

	/** One country's response to a consultation; the message key names what is missing. */
	@Transactional(readOnly = true)
	ConsultationResponse of(UUID consultationId, String iso2, String notFoundKey) {
		return responses.findByConsultationIdAndCountryIso2(consultationId, iso2.toUpperCase(Locale.ROOT))
			.orElseThrow(() -> new NotFoundException(notFoundKey));
	}

	/** A response's answers by question. */
	@Transactional(readOnly = true)
	Map<UUID, ConsultationAnswer> answersByQuestion(UUID responseId) {
		Map<UUID, ConsultationAnswer> byQuestion = new HashMap<>();
		answers.findByResponseId(responseId).forEach(a -> byQuestion.put(a.getQuestionId(), a));
		return byQuestion;
	}

	/** The answer to one question, if it is a file that was uploaded. */
	@Transactional(readOnly = true)
	Optional<ConsultationAnswer> file(UUID responseId, UUID questionId) {
		return answers.findByResponseIdAndQuestionId(responseId, questionId).filter(a -> a.fileContent() != null);
	}
}
