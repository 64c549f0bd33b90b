package org.puente.flows;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.puente.accounts.AccountSummary;
import org.puente.audit.AuditAction;
import org.puente.audit.AuditedEntity;
import org.puente.audit.AuditedChange;
import org.puente.refusal.RefusalKind;
import org.puente.refusal.RefusedException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Focal points' submissions of aggregated counts: checked as a whole (nothing half-imported), previewed, then
 * committed as a new revision that replaces the same country and period; earlier revisions stay for the history.
 */
@Service
public class FlowSubmissions {

	/**
	 * A file checked and kept for the preview (stagedId: the preview's, to commit), or stored at once by the API
	 * (submissionId: the stored revision's, to read again), or the problems that stop it (neither). Two names because
	 * the two ids lead to different tables: a staged id read as a submission's would be a 404.
	 */
	record Checked(@Nullable UUID stagedId, @Nullable UUID submissionId, FlowTemplate.Parsed parsed, String country,
			LocalDate start, LocalDate end, String fileName, @Nullable Integer replacesRevision, long replacedTotal) {
	}

	/** One revision of one country's period. */
	record SubmissionSummary(UUID id, String country, LocalDate periodStart, LocalDate periodEnd, int revision,
			boolean current, String fileName, int rowCount, long total, String submittedBy, Instant submittedAt,
			boolean viaApi) {
	}

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final ApplicationEventPublisher events;

	private final FlowWatch watch;

	private final FlowSeries series;

	private final FlowAlerts alerts;

	FlowSubmissions(JdbcClient jdbc, JdbcTemplate template, ApplicationEventPublisher events, FlowWatch watch,
			FlowSeries series, FlowAlerts alerts) {
		this.jdbc = jdbc;
		this.template = template;
		this.events = events;
		this.watch = watch;
		this.series = series;
		this.alerts = alerts;
	}

	/** Every weekly series, by country and origin (the dashboards' and downloads' data). */
	List<FlowSeries.Series> series() {
		return series.all();
	}

	/** One series over its last weeks, read alone (the dashboard's, its chart's, its download's). */
	FlowSeries.@Nullable Series recent(String country, String origin, int weeks) {
		return series.recent(country, origin, weeks);
	}

	/** Each country's total of the last weeks and of as many before them. */
	Map<String, long[]> totals(int weeks) {
		return series.totals(weeks);
	}

	List<FlowAlerts.AlertView> alerts() {
		return alerts.alerts(null);
	}

	FlowAlerts.AlertView alert(UUID id) {
		return alerts.alert(id);
	}

	void acknowledge(UUID id, @Nullable String notes, long version, AccountSummary actor) {
		alerts.acknowledge(id, notes, version, actor);
	}

	List<FlowAlerts.AgreementView> exchangeAgreements(Locale locale) {
		return alerts.exchangeAgreements(locale);
	}

	/** Focal points submit for the country they represent; secretariats and administrators for any. */
	static void authorise(AccountSummary actor, String country) {
		authorise(actor, country, Locale.forLanguageTag("es"));
	}

	/**
	 * The same, the refusal naming the country as the reader reads it: "You do not represent Costa Rica", not "CR"
	 * (walk of 5 December, evening: a focal point choosing another country read its code).
	 */
	static void authorise(AccountSummary actor, String country, Locale locale) {
		if (!FlowPolicy.maySubmitFor(country, actor)) {
			throw new RefusedException(RefusalKind.FORBIDDEN, "flows.submit.notYourCountry",
					CountryNames.of(country, locale));
		}
	}

	static void checkPeriod(@Nullable LocalDate start, @Nullable LocalDate end) {
		if (start == null || end == null) {
			throw new RefusedException(RefusalKind.MALFORMED, "flows.submit.noPeriod");
		}
		if (end.isBefore(start) || start.plusYears(10).isBefore(end)) {
			throw new RefusedException(RefusalKind.MALFORMED, "flows.submit.badPeriod", start.toString(),
					end.toString());
		}
	}

