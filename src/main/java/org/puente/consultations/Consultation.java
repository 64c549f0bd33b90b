package org.puente.consultations;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;
import org.puente.directory.Conference;
import org.puente.i18n.DateFormats;
import org.puente.i18n.Deadline;
import org.puente.i18n.MultilingualText;
import org.puente.refusal.RefusalKind;
import org.puente.refusal.RefusedException;

/** A consultation of a conference's secretariat, sent to the member states of one or both conferences. */
@Entity
class Consultation {


	@Id
	private UUID id = UUID.randomUUID();

	private String ownerProcess = Conference.CRM.name();

	private @Nullable String titleEs;

	private @Nullable String titleEn;

	private @Nullable String titlePt;

	private @Nullable String titleFr;

	private @Nullable String introEs;

	private @Nullable String introEn;

	private @Nullable String introPt;

	private @Nullable String introFr;

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Enumerated(EnumType.STRING)
	private List<Conference> processes = new ArrayList<>(List.of(Conference.CRM));

	private LocalDate deadline = LocalDate.now();

	@Enumerated(EnumType.STRING)
	private LatePolicy latePolicy = LatePolicy.ACCEPT_LATE;

	@Enumerated(EnumType.STRING)
	private ConsultationStatus status = ConsultationStatus.DRAFT;

	private @Nullable Instant sentAt;

	private @Nullable Instant closedAt;

	private @Nullable String closedBy;

	private String createdBy = "";

	@Version
	private long version;

	private Instant createdAt = Instant.now();

	protected Consultation() {
	}

	Consultation(String ownerProcess, String createdBy) {
		this.ownerProcess = ownerProcess;
		this.createdBy = createdBy;
	}

	void describe(MultilingualText title, MultilingualText intro, Collection<Conference> processes, LocalDate deadline,
			LatePolicy latePolicy) {
		this.titleEs = title.es();
		this.titleEn = title.en();
		this.titlePt = title.pt();
		this.titleFr = title.fr();
		this.introEs = intro.es();
		this.introEn = intro.en();
		this.introPt = intro.pt();
		this.introFr = intro.fr();
		this.processes = new ArrayList<>(Conference.inOrder(processes));
		this.deadline = deadline;
		this.latePolicy = latePolicy;
	}

	void markSent() {
		if (status != ConsultationStatus.DRAFT) {
			throw new RefusedException(RefusalKind.CONFLICT, "consultations.send.alreadySent");
		}
		status = ConsultationStatus.SENT;
		sentAt = Instant.now();
	}

	/** For records kept before Puente: the day it was actually sent. */
	void sentOn(Instant at) {
		markSent();
		sentAt = at;
	}

	/** Closed by its secretariat: no country answers it any more. Only a sent consultation closes. */
	void close(String by, Instant at) {
		if (status != ConsultationStatus.SENT) {
			throw new RefusedException(RefusalKind.CONFLICT, isClosed() ? "consultations.close.alreadyClosed"
					: "consultations.close.notSent");
		}
		status = ConsultationStatus.CLOSED;
		closedAt = at;
		closedBy = by;
	}

	/** Open again for answers (a country asked for a few more days); when and by whom it was closed is forgotten. */
	void reopen() {
		if (!isClosed()) {
			throw new RefusedException(RefusalKind.CONFLICT, "consultations.close.notClosed");
		}
		status = ConsultationStatus.SENT;
		closedAt = null;
		closedBy = null;
	}

	/** Refuses an answer, a file or a submission once it is closed, saying when, in the reader's language. */
	void requireOpenForAnswers(Locale locale) {
		if (closedAt != null && isClosed()) {
			throw new RefusedException(RefusalKind.CONFLICT, "consultations.answer.closed",
					DateFormats.moment(closedAt, locale) + " (" + DateFormats.zoneName() + ")"); // as its page says it
		}
	}

	void requireDraft() {
		if (status != ConsultationStatus.DRAFT) {
			throw new RefusedException(RefusalKind.CONFLICT, "consultations.build.alreadySent");
		}
	}

	/**
	 * Past its deadline at {@code at} (read from the application's {@code Clock}): the deadline day is over everywhere
	 * ({@link Deadline}) — the consultation's page, the answer and the home agree.
	 */
	boolean isLate(Instant at) {
		return Deadline.isOver(deadline, at);
	}

	public UUID getId() { return id; }
	public String getOwnerProcess() { return ownerProcess; }
	public MultilingualText title() { return new MultilingualText(titleEs, titleEn, titlePt, titleFr); }
	public MultilingualText intro() { return new MultilingualText(introEs, introEn, introPt, introFr); }
	public String title(Locale locale) { return title().in(locale); }
	public List<Conference> getProcesses() { return List.copyOf(processes); }
	public LocalDate getDeadline() { return deadline; }
	public LatePolicy getLatePolicy() { return latePolicy; }
	public ConsultationStatus getStatus() { return status; }
	public @Nullable Instant getSentAt() { return sentAt; }
	public String getCreatedBy() { return createdBy; }
	public long getVersion() { return version; }
	public boolean isDraft() { return status == ConsultationStatus.DRAFT; }
	public boolean isClosed() { return status == ConsultationStatus.CLOSED; }
	/** Sent and not closed: the countries answer it (within its late policy). */
	public boolean isOpen() { return status == ConsultationStatus.SENT; }
	public @Nullable Instant getClosedAt() { return closedAt; }
	public @Nullable String getClosedBy() { return closedBy; }
}
