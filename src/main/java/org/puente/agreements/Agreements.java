package org.puente.agreements;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;
import org.puente.accounts.AccountSummary;
import org.puente.accounts.Accounts;
import org.puente.audit.AuditAction;
import org.puente.audit.AuditedEntity;
import org.puente.audit.AuditedChange;
import org.puente.directory.Conference;
import org.puente.documents.DocumentSummary;
import org.puente.refusal.ChangedSinceException;
import org.puente.refusal.NotFoundException;
import org.puente.refusal.RefusalKind;
import org.puente.refusal.RefusedException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The agreement register: what was agreed, who must act, how far it got. The module's API for other capabilities. */
@Service
public class Agreements {

	private final AgreementRepository agreements;

	private final Accounts accounts;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final MyAgreements mine;

	private final MinutesRevision revision;

	private final MinutesFiles files;

	private final MeetingTitleShown titles;

	private final MessageSource messages;

	private final ActingPresidency presidency;

	private final AgreementBoard board;

	Agreements(AgreementRepository agreements, Accounts accounts, ActingPresidency presidency,
			ApplicationEventPublisher events, Clock clock, MyAgreements mine, MinutesRevision revision,
			MinutesFiles files, MeetingTitleShown titles, MessageSource messages, AgreementBoard board) {
		this.board = board;
		this.presidency = presidency;
		this.titles = titles;
		this.messages = messages;
		this.agreements = agreements;
		this.mine = mine;
		this.revision = revision;
		this.files = files;
		this.accounts = accounts;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * What a board or the API asks for; blank values do not filter.
	 *
	 * @param responsible a directory id such as {@code country:CL}
	 * @param minutesId the agreements of one set of minutes
	 */
	public record Filter(@Nullable String process, @Nullable AgreementStatus status, @Nullable String responsible,
			@Nullable String theme, @Nullable UUID minutesId, boolean overdueOnly) {

		public static Filter all() {
			return new Filter(null, null, null, null, null, false);
		}

		Predicate<AgreementSummary> predicate() {
			return a -> (AgreementBoard.blank(process) || a.processes().contains(Conference.of(process).orElse(null))) && (status == null || a.status() == status)
					&& (AgreementBoard.blank(responsible) || a.isResponsible(responsible))
					&& (AgreementBoard.blank(theme) || theme.equals(a.theme())) && (minutesId == null || minutesId.equals(a.minutesId()))
					&& (!overdueOnly || a.overdue());
		}
	}

	@Transactional(readOnly = true)
	public List<AgreementSummary> list(Filter filter) {
		return summaries(agreements.findAllByOrderByMeetingDateDescPositionAsc()).stream()
			.filter(filter.predicate()).toList();
	}

	/** The minutes that replaced these, following new version after new version; empty unless superseded. */
	@Transactional(readOnly = true)
	public Optional<UUID> replacementOf(UUID minutesId) {
		return revision.replacementOf(minutesId);
	}

	/** Minutes confirmed as holding no agreement: their meeting, for a page that has no agreement to take it from. */
	@Transactional(readOnly = true)
	Optional<MinutesWithoutAgreements> reviewedWithoutAgreements(UUID minutesId) {
		return revision.confirmedWithoutAgreements(minutesId)
			.map(r -> new MinutesWithoutAgreements(r.meeting(), r.getLanguage(), titles.of(r.meeting())));
	}

	/** Confirmed minutes that hold no agreement: their meeting, their language, the meeting's title for the reader. */
	record MinutesWithoutAgreements(MeetingFacts meeting, String language, MeetingTitleShown.Shown title) {
	}

	/** The uploaded file the agreements of these minutes were read from, if the reader may see it. */
	Optional<DocumentSummary> minutesDocument(UUID minutesId) {
		return files.ofReview(minutesId);
	}

	@Transactional(readOnly = true)
	public Optional<AgreementSummary> find(UUID id) {
		return agreements.findById(id).map(this::summary);
	}

	/** One page of the signed-in reader's agreements, open ones first (see {@link MyAgreements}). */
	MyAgreements.Page minePage(int number, int size) {
		return mine.pageOfCurrentReader(number, size);
	}

	/** Agreements assigned to the reader's country or body, or that they confirmed: open ones first, then by due date. */
	@Transactional(readOnly = true)
	public List<AgreementSummary> mine(AccountSummary reader) {
		return summariesOf(mine.ids(reader));
	}

	/** The board's page {@code number} (from 1) with the filter's tally, asked of PostgreSQL (AgreementBoard). */
	AgreementBoard.Page board(Filter filter, int number, int size) {
		return board.page(filter, number, size, this::summariesOf);
	}

	/** The board's responsible parties among {@code parties}, and its themes. */
	AgreementBoard.Choices boardChoices(java.util.Collection<String> parties) {
		return board.choices(parties);
	}

	/** Summaries of these agreements, in this order (one left out if it is gone meanwhile). */
	List<AgreementSummary> summariesOf(List<UUID> ids) {
		Map<UUID, Agreement> found = new java.util.HashMap<>();
		agreements.findAllById(ids).forEach(a -> found.put(a.getId(), a));
		return summaries(ids.stream().map(found::get).filter(java.util.Objects::nonNull).toList());
	}

	/** Whether the reader may report progress on the agreement: its conference's secretariat or a responsible party. */
	@Transactional(readOnly = true)
	public boolean mayReport(AccountSummary reader, UUID id) {
		return agreements.findById(id).map(a -> mayReport(reader, a)).orElse(false);
	}

	@Transactional(readOnly = true)
	public boolean follows(UUID accountId, UUID id) {
		return agreements.findById(id).map(a -> a.getFollowers().contains(accountId)).orElse(false);
	}

	/** Adds a progress note and, if given, a status change that the followers are told about. */
	@Transactional
	@PreAuthorize("isAuthenticated()")
	public AgreementSummary report(UUID id, long version, String note, String noteLanguage,
			@Nullable String evidenceUrl, @Nullable AgreementStatus newStatus) {
		AccountSummary reader = accounts.current().orElseThrow();
		Agreement agreement = agreements.findById(id).orElseThrow(() -> new NotFoundException("agreements.notFound"));
		if (!mayReport(reader, agreement)) {
			throw new RefusedException(RefusalKind.FORBIDDEN, "agreements.update.forbidden");
		}
		if (agreement.getVersion() != version) {
			throw new ChangedSinceException("agreements.update.conflict", agreement.getVersion());
		}
		return record(agreement, reader, ProgressNote.typed(note, noteLanguage), evidenceUrl, newStatus,
				clock.instant());
	}

	/**
	 * The line the public's "recent changes" shows in every language: the agreement's number and words, as the
	 * minutes have them (the action and the kind of record are named in the reader's language beside it).
	 */
	private static String publicLine(Agreement agreement) {
		return agreement.getNumber() + ". " + AgreementMeetingRecords.abbreviate(agreement.getText());
	}

	/** The report itself, also used by the demo data to date progress in 2017. */
	AgreementSummary record(Agreement agreement, AccountSummary reader, ProgressNote note,
			@Nullable String evidenceUrl, @Nullable AgreementStatus newStatus, java.time.Instant at) {
		UUID id = agreement.getId();
		AgreementSummary before = summary(agreement);
		AgreementStatus from = agreement.getStatus();
		agreement.report(note, evidenceUrl == null || evidenceUrl.isBlank() ? null : evidenceUrl.strip(),
				newStatus, reader.id(), reader.displayName(), at);
		agreement.follow(reader.id());
		agreements.saveAndFlush(agreement);
		AgreementSummary after = summary(agreement);
		AuditedChange audited = AuditedChange.of(from != agreement.getStatus() ? AuditAction.TRANSITION
				: AuditAction.UPDATE, AuditedEntity.AGREEMENT, id, publicLine(agreement))
			.before(before.status()).after(after.status()).inPublic(true);
		if (from != agreement.getStatus()) {
			events.publishEvent(new AgreementStatusChanged(id, from, agreement.getStatus(), reader.id(), note.text(),
					audited));
		}
		else {
			events.publishEvent(new AgreementEvents.AgreementProgressReported(id, audited));
		}
		return after;
	}

	@Transactional
	@PreAuthorize("isAuthenticated()")
	public void follow(UUID id, boolean follow) {
		follow(id, accounts.current().orElseThrow(), follow, false);
	}

	/**
	 * Follows or stops following for {@code reader}: the signed-in reader, or ({@code fromMail}) the account of a
	 * mail's unsubscribe link, without a session, audited as that account's own choice.
	 */
	@Transactional
	void follow(UUID id, AccountSummary reader, boolean follow, boolean fromMail) {
		Agreement agreement = agreements.findById(id).orElseThrow(() -> new NotFoundException("agreements.notFound"));
		boolean changed = follow ? agreement.follow(reader.id()) : agreement.unfollow(reader.id());
		if (changed) {
			AuditedChange audited = AuditedChange.updated(AuditedEntity.AGREEMENT_FOLLOWER, id,
					(follow ? "Follows " : "Stops following ") + "agreement " + agreement.getNumber())
				.after(fromMail ? Map.of("account", reader.username(), "follows", follow, "from", "mail")
						: Map.of("account", reader.username(), "follows", follow));
			events.publishEvent(new AgreementEvents.AgreementFollowed(id, reader.id(), follow,
					fromMail ? audited.by(reader.username()) : audited));
		}
	}

	/** The accounts following an agreement, told of its status changes. */
	@Transactional(readOnly = true)
	public List<UUID> followers(UUID id) {
		return agreements.findById(id).map(a -> List.copyOf(a.getFollowers())).orElse(List.of());
	}

	private boolean mayReport(AccountSummary reader, Agreement a) {
		if (reader.isAdmin()) {
			return true;
		}
		Optional<String> conference = AgreementPolicy.conferenceActedFor(reader);
		if (conference.isPresent()) {
			return conference.flatMap(Conference::of).filter(a.meeting().processes()::contains).isPresent();
		}
		return AgreementPolicy.countryActedFor(reader).isPresent() && actsFor(reader, a);
	}

	/**
	 * A focal point acts for their country, for its PPT and for the troikas it sits in: the presidency (or troika)
	 * on the meeting's date and, while the agreement is open, the one of today (once closed, the one of the day it
	 * closed: ActingPresidency); a secretariat for its conference's bodies.
	 */
	boolean actsFor(AccountSummary reader, Agreement a) {
		return a.getParties().stream().filter(AgreementParty::isResponsible)
			.anyMatch(p -> actsFor(reader, p.getEntityId(), a));
	}

	private boolean actsFor(AccountSummary reader, String entityId, Agreement a) {
		Optional<String> country = AgreementPolicy.countryActedFor(reader);
		if (country.isPresent()) {
			return entityId.equals("country:" + country.get())
					|| presidency.countries(entityId, a).contains(country.get());
		}
		return AgreementPolicy.conferenceActedFor(reader)
			.map(c -> entityId.endsWith("-" + c) || entityId.equals("process:" + c))
			.orElse(false);
	}

	AgreementSummary summary(Agreement a) {
		return summary(a, titles.of(a.meeting()));
	}

	/** Summaries of many agreements, their meetings' titles asked of the calendar once. */
	private List<AgreementSummary> summaries(List<Agreement> list) {
		java.util.function.Function<MeetingFacts, MeetingTitleShown.Shown> shown = titles.forAll(
				list.stream().map(Agreement::meeting).toList());
		return list.stream().map(a -> summary(a, shown.apply(a.meeting()))).toList();
	}

	private AgreementSummary summary(Agreement a, MeetingTitleShown.Shown title) {
		return new AgreementSummary(a.getId(), a.getReviewId(), a.meeting().id(), title.title(),
				a.meeting().date(), a.meeting().processes(), a.getNumber(), a.getTheme(), a.getText(), a.getStatus(),
				a.isOverdue(LocalDate.now(clock)), a.getDueDate(), a.getDuePrecision(),
				a.getParties().stream().filter(AgreementParty::isResponsible).map(AgreementParty::reference).toList(),
				a.getParties().stream().filter(p -> !p.isResponsible()).map(AgreementParty::reference).toList(),
				a.getDates().stream().map(AgreementDate::mention).toList(),
				// Puente's own notes in the language of the page or the API call that reads them
				a.getUpdates().stream().map(u -> u.progress(messages, LocaleContextHolder.getLocale())).toList(),
				a.getVersion(), a.getLanguage(), title.language(), title.titles());
	}

}
