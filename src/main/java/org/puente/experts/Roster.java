package org.puente.experts;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.puente.accounts.AccountSummary;
import org.puente.audit.AuditAction;
import org.puente.audit.AuditedEntity;
import org.puente.audit.AuditedChange;
import org.puente.refusal.NotFoundException;
import org.puente.refusal.RefusalKind;
import org.puente.refusal.RefusedException;
import org.puente.refusal.SeenVersion;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The roster's one door: entries added, edited, imported from CSV, their consent recorded or withdrawn, and an
 * entry exported or erased at the expert's request. Audit entries name an expert by id only, so that erasing the
 * entry leaves no personal data behind.
 */
@Service
public class Roster {

	static final ZoneId PANAMA = ZoneId.of("America/Panama");

	static final List<String> CSV_COLUMNS = List.of("name", "email", "affiliation", "country", "languages",
			"sessions", "objectives", "gender", "region", "bio", "links", "consent_listed", "consent_share_un",
			"consent_date");

	private final ExpertRepository experts;

	private final NominationRepository nominations;

	private final NominationRefusalRepository refusals;

	private final NominationRoundRepository rounds;

	private final ExpertRules rules;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Roster(ExpertRepository experts, NominationRepository nominations, NominationRefusalRepository refusals,
			NominationRoundRepository rounds, ExpertRules rules, ApplicationEventPublisher events,
			Clock clock) {
		this.rounds = rounds;
		this.experts = experts;
		this.nominations = nominations;
		this.refusals = refusals;
		this.rules = rules;
		this.events = events;
		this.clock = clock;
	}

	/** Consent as recorded on the form or in a CSV row. */
	public record Consent(boolean listed, boolean shareUn, @Nullable LocalDate on) {
	}

	@Transactional(readOnly = true)
	public List<ExpertSummary> all() {
		return experts.findAllByOrderByFullNameAsc().stream().map(ExpertSummary::of).toList();
	}

	/** Experts who consented to be listed and shared with the UN: the only ones the public API shows. */
	@Transactional(readOnly = true)
	public List<ExpertSummary> consented() {
		return experts.findAllByOrderByFullNameAsc().stream().filter(Expert::consented).map(ExpertSummary::of).toList();
	}

	/** The roster as {@code actor} may see it, narrowed by the search form (walk 10 #17). */
	@Transactional(readOnly = true)
	RosterFilter.Result search(RosterFilter.Query query, AccountSummary actor, Locale locale) {
		return search(ExpertPolicy.mayEdit(actor) ? all() : consented(), query, locale);
	}

	/** The roster's file: who consented, narrowed by the page's search (api12: the file held the whole roster). */
	@Transactional(readOnly = true)
	List<ExpertSummary> exported(RosterFilter.Query query, Locale locale) {
		return search(consented(), query, locale).experts();
	}

	private RosterFilter.Result search(List<ExpertSummary> listed, RosterFilter.Query query, Locale locale) {
		List<RosterFilter.Choice> offered = rounds.findAllByOrderByDeadlineDesc().stream()
			.map(r -> new RosterFilter.Choice(r.getId().toString(), r.getTitle(), r.getTitleLanguage())).toList();
		return RosterFilter.search(listed, query, rules::isSession, offered,
				round -> nominations.findByRoundIdOrderBySessionAscConferenceAscProposedOnAsc(round).stream()
					.map(Nomination::getExpertId).collect(java.util.stream.Collectors.toSet()), locale);
	}

	@Transactional(readOnly = true)
	public Optional<ExpertSummary> find(UUID id) {
		return experts.findById(id).map(ExpertSummary::of);
	}

	List<ExpertRules.Problem> problems(ExpertData data, Consent consent) {
		List<ExpertRules.Problem> problems = new ArrayList<>(rules.check(data));
		if ((consent.listed() || consent.shareUn()) && consent.on() == null) {
			problems.add(new ExpertRules.Problem("consentOn", "experts.field.consentDate"));
		}
		if (consent.on() != null && consent.on().isAfter(today())) {
			problems.add(new ExpertRules.Problem("consentOn", "experts.field.consentFuture"));
		}
		return problems;
	}

