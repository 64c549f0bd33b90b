package org.puente.drafting;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;
import org.puente.refusal.RefusalKind;
import org.puente.refusal.RefusedException;

/**
 * A proposed change to one paragraph, by a country (ISO code) or a conference (CRM, CSM). It remembers the wording
 * of the paragraph it was written against, so that a change of the paragraph since shows both texts and the
 * proponent can rebase; only an open amendment is decided, supported, rebased or withdrawn.
 */
@Entity
@Table(name = "drafting_amendment")
class Amendment {

	@Id
	private UUID id;

	private UUID textId;

	private UUID paragraphId;

	private @Nullable UUID roundId;

	@Enumerated(EnumType.STRING)
	private AmendmentKind kind = AmendmentKind.COMMENT;

	private String proponent = "";

	private @Nullable String original;

	private @Nullable String replacement;

	private String reason = "";

	private int baseRevision;

	private String baseBody = "";

	private boolean late;

	@Enumerated(EnumType.STRING)
	private AmendmentStatus status = AmendmentStatus.PROPOSED;

	private @Nullable UUID mergedInto;

	private @Nullable String decidedBy;

	private @Nullable Instant decidedAt;

	private @Nullable UUID decisionMeetingId;

	private @Nullable String decisionMeetingTitle;

	private @Nullable String decisionNote;

	private String createdBy = "";

	private Instant createdAt = Instant.EPOCH;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "drafting_support", joinColumns = @JoinColumn(name = "amendment_id"))
	@MapKeyColumn(name = "country_iso2")
	private Map<String, Support> supports = new LinkedHashMap<>();

	@Version
	private long version;

	protected Amendment() {
		this.id = UUID.randomUUID();
		this.textId = id;
		this.paragraphId = id;
	}

	Amendment(DraftParagraph paragraph, AmendmentChange change, String proponent, @Nullable UUID roundId,
			boolean late, String createdBy) {
		this.id = UUID.randomUUID();
		this.textId = paragraph.getTextId();
		this.paragraphId = paragraph.getId();
		this.roundId = roundId;
		this.kind = change.kind();
		this.proponent = proponent;
		this.late = late;
		this.createdBy = createdBy;
		this.createdAt = Instant.now();
		write(change, paragraph);
	}

	private void write(AmendmentChange change, DraftParagraph paragraph) {
		this.original = change.original();
		this.replacement = change.replacement();
		this.reason = change.reason();
		this.baseRevision = paragraph.getRevision();
		this.baseBody = paragraph.getBody();
	}

	/** Written against an older wording of its paragraph. */
	public boolean isStale(DraftParagraph paragraph) {
		return baseRevision < paragraph.getRevision();
	}

	/** The proponent moves the amendment onto the paragraph's current wording. */
	void rebase(AmendmentChange change, DraftParagraph paragraph) {
		requireOpen();
		if (change.kind() != kind) {
			throw new RefusedException(RefusalKind.INVALID, "drafting.amendment.kindFixed");
		}
		write(change, paragraph);
	}

	void support(String countryIso2, String by) {
		requireOpen();
		supports.putIfAbsent(countryIso2, new Support(by, Instant.now()));
	}

	void withdrawSupport(String countryIso2) {
		requireOpen();
		supports.remove(countryIso2);
	}

	void decide(AmendmentStatus outcome, String by, @Nullable UUID meetingId, @Nullable String meetingTitle,
			@Nullable String note, @Nullable UUID into) {
		requireOpen();
		if (outcome == AmendmentStatus.PROPOSED || outcome == AmendmentStatus.WITHDRAWN) {
			throw new RefusedException(RefusalKind.INVALID, "drafting.decision.notAnOutcome");
		}
		this.status = outcome;
		this.mergedInto = into;
		this.decidedBy = by;
		this.decidedAt = Instant.now();
		this.decisionMeetingId = meetingId;
		this.decisionMeetingTitle = meetingTitle;
		this.decisionNote = note;
	}

	void withdraw(String by) {
		requireOpen();
		this.status = AmendmentStatus.WITHDRAWN;
		this.decidedBy = by;
		this.decidedAt = Instant.now();
	}

	private void requireOpen() {
		if (!status.isOpen()) {
			throw new RefusedException(RefusalKind.CONFLICT, "drafting.amendment.closed");
		}
	}

	public UUID getId() {
		return id;
	}

	public UUID getTextId() {
		return textId;
	}

	public UUID getParagraphId() {
		return paragraphId;
	}

	public @Nullable UUID getRoundId() {
		return roundId;
	}

	public AmendmentKind getKind() {
		return kind;
	}

	public String getProponent() {
		return proponent;
	}

	public @Nullable String getOriginal() {
		return original;
	}

	public @Nullable String getReplacement() {
		return replacement;
	}

	public String getReason() {
		return reason;
	}

	public String getBaseBody() {
		return baseBody;
	}

	public boolean isLate() {
		return late;
	}

	public AmendmentStatus getStatus() {
		return status;
	}

	public @Nullable String getDecidedBy() {
		return decidedBy;
	}

	public @Nullable Instant getDecidedAt() {
		return decidedAt;
	}

	public @Nullable String getDecisionMeetingTitle() {
		return decisionMeetingTitle;
	}

	public @Nullable String getDecisionNote() {
		return decisionNote;
	}

	public String getCreatedBy() {
		return createdBy;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Collection<String> supporters() {
		return supports.keySet();
	}

	public long getVersion() {
		return version;
	}

	/** A country's support: who gave it and when. */
	@Embeddable
	static class Support {

		private String supportedBy = "";

		private Instant supportedAt = Instant.EPOCH;

		protected Support() {
		}

		Support(String supportedBy, Instant supportedAt) {
			this.supportedBy = supportedBy;
			this.supportedAt = supportedAt;
		}

		public String getSupportedBy() {
			return supportedBy;
		}
	}
}
