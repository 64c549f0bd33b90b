package org.puente.agreements;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.puente.accounts.AccountSummary;
import org.puente.accounts.Accounts;
import org.puente.audit.AuditedEntity;
import org.puente.audit.AuditedChange;
import org.puente.directory.Conference;
import org.puente.documents.UnreadableFileException;
import org.puente.documents.DocumentSummary;
import org.puente.minutes.MinutesReading;
import org.puente.minutes.TextSpan;
import org.puente.refusal.ChangedSinceException;
import org.puente.refusal.NotFoundException;
import org.puente.refusal.RefusalKind;
import org.puente.refusal.RefusedException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review of uploaded minutes: extraction, the secretariat's corrections (saved as drafts), and the confirmation
 * that turns the corrected proposal into official agreements.
 */
@Service
class Reviews {

	private final ReviewRepository reviews;

	private final AgreementRepository agreements;

	private final MinutesReading reading;

	private final Accounts accounts;

	private final ApplicationEventPublisher events;

	private final MinutesRevision revision;

	private final Clock clock;

	private final MinutesFiles files;

	Reviews(ReviewRepository reviews, AgreementRepository agreements, MinutesReading reading, Accounts accounts,
			ApplicationEventPublisher events, MinutesRevision revision, Clock clock, MinutesFiles files) {
		this.files = files;
		this.reviews = reviews;
		this.revision = revision;
		this.agreements = agreements;
		this.reading = reading;
		this.accounts = accounts;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Where the minutes belong: a calendar meeting's id, or a title and date typed by hand.
	 *
	 * @param titleLanguage the title's own (not the minutes'): the calendar's, or the page's for a typed one; null: unknown
	 * @param newVersion the uploader says these minutes replace ones the meeting already has
	 */
	record Meeting(@Nullable UUID meetingId, String title, @Nullable String titleLanguage, LocalDate date,
			List<Conference> processes, boolean newVersion) {
	}

	@Transactional
	@PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT')")
	public UUID start(Meeting meeting, MinutesUpload upload, Optional<String> lang) throws UnreadableFileException {
		AccountSummary reader = accounts.current().orElseThrow();
		if (meeting.processes().stream().map(Conference::name).noneMatch(reader::mayEditProcess)) {
			throw new RefusedException(RefusalKind.FORBIDDEN, "agreements.review.forbidden");
		}
		revision.admitFile(meeting, upload.sha256()); // at once, rather than after reading the whole file
		String fileName = upload.name();
		MinutesReading.Result result = reading.read(upload.bytes(), fileName, meeting.date(), lang,
				ReviewItem.KEPT_SUGGESTIONS);
		String text = result.text();
		if (text.codePoints().noneMatch(Character::isLetter)) { // a scan with no text layer, a picture: nothing to review
			throw new RefusedException(RefusalKind.INVALID, "agreements.extract.noText");
		}
		revision.admit(meeting, text, clock.instant());
		// minutes where nothing reads as an agreement open a review all the same (walk of 5 December #8): the file is
		// kept, the suggestions shown, an agreement the reading missed may be added, or "no agreement" recorded
		Locale locale = Locale.forLanguageTag(result.language());
		List<ReviewItem> items = ReviewItem.proposed(result.items(), "i", meeting.processes(), reading, locale);
		Review review = new Review(new MeetingFacts(meeting.meetingId(), meeting.title().strip(), meeting.date(),
				meeting.processes(), meeting.titleLanguage()), fileName, result.language(), text, items, reader.id(), reader.displayName(),
				clock.instant());
		review.readFrom(upload.sha256());
		review.replaceSuggestions(ReviewItem.proposed(Objects.requireNonNullElse(result.suggestions(), List.of()), "s", meeting.processes(), reading, locale));
		files.keep(meeting, fileName, upload.bytes(), result.language(), reader)
			.ifPresent(kept -> review.keptAs(kept.document(), kept.version()));
		reviews.save(review);
		events.publishEvent(new AgreementEvents.MinutesUploadedForReview(review.getId(), AuditedChange
			.created(AuditedEntity.AGREEMENT_REVIEW, review.getId(),
					"Minutes " + fileName + " uploaded for review (" + items.size() + " proposed agreements)")
			.after(Map.of("meeting", meeting.title(), "date", meeting.date().toString(), "items", items.size()))));
		return review.getId();
	}