	@Transactional
	public UUID create(ExpertData data, Consent consent, AccountSummary actor) {
		ExpertPolicy.requireEditor(actor);
		requireValid(data, consent);
		refuseDuplicate(data, null);
		Expert expert = new Expert(actor.username());
		expert.describe(data);
		expert.consent(consent.listed(), consent.shareUn(), consent.on());
		experts.saveAndFlush(expert);
		events.publishEvent(new ExpertEvents.ExpertSaved(expert.getId(), AuditedChange
			.created(AuditedEntity.EXPERT, expert.getId(), "expert " + expert.getId())
			.after(Map.of("consented", expert.consented()))));
		return expert.getId();
	}

	@Transactional
	public void update(UUID id, long expectedVersion, ExpertData data, Consent consent, AccountSummary actor) {
		Expert expert = expert(id);
		ExpertPolicy.requireEditorOf(expert, actor);
		SeenVersion.require(expectedVersion, expert.getVersion(), Expert.class, id);
		requireValid(data, consent);
		refuseDuplicate(data, id);
		boolean before = expert.consented();
		expert.describe(data);
		expert.consent(consent.listed(), consent.shareUn(), consent.on());
		experts.saveAndFlush(expert);
		events.publishEvent(new ExpertEvents.ExpertSaved(id, AuditedChange
			.updated(AuditedEntity.EXPERT, id, "expert " + id)
			.before(Map.of("consented", before)).after(Map.of("consented", expert.consented()))));
	}

	/** The expert withdraws consent: they leave the public list and cannot be nominated again. */
	@Transactional
	public void withdrawConsent(UUID id, AccountSummary actor) {
		Expert expert = expert(id);
		ExpertPolicy.requireEditorOf(expert, actor);
		expert.withdrawConsent(today());
		// their nominations in lists not yet approved leave the quota; approved lists leave them out of the letter
		for (Nomination n : nominations.findByExpertId(id)) {
			if (n.getStatus().active() && rounds.findById(n.getRoundId()).filter(r -> r.getApprovedCrmOn() == null
					&& r.getApprovedCsmOn() == null).isPresent()) {
				n.withdraw(actor.username(), today());
			}
		}
		events.publishEvent(new ExpertEvents.ConsentWithdrawn(id, AuditedChange
			.updated(AuditedEntity.EXPERT, id, "expert " + id).before(Map.of("consent", "given"))
			.after(Map.of("consent", "withdrawn"))));
	}

	/** Everything Puente holds about an expert, for the expert's own request. */
	public record Export(UUID id, ExpertData data, boolean consentListed, boolean consentShareUn,
			@Nullable LocalDate consentOn, @Nullable LocalDate consentWithdrawnOn, String createdBy,
			java.time.Instant createdAt, List<NominationExport> nominations, List<RefusalExport> refusals) {
	}

	public record NominationExport(UUID roundId, int session, String conference, String country,
			NominationStatus status, LocalDate proposedOn, @Nullable LocalDate decidedOn) {
	}

	public record RefusalExport(UUID roundId, int session, String conference, String country, String reason,
			LocalDate refusedOn) {
	}

	@Transactional
	public Export export(UUID id, AccountSummary actor) {
		ExpertPolicy.requireSecretariat(actor);
		Expert e = expert(id);
		events.publishEvent(new ExpertEvents.ExpertExported(id,
				AuditedChange.of(AuditAction.SEND, AuditedEntity.EXPERT, id, "expert " + id + " exported")));
		return new Export(e.getId(), e.data(), e.isConsentListed(), e.isConsentShareUn(), e.getConsentOn(),
				e.getConsentWithdrawnOn(), e.getCreatedBy(), e.getCreatedAt(),
				nominations.findByExpertId(id).stream().map(n -> new NominationExport(n.getRoundId(), n.getSession(),
						n.getConference(), n.getCountryIso2(), n.getStatus(), n.getProposedOn(), n.getDecidedOn()))
					.toList(),
				refusals.findByExpertId(id).stream().map(r -> new RefusalExport(r.getRoundId(), r.getSession(),
						r.getConference(), r.getCountryIso2(), r.getReasonKey(), r.getRefusedOn())).toList());
	}

