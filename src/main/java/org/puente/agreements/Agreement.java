package org.puente.agreements;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;

import org.hibernate.annotations.OptimisticLock;
import org.jspecify.annotations.Nullable;
import org.puente.refusal.RefusalKind;
import org.puente.refusal.RefusedException;

/** An official agreement of a meeting: confirmed from reviewed minutes, then followed up until done or cancelled. */
@Entity
class Agreement {

	@Id
	private UUID id;

	private UUID reviewId;

	private int position;

	@Embedded
	private MeetingFacts meeting;

	private String number;

	private @Nullable String theme;

	private String text;

	/** The minutes' language, which the agreement's words are in: read from its review, never written here. */
	@org.hibernate.annotations.Formula("(select r.language from agreement_review r where r.id = review_id)")
	private @Nullable String language;

	@Enumerated(EnumType.STRING)
	private AgreementStatus status;

	private @Nullable LocalDate dueDate;

	private @Nullable String duePrecision;

	private UUID createdBy;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	@OneToMany(mappedBy = "agreementId", cascade = CascadeType.ALL, orphanRemoval = true)
	private List<AgreementParty> parties = new ArrayList<>();

	@OneToMany(mappedBy = "agreementId", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("startDate")
	private List<AgreementDate> dates = new ArrayList<>();

	@OneToMany(mappedBy = "agreementId", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("createdAt")
	private List<AgreementUpdate> updates = new ArrayList<>();

	// following is not editing: it must not make a progress report being typed meanwhile conflict
	@OptimisticLock(excluded = true)
	@ElementCollection
	@CollectionTable(name = "agreement_follower", joinColumns = @JoinColumn(name = "agreement_id"))
	@Column(name = "account_id")
	private Set<UUID> followers = new LinkedHashSet<>();

	protected Agreement() {
	}

	Agreement(Review review, int position, ReviewItem item, Instant now) {
		this.id = UUID.randomUUID();
		this.reviewId = review.getId();
		this.position = position;
		this.meeting = review.meeting();
		this.status = AgreementStatus.PENDING;
		this.createdBy = review.getCreatedBy();
		this.createdAt = now;
		take(item, now);
		followers.add(review.getCreatedBy());
	}

	/**
	 * A new version of the minutes was confirmed: the agreement keeps its place in the register, its status, its
	 * progress notes and its followers, and takes the new text, parties and dates of the item with its number.
	 */
	void revise(Review newVersion, int position, ReviewItem item, UUID authorId, String authorName, Instant now) {
		restoreIfDropped(newVersion, authorId, authorName, now);
		this.reviewId = newVersion.getId();
		this.position = position;
		this.meeting = meeting.retitled(newVersion.meeting().title(), newVersion.meeting().titleLanguage());
		parties.clear();
		dates.clear();
		this.dueDate = null;
		this.duePrecision = null;
		take(item, now);
	}

	/**
	 * A new version of the minutes no longer holds this agreement: it stays in the register with that version's
	 * agreements, cancelled, and the note says why, so that nobody's progress report disappears.
	 */
	void dropFrom(Review newVersion, int position, UUID authorId, String authorName, Instant now) {
		this.reviewId = newVersion.getId();
		this.position = position;
		report(ProgressNote.puentes(ProgressNote.DROPPED, newVersion.getFileName()), null,
				status.isOpen() ? AgreementStatus.CANCELLED : null, authorId, authorName, now);
	}

	/**
	 * An agreement an earlier version dropped is back in this one: it takes again the status the drop cancelled, and
	 * the note says why — else it would stay cancelled with its text back, and nothing would say it returned.
	 */
	private void restoreIfDropped(Review newVersion, UUID authorId, String authorName, Instant now) {
		AgreementUpdate last = updates.isEmpty() ? null : updates.get(updates.size() - 1);
		if (last == null || !last.saysDropped()) {
			return;
		}
		AgreementStatus before = last.getStatusTo() == status ? last.getStatusFrom() : null;
		report(ProgressNote.puentes(ProgressNote.RESTORED, newVersion.getFileName()), null, before, authorId,
				authorName, now);
	}

	private void take(ReviewItem item, Instant now) {
		this.updatedAt = now;
		this.number = item.number();
		this.theme = item.theme() == null || item.theme().isBlank() ? null : item.theme();
		this.text = item.text();
		for (PartyReference p : item.responsible()) {
			parties.add(new AgreementParty(id, p.id(), p.label(), true));
		}
		for (PartyReference p : item.mentioned()) {
			parties.add(new AgreementParty(id, p.id(), p.label(), false));
		}
		for (DateMention d : item.dates()) {
			dates.add(new AgreementDate(id, d));
		}
		// the due date is the earliest deadline; without one, the end of the last event the item plans
		item.dates().stream().filter(d -> d.kind() == DateKind.DEADLINE).min(Comparator.comparing(DateMention::end))
			.or(() -> item.dates().stream().max(Comparator.comparing(DateMention::end)))
			.ifPresent(d -> {
				this.dueDate = d.end();
				this.duePrecision = d.precision().name();
			});
	}

	/** Records a progress note, and the status change it reports if any; refuses to leave a closed item closed twice. */
	AgreementUpdate report(ProgressNote note, @Nullable String evidenceUrl, @Nullable AgreementStatus newStatus,
			@Nullable UUID authorId, String authorName, Instant at) {
		AgreementStatus from = null;
		if (newStatus != null && newStatus != status) {
			from = status;
			status = newStatus;
		}
		else if (note.isBlank()) {
			throw new RefusedException(RefusalKind.INVALID, "agreements.update.empty");
		}
		AgreementUpdate update = new AgreementUpdate(id, note, evidenceUrl, from, from == null ? null : newStatus,
				authorId, authorName, at);
		updates.add(update);
		updatedAt = at;
		return update;
	}

	boolean isOverdue(LocalDate today) {
		return status.isOpen() && dueDate != null && dueDate.isBefore(today);
	}

	boolean follow(UUID accountId) {
		return followers.add(accountId);
	}

	boolean unfollow(UUID accountId) {
		return followers.remove(accountId);
	}

	UUID getId() {
		return id;
	}

	UUID getReviewId() {
		return reviewId;
	}

	int getPosition() {
		return position;
	}

	MeetingFacts meeting() {
		return meeting;
	}

	String getNumber() {
		return number;
	}

	@Nullable String getTheme() {
		return theme;
	}

	/** The language of {@link #getText()} and the theme: the minutes', Spanish when unknown. */
	String getLanguage() {
		return language == null ? "es" : language;
	}

	String getText() {
		return text;
	}

	AgreementStatus getStatus() {
		return status;
	}

	@Nullable LocalDate getDueDate() {
		return dueDate;
	}

	@Nullable String getDuePrecision() {
		return duePrecision;
	}

	UUID getCreatedBy() {
		return createdBy;
	}

	Instant getUpdatedAt() {
		return updatedAt;
	}

	long getVersion() {
		return version;
	}

	List<AgreementParty> getParties() {
		return parties;
	}

	List<AgreementDate> getDates() {
		return dates;
	}

	List<AgreementUpdate> getUpdates() {
		return updates;
	}

	Set<UUID> getFollowers() {
		return followers;
	}
}
