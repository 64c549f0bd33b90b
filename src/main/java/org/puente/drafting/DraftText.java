package org.puente.drafting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;
import org.puente.refusal.RefusalKind;
import org.puente.refusal.RefusedException;
import org.puente.i18n.MultilingualText;

/**
 * A text drafted together. It guards its own life: only a text being drafted may have its base text edited, a
 * frozen one only receives decisions, and an approved one changes no more, except to record its submission.
 */
@Entity
@Table(name = "drafting_text")
class DraftText {

	@Id
	private UUID id;

	@Enumerated(EnumType.STRING)
	private TextKind kind = TextKind.BIREGIONAL_INPUT;

	private String titleEs = "";

	private @Nullable String titleEn;

	private @Nullable String titlePt;

	private @Nullable String titleFr;

	private @Nullable Integer thematicSession;

	@JdbcTypeCode(SqlTypes.ARRAY)
	private List<String> processes = new ArrayList<>();

	@Enumerated(EnumType.STRING)
	private TextStatus status = TextStatus.DRAFTING;

	private @Nullable UUID documentId;

	private @Nullable UUID approvedMeetingId;

	private @Nullable String approvedMeetingTitle;

	private @Nullable LocalDate approvedOn;

	private @Nullable String approvingAgreement;

	private @Nullable LocalDate submittedOn;

	private @Nullable String submittedReference;

	private String createdBy = "";

	@Version
	private long version;

	protected DraftText() {
		this.id = UUID.randomUUID();
	}

	DraftText(TextKind kind, String titleEs, @Nullable Integer thematicSession, List<String> processes,
			String createdBy) {
		this.id = UUID.randomUUID();
		this.kind = kind;
		this.titleEs = titleEs;
		this.thematicSession = thematicSession;
		this.processes = new ArrayList<>(processes);
		this.createdBy = createdBy;
	}

	/** The repository's document this text becomes a version of when approved. */
	void linkDocument(UUID documentId) {
		this.documentId = documentId;
	}

	void retitle(String es, @Nullable String en, @Nullable String pt, @Nullable String fr) {
		requireDrafting();
		this.titleEs = es;
		this.titleEn = en;
		this.titlePt = pt;
		this.titleFr = fr;
	}

	/** Editing the base text: only while drafting, never once a round froze it or a plenary approved it. */
	void requireDrafting() {
		if (status != TextStatus.DRAFTING) {
			throw new RefusedException(RefusalKind.CONFLICT, "drafting.text.notDrafting");
		}
	}

	/** Deciding on amendments: while drafting or frozen, never after approval. */
	void requireOpenForDecisions() {
		if (status.isFinal()) {
			throw new RefusedException(RefusalKind.CONFLICT, "drafting.text.final");
		}
	}

	void freeze() {
		if (status == TextStatus.DRAFTING) {
			status = TextStatus.FROZEN;
		}
	}

	void reopen() {
		requireOpenForDecisions();
		status = TextStatus.DRAFTING;
	}

	void approve(UUID documentId, @Nullable UUID meetingId, String meetingTitle, LocalDate on,
			@Nullable String agreement) {
		requireOpenForDecisions();
		this.status = TextStatus.APPROVED;
		this.documentId = documentId;
		this.approvedMeetingId = meetingId;
		this.approvedMeetingTitle = meetingTitle;
		this.approvedOn = on;
		this.approvingAgreement = agreement;
	}

	void markSubmitted(LocalDate on, String reference) {
		if (status != TextStatus.APPROVED) {
			throw new RefusedException(RefusalKind.CONFLICT, "drafting.submit.notApproved");
		}
		this.status = TextStatus.SUBMITTED;
		this.submittedOn = on;
		this.submittedReference = reference;
	}

	public String title(Locale locale) {
		return titles().in(locale);
	}

	/** The title in the languages it is written in: pages mark the one shown with its {@code lang}. */
	public MultilingualText titles() {
		return new MultilingualText(titleEs, titleEn, titlePt, titleFr);
	}

	public UUID getId() {
		return id;
	}

	public TextKind getKind() {
		return kind;
	}

	public String getTitleEs() {
		return titleEs;
	}

	public @Nullable String getTitleEn() {
		return titleEn;
	}

	public @Nullable String getTitlePt() {
		return titlePt;
	}

	public @Nullable String getTitleFr() {
		return titleFr;
	}

	public @Nullable Integer getThematicSession() {
		return thematicSession;
	}

	public List<String> getProcesses() {
		return List.copyOf(processes);
	}

	public TextStatus getStatus() {
		return status;
	}

	public @Nullable UUID getDocumentId() {
		return documentId;
	}

	public @Nullable String getApprovedMeetingTitle() {
		return approvedMeetingTitle;
	}

	public @Nullable LocalDate getApprovedOn() {
		return approvedOn;
	}

	public @Nullable String getApprovingAgreement() {
		return approvingAgreement;
	}

	public @Nullable LocalDate getSubmittedOn() {
		return submittedOn;
	}

	public @Nullable String getSubmittedReference() {
		return submittedReference;
	}

	public String getCreatedBy() {
		return createdBy;
	}

	public long getVersion() {
		return version;
	}
}
