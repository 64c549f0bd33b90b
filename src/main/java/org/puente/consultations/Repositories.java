package org.puente.consultations;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** Repository of {@link Consultation}s. */
interface ConsultationRepository extends JpaRepository<Consultation, UUID> {

	List<Consultation> findAllByOrderByCreatedAtDesc();
}

/** Repository of {@link ConsultationSection}s. */
interface SectionRepository extends JpaRepository<ConsultationSection, UUID> {

	List<ConsultationSection> findByConsultationIdOrderByPosition(UUID consultationId);
}

/** Repository of {@link ConsultationQuestion}s. */
interface QuestionRepository extends JpaRepository<ConsultationQuestion, UUID> {

	List<ConsultationQuestion> findBySectionIdInOrderByPosition(Collection<UUID> sectionIds);
}

/** Repository of {@link ConsultationResponse}s. */
interface ResponseRepository extends JpaRepository<ConsultationResponse, UUID> {

	List<ConsultationResponse> findByConsultationIdOrderByCountryIso2(UUID consultationId);

	Optional<ConsultationResponse> findByConsultationIdAndCountryIso2(UUID consultationId, String countryIso2);

	List<ConsultationResponse> findByCountryIso2(String countryIso2);
}

/** Repository of {@link ConsultationAnswer}s. */
interface AnswerRepository extends JpaRepository<ConsultationAnswer, UUID> {

	List<ConsultationAnswer> findByResponseId(UUID responseId);

	Optional<ConsultationAnswer> findByResponseIdAndQuestionId(UUID responseId, UUID questionId);
}
