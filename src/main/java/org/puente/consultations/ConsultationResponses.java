package org.puente.consultations;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.puente.refusal.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The countries' responses and their answers as the pages read them, so that no controller reads a repository. */
@Service
class ConsultationResponses {

	private final ResponseRepository responses;

	private final AnswerRepository answers;

	ConsultationResponses(ResponseRepository responses, AnswerRepository answers) {
		this.responses = responses;
		this.answers = answers;
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
