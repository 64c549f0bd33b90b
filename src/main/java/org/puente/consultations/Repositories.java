package org.puente.consultations;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** Repository of {@link Questionnaire}s. */
interface QuestionnaireRepository extends JpaRepository<Questionnaire, UUID> {

	List<Questionnaire> findAllByOrderByCreatedAtDesc();
}

/** Repository of {@link QuestionnaireSection}s. */
interface SectionRepository extends JpaRepository<QuestionnaireSection, UUID> {

	List<QuestionnaireSection> findByQuestionnaireIdOrderByPosition(UUID questionnaireId);
}

/** Repository of {@link QuestionnaireQuestion}s. */
interface QuestionRepository extends JpaRepository<QuestionnaireQuestion, UUID> {

	List<QuestionnaireQuestion> findBySectionIdInOrderByPosition(Collection<UUID> sectionIds);
}

/** Repository of {@link ConsultationResponse}s. */
interface ResponseRepository extends JpaRepository<ConsultationResponse, UUID> {

	List<ConsultationResponse> findByQuestionnaireIdOrderByCountryIso2(UUID questionnaireId);

	Optional<ConsultationResponse> findByQuestionnaireIdAndCountryIso2(UUID questionnaireId, String countryIso2);

	List<ConsultationResponse> findByCountryIso2(String countryIso2);
}

/** Repository of {@link ConsultationAnswer}s. */
interface AnswerRepository extends JpaRepository<ConsultationAnswer, UUID> {

	List<ConsultationAnswer> findByResponseId(UUID responseId);

	Optional<ConsultationAnswer> findByResponseIdAndQuestionId(UUID responseId, UUID questionId);
}