	/** Checks a file; when it is clean, keeps it for the preview and the commit. */
	@Transactional
	Checked check(byte[] content, String fileName, String country, LocalDate start, LocalDate end,
			AccountSummary actor) {
		authorise(actor, country);
		checkPeriod(start, end);
		// said before the preview, on the period's field: the preview said "nothing is saved yet" and offered the
		// commit, which then ended on an error page (walk 9); the commit checks again, under the country's lock
		refuseOverlap(country, start, end);
		FlowTemplate.Parsed parsed = new FlowTemplate(country, start, end).parse(content);
		Map<String, Object> previous = current(country, start, end);
		Integer replaces = previous == null ? null : ((Number) previous.get("revision")).intValue();
		long replacedTotal = previous == null ? 0 : ((Number) previous.get("total")).longValue();
		UUID staged = null;
		// previews nobody committed within a day are forgotten
		jdbc.sql("delete from flow_staged_upload where created_at < now() - interval '1 day'").update();
		if (parsed.ok()) {
			staged = UUID.randomUUID();
			jdbc.sql("""
					insert into flow_staged_upload (id, account, country, period_start, period_end, file_name, content)
					values (?, ?, ?, ?, ?, ?, ?)""")
				.params(staged, actor.username(), country, start, end, fileName, content)
				.update();
		}
		return new Checked(staged, null, parsed, country, start, end, fileName, replaces, replacedTotal);
	}

	/** Commits a previewed file as the new revision of its country and period. */
	@Transactional
	public UUID commit(UUID stagedId, AccountSummary actor) {
		var staged = jdbc.sql("select * from flow_staged_upload where id = ? and account = ?")
			.params(stagedId, actor.username())
			.query()
			.listOfRows();
		if (staged.isEmpty()) {
			throw new RefusedException(RefusalKind.NOT_FOUND, "flows.submit.noStaged");
		}
		Map<String, Object> row = staged.get(0);
		String country = ((String) row.get("country")).strip();
		LocalDate start = ((java.sql.Date) row.get("period_start")).toLocalDate();
		LocalDate end = ((java.sql.Date) row.get("period_end")).toLocalDate();
		authorise(actor, country);
		FlowTemplate.Parsed parsed = new FlowTemplate(country, start, end).parse((byte[]) row.get("content"));
		if (!parsed.ok()) {
			throw new RefusedException(RefusalKind.INVALID, "flows.submit.invalid");
		}
		jdbc.sql("delete from flow_staged_upload where id = ?").param(stagedId).update();
		return store(country, start, end, (String) row.get("file_name"), parsed, actor, false);
	}

	/** A machine submission: checked and committed at once, or refused whole. */
	@Transactional
	public Checked submitDirectly(byte[] content, String fileName, String country, LocalDate start, LocalDate end,
			AccountSummary actor) {
		authorise(actor, country);
		checkPeriod(start, end);
		FlowTemplate.Parsed parsed = new FlowTemplate(country, start, end).parse(content);
		Map<String, Object> previous = current(country, start, end);
		if (!parsed.ok()) {
			return new Checked(null, null, parsed, country, start, end, fileName, null, 0);
		}
		UUID id = store(country, start, end, fileName, parsed, actor, true);
		return new Checked(null, id, parsed, country, start, end, fileName,
				previous == null ? null : ((Number) previous.get("revision")).intValue(),
				previous == null ? 0 : ((Number) previous.get("total")).longValue());
	}

	/** A period overlapping the current submission of another period of the same country is refused (409). */
	private void refuseOverlap(String country, LocalDate start, LocalDate end) {
		var overlapping = jdbc.sql("""
				select period_start, period_end from flow_submission
				where country = ? and current and period_start <= ? and period_end >= ?
				  and not (period_start = ? and period_end = ?)""")
			.params(country, end, start, start, end)
			.query()
			.listOfRows();
		if (!overlapping.isEmpty()) {
			var o = overlapping.get(0);
			throw new RefusedException(RefusalKind.CONFLICT, "flows.submit.overlap", String.valueOf(o.get("period_start")),
					String.valueOf(o.get("period_end")));
		}
	}

