package org.puente.consultations;

import java.util.Locale;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.jspecify.annotations.Nullable;
import org.puente.i18n.MultilingualText;

/** A titled part of a consultation that groups its questions. */
@Entity
class ConsultationSection {

	@Id
	private UUID id = UUID.randomUUID();

	private UUID consultationId;

	private int position;

	private @Nullable String titleEs;

	private @Nullable String titleEn;

	private @Nullable String titlePt;

	private @Nullable String titleFr;

	protected ConsultationSection() {
		this.consultationId = UUID.randomUUID();
	}

	ConsultationSection(UUID consultationId, int position, MultilingualText title) {
		this.consultationId = consultationId;
		this.position = position;
		this.titleEs = title.es();
		this.titleEn = title.en();
		this.titlePt = title.pt();
		this.titleFr = title.fr();
	}

	public UUID getId() { return id; }
	public UUID getConsultationId() { return consultationId; }
	public int getPosition() { return position; }
	public MultilingualText title() { return new MultilingualText(titleEs, titleEn, titlePt, titleFr); }
	public String title(Locale locale) { return title().in(locale); }
}