	/** The minutes that replaced these, following new version after new version; empty unless superseded. */
	@Transactional(readOnly = true)
	public Optional<UUID> replacementOf(UUID minutesId) {
		return revision.replacementOf(minutesId);
	}

	/** The uploaded minutes a review reads, if the reviewer may see the document. */
	Optional<DocumentSummary> minutesDocument(@Nullable UUID documentId) {
		return files.visible(documentId);
	}

	@Transactional(readOnly = true)
	public Review get(UUID id) {
		return reviews.findById(id).orElseThrow(() -> new NotFoundException("agreements.review.notFound"));
	}

	/** The conferences whose minutes the reader reviews (both for an administrator): the upload form ticks these. */
	@PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT')")
	public List<Conference> reviewable() {
		AccountSummary reader = accounts.current().orElseThrow();
		List<Conference> own = Conference.BOTH.stream().filter(c -> reader.mayEditProcess(c.name())).toList();
		return own.isEmpty() ? Conference.BOTH : own;
	}

	/** A review read over the API by those who review (its controller repeats the rule: 404 before 403). */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT')")
	public Review open(UUID id) {
		return get(id);
	}

	@Transactional(readOnly = true)
	public List<Review> drafts() {
		return reviews.findByStatusOrderByUpdatedAtDesc(ReviewStatus.DRAFT);
	}

	@Transactional(readOnly = true)
	public List<Review> confirmed() {
		return reviews.findByStatusOrderByMeetingDateDesc(ReviewStatus.CONFIRMED);
	}

	/** Saves the reviewer's correction of one item. */
	@Transactional
	@PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT')")
	public void correct(UUID id, long version, ReviewItem corrected) {
		change(id, version, TYPED, "Corrected item " + corrected.number(), (items, suggestions) -> {
			int i = ReviewItems.indexOf(items, corrected.key());
			ReviewItem old = items.get(i);
			items.set(i, new ReviewItem(old.key(), corrected.number(), corrected.theme(), corrected.text(),
					corrected.responsible(), old.mentioned(), corrected.dates(), old.sourceStart(),
					old.sourceEnd()));
		});
	}

	/** Joins an item with the one after it: the texts, the parties and the dates. */
	@Transactional
	@PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT')")
	public void mergeWithNext(UUID id, long version, String key) {
		change(id, version, PRESSED, "Merged item " + key + " with the next", (items, suggestions) -> {
			int i = ReviewItems.indexOf(items, key);
			if (i == items.size() - 1) {
				throw new RefusedException(RefusalKind.INVALID, "agreements.review.merge.last");
			}
			ReviewItem b = items.remove(i + 1);
			items.set(i, ItemMerges.merge(items.get(i), b));
		});
	}

	/** Cuts an item in two where the given words start; each half's parties and dates are read again. */
	@Transactional
	@PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT')")
	public void split(UUID id, long version, String key, String secondStartsWith) {
		Review review = get(id);
		change(id, version, PRESSED, "Split item " + key, (items, suggestions) -> {
			int i = ReviewItems.indexOf(items, key);
			ReviewItem item = items.get(i);
			String words = secondStartsWith.strip();
			int at = words.isEmpty() ? -1 : item.text().indexOf(words);
			if (at <= 0) {
				throw new RefusedException(RefusalKind.INVALID, "agreements.review.split.notFound");
			}
			String first = item.text().substring(0, at).strip();
			String second = item.text().substring(at).strip();
			if (ItemMerges.unmerge(items, i, first, second)) {
				return; // a merge undone: the items back with their own numbers, not "6b"
			}
			ExtractedAgreement a = ExtractedAgreement.of(reading.readItem(item.number(), item.theme(), first,
					review.meeting().date(), review.getLanguage()));
			ExtractedAgreement b = ExtractedAgreement.of(reading.readItem(item.number() + "b", item.theme(), second,
					review.meeting().date(), review.getLanguage()));
			List<TextSpan> spans = item.sourceStart() < 0 ? List.of()
					: MinutesReading.locate(review.getSourceText().substring(item.sourceStart(), item.sourceEnd()),
							List.of(first, second));
			TextSpan one = ReviewItems.shifted(item, spans, 0), two = ReviewItems.shifted(item, spans, 1);
			items.set(i, ReviewItem.of(item.key(), a, one.start(), one.end()));
			items.add(i + 1, ReviewItem.of(item.key() + "b", b, two.start(), two.end()));
		});
	}