	/** Erases the entry and its nominations; refusals keep their country and reason but lose the expert. */
	@Transactional
	public void erase(UUID id, AccountSummary actor) {
		ExpertPolicy.requireSecretariat(actor);
		Expert expert = expert(id);
		nominations.deleteByExpertId(id);
		experts.delete(expert);
		experts.flush();
		events.publishEvent(new ExpertEvents.ExpertErased(id,
				AuditedChange.deleted(AuditedEntity.EXPERT, id, "expert " + id + " erased")));
	}

	/** One problem of one row of an import: its line in the file, the column, and the sentence. */
	public record RowError(long line, String column, String key, Object[] args) {
	}

	/** How an import went: the experts created, or the errors of every row and nothing imported. */
	public record ImportResult(int imported, List<RowError> errors) {
	}

	/**
	 * Imports experts from CSV (UTF-8, a header row naming {@link #CSV_COLUMNS}). Every row is checked first;
	 * if any row has a problem, nothing is imported and every problem is reported with its line.
	 */
	@Transactional
	public ImportResult importCsv(byte[] bytes, AccountSummary actor) {
		ExpertPolicy.requireSecretariat(actor);
		RosterCsv.Read read = RosterCsv.read(bytes);
		if (read.error() != null) {
			return new ImportResult(0, List.of(read.error()));
		}
		List<RowError> errors = new ArrayList<>();
		Map<Long, ExpertData> rows = new LinkedHashMap<>();
		Map<Long, Consent> consents = new LinkedHashMap<>();
		Set<String> seen = new HashSet<>();
		for (CSVRecord row : read.rows()) {
			long line = row.getRecordNumber() + 1;
			List<ExpertRules.Problem> problems = new ArrayList<>();
			ExpertData data = RosterCsv.data(row, problems);
			Consent consent = RosterCsv.consent(row, problems);
			problems.addAll(problems(data, consent));
			String identity = identity(data.fullName(), data.email());
			if (!data.fullName().isBlank() && !seen.add(identity)) {
				problems.add(new ExpertRules.Problem("name", "experts.import.repeated"));
			}
			else if (!data.fullName().isBlank() && experts.findSame(data.fullName(), data.email()).isPresent()) {
				problems.add(new ExpertRules.Problem("name", "experts.duplicate", data.fullName()));
			}
			for (ExpertRules.Problem p : problems) {
				errors.add(new RowError(line, RosterCsv.column(p.field()), p.key(), p.args()));
			}
			rows.put(line, data);
			consents.put(line, consent);
		}
		if (!errors.isEmpty()) {
			return new ImportResult(0, errors);
		}
		for (var entry : rows.entrySet()) {
			Expert expert = new Expert(actor.username());
			expert.describe(entry.getValue());
			Consent c = consents.get(entry.getKey());
			expert.consent(c.listed(), c.shareUn(), c.on());
			experts.save(expert);
		}
		experts.flush();
		events.publishEvent(new ExpertEvents.RosterImported(rows.size(), AuditedChange
			.of(AuditAction.IMPORT, AuditedEntity.ROSTER, "csv", rows.size() + " experts imported")
			.after(Map.of("rows", rows.size()))));
		return new ImportResult(rows.size(), List.of());
	}
	private void requireValid(ExpertData data, Consent consent) {
		List<ExpertRules.Problem> problems = problems(data, consent);
		if (!problems.isEmpty()) {
			ExpertRules.Problem first = problems.get(0);
			throw new RefusedException(RefusalKind.INVALID, first.key(), first.args());
		}
	}

	private void refuseDuplicate(ExpertData data, @Nullable UUID self) {
		experts.findSame(data.fullName(), data.email()).filter(e -> !e.getId().equals(self)).ifPresent(e -> {
			throw new RefusedException(RefusalKind.CONFLICT, "experts.duplicate", data.fullName());
		});
	}

	private static String identity(String name, String email) {
		return name.strip().toLowerCase(Locale.ROOT) + "\n" + email.strip().toLowerCase(Locale.ROOT);
	}

	Expert expert(UUID id) {
		return experts.findById(id).orElseThrow(() -> new NotFoundException("experts.expert.notFound"));
	}

	LocalDate today() {
		return LocalDate.now(clock.withZone(PANAMA));
	}

	@Transactional(readOnly = true)
	public boolean mayEdit(UUID id, AccountSummary actor) {
		return experts.findById(id).map(e -> ExpertPolicy.mayEditEntry(e.getCreatedBy(), actor)).orElse(false);
	}
}
