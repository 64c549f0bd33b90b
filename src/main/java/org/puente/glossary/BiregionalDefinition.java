package org.puente.glossary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;
import org.puente.directory.Conference;
import org.puente.i18n.Language;
import org.puente.i18n.MultilingualText;
import org.puente.refusal.RefusalKind;
import org.puente.refusal.RefusedException;

/**
 * The definition both conferences share for a term. Its text may change while it is proposed; once a conference
 * agreed, a change of wording sends it back to proposed, because what was agreed is no longer what is written.
 */
@Entity
@Table(name = "glossary_biregional_definition")
class BiregionalDefinition {

	@Id
	private UUID termId;

	private @Nullable String textEs;

	private @Nullable String textEn;

	private @Nullable String textPt;

	private @Nullable String textFr;

	@Enumerated(EnumType.STRING)
	private BiregionalStatus status = BiregionalStatus.PROPOSED;

	private @Nullable UUID meetingId;

	private @Nullable String meetingTitle;

	private @Nullable LocalDate meetingDate;

	@Version
	private long version;

	private Instant updatedAt = Instant.now();

	protected BiregionalDefinition() {
		this.termId = UUID.randomUUID();
	}

	BiregionalDefinition(UUID termId) {
		this.termId = termId;
	}

	public @Nullable String text(String lang) {
		return new MultilingualText(textEs, textEn, textPt, textFr).get(lang);
	}

	/** @return whether the wording changed */
	boolean rewrite(String lang, @Nullable String text) {
		String value = text == null || text.isBlank() ? null : text.strip();
		if (java.util.Objects.equals(value, text(lang))) {
			return false;
		}
		if (status == BiregionalStatus.ADOPTED) {
			throw new RefusedException(RefusalKind.CONFLICT, "glossary.biregional.adoptedIsFinal");
		}
		switch (lang) {
			case "en" -> textEn = value;
			case "pt" -> textPt = value;
			case "fr" -> textFr = value;
			default -> textEs = value;
		}
		status = BiregionalStatus.PROPOSED;
		updatedAt = Instant.now();
		return true;
	}

	/** A conference agrees on the current wording; when the other already had, both have. */
	void agreeBy(String process) {
		if (status == BiregionalStatus.ADOPTED) {
			throw new RefusedException(RefusalKind.CONFLICT, "glossary.biregional.adoptedIsFinal");
		}
		if (!hasText()) {
			throw new RefusedException(RefusalKind.INVALID, "glossary.biregional.noText");
		}
		boolean crm = Conference.CRM.name().equals(process);
		status = switch (status) {
			case PROPOSED -> crm ? BiregionalStatus.AGREED_CRM : BiregionalStatus.AGREED_CSM;
			case AGREED_CRM -> crm ? BiregionalStatus.AGREED_CRM : BiregionalStatus.AGREED_BOTH;
			case AGREED_CSM -> crm ? BiregionalStatus.AGREED_BOTH : BiregionalStatus.AGREED_CSM;
			default -> status;
		};
		updatedAt = Instant.now();
	}

	/**
	 * Adoption happens at a joint meeting of both conferences, on a wording each of them has agreed on: with one
	 * conference only, the definition is not bi-regional.
	 */
	void adoptAt(UUID meetingId, String meetingTitle, @Nullable LocalDate meetingDate) {
		if (status == BiregionalStatus.ADOPTED) {
			throw new RefusedException(RefusalKind.CONFLICT, "glossary.biregional.adoptedIsFinal");
		}
		if (!mayBeAdopted()) {
			throw new RefusedException(RefusalKind.CONFLICT, "glossary.biregional.notAgreedByBoth");
		}
		this.status = BiregionalStatus.ADOPTED;
		this.meetingId = meetingId;
		this.meetingTitle = meetingTitle;
		this.meetingDate = meetingDate;
		updatedAt = Instant.now();
	}

	boolean mayBeAdopted() {
		return status == BiregionalStatus.AGREED_BOTH;
	}

	/** Whether a conference (CRM or CSM) has agreed on the current wording. */
	boolean agreedBy(String process) {
		return switch (status) {
			case AGREED_BOTH, ADOPTED -> true;
			case AGREED_CRM -> Conference.CRM.name().equals(process);
			case AGREED_CSM -> Conference.CSM.name().equals(process);
			case PROPOSED -> false;
		};
	}

	boolean hasText() {
		return Language.CODES.stream().anyMatch(l -> text(l) != null);
	}

	public UUID getTermId() { return termId; }
	public BiregionalStatus getStatus() { return status; }
	public @Nullable UUID getMeetingId() { return meetingId; }
	public @Nullable String getMeetingTitle() { return meetingTitle; }
	public @Nullable LocalDate getMeetingDate() { return meetingDate; }
	public long getVersion() { return version; }
	public Instant getUpdatedAt() { return updatedAt; }

	java.util.Map<String, Object> state() {
		var map = new java.util.LinkedHashMap<String, Object>();
		map.put("status", status.name());
		for (String l : Language.CODES) {
			if (text(l) != null) {
				map.put("text_" + l, text(l));
			}
		}
		if (meetingId != null) {
			map.put("meetingId", meetingId.toString());
			map.put("meetingTitle", meetingTitle);
		}
		return map;
	}
}
