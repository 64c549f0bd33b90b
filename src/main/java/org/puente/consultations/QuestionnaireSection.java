package org.puente.consultations;

import java.util.Locale;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.jspecify.annotations.Nullable;
import org.puente.i18n.MultilingualText;

/** A titled part of a questionnaire that groups its questions. */
@Entity
class QuestionnaireSection {

	@Id
	private UUID id = UUID.randomUUID();

	private UUID questionnaireId;

	private int position;

	private @Nullable String titleEs;

	private @Nullable String titleEn;

	private @Nullable String titlePt;

	private @Nullable String titleFr;

	protected QuestionnaireSection() {
		this.questionnaireId = UUID.randomUUID();
	}

	QuestionnaireSection(UUID questionnaireId, int position, MultilingualText title) {
		this.questionnaireId = questionnaireId;
		this.position = position;
		this.titleEs = title.es();
		this.titleEn = title.en();
		this.titlePt = title.pt();
		this.titleFr = title.fr();
	}

	public UUID getId() { return id; }
	public UUID getQuestionnaireId() { return questionnaireId; }
	public int getPosition() { return position; }
	public MultilingualText title() { return new MultilingualText(titleEs, titleEn, titlePt, titleFr); }
	public String title(Locale locale) { return title().in(locale); }
}