	private @Nullable Map<String, Object> current(String country, LocalDate start, LocalDate end) {
		var rows = jdbc.sql("""
				select revision, total from flow_submission
				where country = ? and period_start = ? and period_end = ? and current""")
			.params(country, start, end)
			.query()
			.listOfRows();
		return rows.isEmpty() ? null : rows.get(0);
	}

	UUID store(String country, LocalDate start, LocalDate end, String fileName, FlowTemplate.Parsed parsed,
			AccountSummary actor, boolean viaApi) {
		return store(country, start, end, fileName, parsed, actor, viaApi, true);
	}

	UUID store(String country, LocalDate start, LocalDate end, String fileName, FlowTemplate.Parsed parsed,
			AccountSummary actor, boolean viaApi, boolean refresh) {
		// one writer per country at a time; a period overlapping another one (not the same) is refused
		template.queryForList("select pg_advisory_xact_lock(hashtext(?))", "flows:" + country);
		refuseOverlap(country, start, end);
		Integer last = jdbc.sql("""
				select max(revision) from flow_submission where country = ? and period_start = ? and period_end = ?""")
			.params(country, start, end)
			.query(Integer.class)
			.optional()
			.orElse(null);
		int revision = last == null ? 1 : last + 1;
		jdbc.sql("update flow_submission set current = false where country = ? and period_start = ? and period_end = ?")
			.params(country, start, end)
			.update();
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into flow_submission (id, country, period_start, period_end, revision, current, file_name,
				                             row_count, total, submitted_by, submitted_at, via_api)
				values (?, ?, ?, ?, ?, true, ?, ?, ?, ?, ?, ?)""")
			.params(id, country, start, end, revision, fileName, parsed.rows().size(), parsed.total(),
					actor.username(), Timestamp.from(Instant.now()), viaApi)
			.update();
		template.batchUpdate("""
				insert into flow_count (submission_id, week, country, origin, border_point, sex, age_band, people)
				values (?, ?, ?, ?, ?, ?, ?, ?)""", parsed.rows(), 1000, (ps, r) -> {
			ps.setObject(1, id);
			ps.setObject(2, r.week());
			ps.setString(3, r.country());
			ps.setString(4, r.origin());
			ps.setString(5, r.borderPoint());
			ps.setString(6, r.sex());
			ps.setString(7, r.ageBand());
			ps.setInt(8, r.people());
		});
		events.publishEvent(new FlowEvents.FlowCountsSubmitted(id, country, revision, AuditedChange
			.of(revision == 1 ? AuditAction.IMPORT : AuditAction.UPDATE, AuditedEntity.FLOW_SUBMISSION, id,
					country + " " + start + "–" + end + " revision " + revision + ": " + parsed.rows().size()
							+ " rows, " + parsed.total() + " people")
			.after(Map.of("rows", parsed.rows().size(), "total", parsed.total(), "revision", revision))));
		if (refresh) {
			watch.refresh();
		}
		return id;
	}

	List<SubmissionSummary> history(@Nullable String country) {
		return jdbc.sql(SUMMARY + """
				where (cast(? as text) is null or country = ?)
				order by submitted_at desc, revision desc limit 200""")
			.params(country, country)
			.query(FlowSubmissions::summary)
			.list();
	}

	/** One revision, current or replaced (the API's read of what it answered 201 for). */
	Optional<SubmissionSummary> submission(UUID id) {
		return jdbc.sql(SUMMARY + " where id = ?").param(id).query(FlowSubmissions::summary).optional();
	}

	private static final String SUMMARY = """
			select id, country, period_start, period_end, revision, current, file_name, row_count, total,
			       submitted_by, submitted_at, via_api
			from flow_submission
			""";

	private static SubmissionSummary summary(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new SubmissionSummary(rs.getObject(1, UUID.class), rs.getString(2).strip(),
				rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class), rs.getInt(5), rs.getBoolean(6),
				rs.getString(7), rs.getInt(8), rs.getLong(9), rs.getString(10), rs.getTimestamp(11).toInstant(),
				rs.getBoolean(12));
	}
}
