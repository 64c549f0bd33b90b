package org.puente.practices;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.puente.accounts.AccountSummary;
import org.puente.audit.AuditedEntity;
import org.puente.audit.AuditedChange;
import org.puente.directory.Directory;
import org.puente.refusal.NotFoundException;
import org.puente.refusal.RefusalKind;
import org.puente.refusal.RefusedException;
import org.puente.refusal.SeenVersion;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalogue's rules: a focal point writes and submits its country's practices, a secretariat writes on behalf of
 * a country of its conference and reviews what the countries of its conference submit (returns it with a note or
 * accepts it); accepted practices are public and searchable. Every change is audited.
 */
@Service
class PracticeCatalogue {

	/** The longest review note: as long as a comment on an amendment (and the note field's maxlength). */
	static final int MAX_NOTE = 4_000;

	private final PracticeRepository practices;

	private final Directory directory;

	private final ApplicationEventPublisher events;

	private final Prioritisation prioritisation;

	PracticeCatalogue(PracticeRepository practices, Directory directory, ApplicationEventPublisher events,
			Prioritisation prioritisation) {
		this.practices = practices;
		this.directory = directory;
		this.events = events;
		this.prioritisation = prioritisation;
	}

	/** A session's combined ranking (see {@link Prioritisation#compute}), for the API. */
	JointRanking ranking(int session, String language) {
		return prioritisation.compute(session, language);
	}

	@Transactional
	UUID create(PracticeContent content, AccountSummary actor) {
		return create(content, actor, false);
	}

	@Transactional
	UUID create(PracticeContent content, AccountSummary actor, boolean demo) {
		String process = conferenceOf(content.countries());
		PracticePolicy.requireMayWrite(process, content.countries(), actor);
		Practice practice = new Practice(process, actor.username(), demo);
		practice.fill(content);
		practices.save(practice);
		events.publishEvent(new PracticeEvents.PracticeSaved(practice.getId(), AuditedChange
			.created(AuditedEntity.PRACTICE, practice.getId(), practice.original().title()).after(state(practice))));
		return practice.getId();
	}

	@Transactional
	void update(UUID id, PracticeContent content, long expectedVersion, AccountSummary actor) {
		Practice practice = get(id);
		SeenVersion.require(expectedVersion, practice.getVersion(), Practice.class, id);
		PracticePolicy.requireMayWrite(practice.getProcess(), practice.getCountries(), actor);
		String process = conferenceOf(content.countries());
		if (!process.equals(practice.getProcess())) {
			throw new RefusedException(RefusalKind.INVALID, "practices.error.otherConference");
		}
		PracticePolicy.requireMayWrite(process, content.countries(), actor);
		Map<String, Object> before = state(practice);
		practice.fill(content);
		events.publishEvent(new PracticeEvents.PracticeSaved(id, AuditedChange
			.updated(AuditedEntity.PRACTICE, id, practice.original().title()).before(before).after(state(practice))));
	}

	@Transactional
	void submit(UUID id, AccountSummary actor) {
		Practice practice = get(id);
		PracticePolicy.requireMayWrite(practice.getProcess(), practice.getCountries(), actor);
		practice.submit();
		reviewed(practice, AuditedChange.transition(AuditedEntity.PRACTICE, id, "submitted")
			.after(Map.of("status", practice.getStatus().name())));
	}

	@Transactional
	void requestChanges(UUID id, String note, AccountSummary actor) {
		Practice practice = get(id);
		PracticePolicy.requireMayReview(practice, actor);
		if (note.isBlank()) {
			throw new RefusedException(RefusalKind.INVALID, "practices.error.noteRequired");
		}
		if (note.strip().length() > MAX_NOTE) {
			throw new RefusedException(RefusalKind.INVALID, "practices.error.noteTooLong", MAX_NOTE);
		}
		practice.requestChanges(note.strip());
		reviewed(practice, AuditedChange.transition(AuditedEntity.PRACTICE, id, "changes requested")
			.after(Map.of("status", practice.getStatus().name(), "note", note.strip())));
	}

	/** Accepting publishes: the practice is on the public portal and in the search box from this transaction on. */
	@Transactional
	void accept(UUID id, AccountSummary actor) {
		Practice practice = get(id);
		PracticePolicy.requireMayReview(practice, actor);
		practice.accept();
		reviewed(practice, AuditedChange.transition(AuditedEntity.PRACTICE, id, practice.original().title())
			.after(Map.of("status", practice.getStatus().name())).inPublic(true));
	}

	private void reviewed(Practice practice, AuditedChange audited) {
		events.publishEvent(new PracticeEvents.PracticeReviewed(practice.getId(), practice.getStatus(), audited));
	}

	/** The practices this reader may see: accepted ones for everybody, and the ones they write or review. */
	@Transactional(readOnly = true)
	List<Practice> visible(Optional<AccountSummary> reader) {
		return practices.findAll()
			.stream()
			.filter(p -> PracticePolicy.mayRead(p, reader))
			.sorted(Comparator.comparing((Practice p) -> p.original().title()))
			.toList();
	}

	/**
	 * The practices waiting for this reader: for a secretariat those its conference's countries submitted, to review;
	 * for a focal point its country's drafts and the practices returned with changes requested.
	 */
	@Transactional(readOnly = true)
	List<Practice> waitingFor(AccountSummary reader) {
		boolean reviewer = PracticePolicy.reviews(reader);
		return practices.findAll()
			.stream()
			.filter(p -> reviewer ? p.getStatus() == PracticeStatus.SUBMITTED && PracticePolicy.mayReview(p, reader)
					: p.getStatus().editable() && PracticePolicy.mayWrite(p.getProcess(), p.getCountries(), reader))
			.toList();
	}

	@Transactional(readOnly = true)
	List<Practice> accepted() {
		return practices.findByStatus(PracticeStatus.ACCEPTED)
			.stream()
			.sorted(Comparator.comparing((Practice p) -> p.original().title()))
			.toList();
	}

	/** A practice this reader may see; a practice they may not see is as unknown to them as one that is not there. */
	@Transactional(readOnly = true)
	Practice readable(UUID id, Optional<AccountSummary> reader) {
		return practices.findById(id)
			.filter(p -> PracticePolicy.mayRead(p, reader))
			.orElseThrow(() -> new NotFoundException("practices.error.notFound"));
	}

	boolean mayEdit(Practice practice, AccountSummary actor) {
		return PracticePolicy.mayEdit(practice, actor);
	}

	/** The conference of the practice: that of its first country; countries of both conferences may not mix. */
	String conferenceOf(List<String> countries) {
		if (countries.isEmpty()) {
			throw new RefusedException(RefusalKind.INVALID, "practices.error.countries");
		}
		String process = null;
		for (String country : countries) {
			List<String> of = directory.processesOf(country);
			if (of.isEmpty()) {
				throw new RefusedException(RefusalKind.INVALID, "practices.error.countryOutside", country);
			}
			if (process == null) {
				process = of.get(0);
			}
			else if (!of.contains(process)) {
				throw new RefusedException(RefusalKind.INVALID, "practices.error.mixedConferences");
			}
		}
		return process;
	}

	private Practice get(UUID id) {
		return practices.findById(id).orElseThrow(() -> new NotFoundException("practices.error.notFound"));
	}

	private static Map<String, Object> state(Practice p) {
		return Map.of("status", p.getStatus().name(), "countries", p.getCountries(), "sessions",
				p.getThematicSessions(), "title", p.original().title());
	}
}
