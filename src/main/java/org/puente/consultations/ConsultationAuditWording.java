package org.puente.consultations;

import java.util.List;
import java.util.Locale;

import jakarta.persistence.EntityManager;
import org.puente.audit.AuditMatch;
import org.puente.audit.AuditNames;
import org.puente.audit.AuditPhrases;
import org.puente.audit.AuditedEntity;
import org.puente.audit.NamedAuditWording;
import org.puente.directory.Countries;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import static org.puente.audit.AuditNames.branch;
import static org.puente.audit.AuditPhrases.phrase;

/**
 * The consultations' audit entries in the reader's language: "PA draft", "PA file informe.pdf", "PA submitted late"
 * (as {@link Answering} stores them) read "Panamá: borrador de respuesta guardado («Cuestionario…»)", with the
 * country's localized name and the questionnaire's title, linked. A search for a country's name finds its entries.
 */
@Component
class ConsultationAuditWording extends NamedAuditWording {

	private static final String QUESTIONNAIRE = "/consultations/%s";

	private static final String TITLE = "coalesce(nullif(q.title_{lang}, ''), q.title_es)";

	ConsultationAuditWording(EntityManager entities, MessageSource messages) {
		super("consultations", messages, new AuditNames(entities,
				branch(AuditedEntity.QUESTIONNAIRE, "consultation q", "q.id", TITLE, QUESTIONNAIRE, "q.id"),
				branch(AuditedEntity.RESPONSE,
						"consultation_response r join consultation q on q.id = r.consultation_id", "r.id",
						TITLE, QUESTIONNAIRE, "q.id"),
				branch(AuditedEntity.ANSWER, "consultation_answer a join consultation_response r on r.id = "
						+ "a.response_id join consultation q on q.id = r.consultation_id", "a.id", TITLE,
						QUESTIONNAIRE, "q.id")),
				new AuditPhrases(byCountry(AuditedEntity.ANSWER, "draft", "draft"),
						byCountry(AuditedEntity.ANSWER, "file (.+)", "file"),
						byCountry(AuditedEntity.RESPONSE, "submitted", "submitted"),
						byCountry(AuditedEntity.RESPONSE, "submitted late", "submitted.late"),
						byCountry(AuditedEntity.RESPONSE, "reopened", "reopened"),
						phrase(AuditedEntity.QUESTIONNAIRE, "question added", "consultations.audit.questionAdded"),
						phrase(AuditedEntity.QUESTIONNAIRE, "sent to ([0-9]+) countries", "consultations.audit.sent"),
						phrase(AuditedEntity.QUESTIONNAIRE, "reminder to ([0-9]+) countries",
								"consultations.audit.reminded"),
						phrase(AuditedEntity.QUESTIONNAIRE, "closed, ([0-9]+) of ([0-9]+) answered",
								"consultations.audit.closed"),
						phrase(AuditedEntity.QUESTIONNAIRE, "reopened for answers",
								"consultations.audit.reopenedForAnswers")));
	}

	/** "PA draft": a country's code, then what it did, said with the country's name. */
	private static AuditPhrases.Phrase byCountry(AuditedEntity entity, String what, String key) {
		return phrase(entity, "([A-Z]{2}) " + what, "consultations.audit." + key).part(1, Countries::nameOf);
	}

	/** An entry of a questionnaire since deleted says so, never "PA" for its name. */
	@Override
	protected String unnamed(org.puente.audit.AuditedEntry entry, java.util.Optional<AuditPhrases.Read> read,
			Locale locale) {
		return messages.getMessage("consultations.audit.gone", null, locale);
	}

	/** A country's name finds its answers: "Panamá" finds "PA draft". */
	@Override
	protected List<AuditMatch> alsoMatching(String words, Locale locale) {
		String codes = Countries.namedLike(words, locale);
		List<AuditMatch> matches = new java.util.ArrayList<>(AuditMatch.coded(codes, AuditedEntity.ANSWER, "%s .+"));
		matches.addAll(AuditMatch.coded(codes, AuditedEntity.RESPONSE, "%s .+"));
		return matches;
	}
}