	@Transactional
	@PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT')")
	public void delete(UUID id, long version, String key) {
		change(id, version, PRESSED, "Deleted item " + key,
				(items, suggestions) -> items.remove(ReviewItems.indexOf(items, key)));
	}

	/** Makes the corrected proposal official; the participants are then told by e-mail. */
	@Transactional
	@PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT')")
	public List<UUID> confirm(UUID id, long version) {
		return confirm(id, version, false);
	}

	/** Records that the minutes hold no agreement: an empty proposal confirmed, audited, its file released. */
	@Transactional
	@PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT')")
	public void confirmNone(UUID id, long version) {
		confirm(id, version, true);
	}

	private List<UUID> confirm(UUID id, long version, boolean noneDeclared) {
		Review review = editable(id, version, PRESSED);
		AccountSummary reviewer = accounts.current().orElseThrow();
		MinutesRevision.Outcome outcome = revision.confirm(review, reviewer, clock.instant(), noneDeclared);
		agreements.saveAll(outcome.created());
		files.release(review, reviewer);
		reviews.saveAndFlush(review);
		List<UUID> ids = outcome.current().stream().map(Agreement::getId).toList();
		events.publishEvent(new AgreementsConfirmed(id, review.meeting().id(), ids, outcome.newVersion(), AuditedChange
			.transition(AuditedEntity.AGREEMENT_REVIEW, id,
					review.meeting().title()) // the public's line, in every language: what the counts were is below
			.before(ReviewStatus.DRAFT)
			.after(Map.of("status", ReviewStatus.CONFIRMED, "agreements", outcome.current().stream()
				.map(a -> a.getNumber() + ". " + a.getText()).toList(), "revised", outcome.revised().size(),
					"cancelled", outcome.dropped().size(), "noAgreements", noneDeclared))
			.inPublic(true)));
		return ids;
	}

	@Transactional
	@PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT')")
	public void discard(UUID id, long version) {
		Review review = editable(id, version, PRESSED);
		review.discard(clock.instant());
		files.withdraw(review, accounts.current().orElseThrow());
		reviews.saveAndFlush(review);
		events.publishEvent(new AgreementEvents.ReviewDiscarded(id, AuditedChange
			.deleted(AuditedEntity.AGREEMENT_REVIEW, id, "Review of " + review.getFileName() + " discarded")
			.before(ReviewStatus.DRAFT).after(ReviewStatus.DISCARDED)));
	}

	/** A change of the proposal: its items and the suggestions not added yet, both changed in place. */
	interface Edit {
		void apply(List<ReviewItem> items, List<ReviewItem> suggestions);
	}

	/** A stale version: the typed text is kept on the page (a correction, an addition), or a button's (nothing is). */
	static final String TYPED = "agreements.review.conflict", PRESSED = "agreements.review.staleAction";

	/** Applies a change to an editable review (draft, same version, the reviewer's conference), audited. */
	void change(UUID id, long version, String stale, String summary, Edit edit) {
		Review review = editable(id, version, stale);
		List<ReviewItem> before = review.items();
		List<ReviewItem> items = new ArrayList<>(before);
		List<ReviewItem> suggestions = new ArrayList<>(review.suggestions());
		edit.apply(items, suggestions);
		review.replaceItems(items, clock.instant());
		review.replaceSuggestions(suggestions);
		reviews.saveAndFlush(review);
		events.publishEvent(new AgreementEvents.ReviewEdited(id, AuditedChange
			.updated(AuditedEntity.AGREEMENT_REVIEW, id, summary).before(before.size()).after(items.size())));
	}

	private Review editable(UUID id, long version, String stale) {
		AccountSummary reader = accounts.current().orElseThrow();
		Review review = get(id);
		if (review.meeting().processes().stream().map(Conference::name).noneMatch(reader::mayEditProcess)) {
			throw new RefusedException(RefusalKind.FORBIDDEN, "agreements.review.forbidden");
		}
		if (review.getStatus() != ReviewStatus.DRAFT) {
			throw new RefusedException(RefusalKind.CONFLICT, "agreements.review.notDraft");
		}
		if (review.getVersion() != version) {
			throw new ChangedSinceException(stale, review.getVersion());
		}
		return review;
	}
}
