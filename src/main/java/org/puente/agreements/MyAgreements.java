package org.puente.agreements;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.puente.accounts.AccountSummary;
import org.puente.accounts.Accounts;
import org.puente.directory.Presidencies;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * "My actions" read in SQL: only the agreements the reader acts on (their country, the presidency or troika their
 * country held on the meeting's date or holds while it is open, their conference's bodies, or confirmed by them), only the
 * columns the list shows, a page at a time. Open ones first, then by due date (none last), then the latest meeting first.
 */
@Component
class MyAgreements {

	/** One line of the list; {@code language} is the minutes', which the text is in. */
	record Line(UUID id, String meetingTitle, LocalDate meetingDate, String number, String text,
			AgreementStatus status, @Nullable LocalDate dueDate, boolean overdue, String language,
			@Nullable String meetingTitleLanguage) {
	}

	/** One page of lines, whether there are more after it, and how many open agreements there are in all. */
	record Page(List<Line> lines, int number, boolean more, long openCount) {

		List<Line> open() {
			return lines.stream().filter(l -> l.status().isOpen()).toList();
		}

		List<Line> closed() {
			return lines.stream().filter(l -> !l.status().isOpen()).toList();
		}
	}

	private static final String OPEN = "a.status in ('PENDING', 'IN_PROGRESS')";

	private final NamedParameterJdbcTemplate jdbc;

	private final Presidencies presidencies;

	private final Clock clock;

	private final Accounts accounts;

	private final MeetingTitleShown titles;

	private final ActingPresidency presidency;

	MyAgreements(NamedParameterJdbcTemplate jdbc, Presidencies presidencies, Clock clock, Accounts accounts,
			MeetingTitleShown titles, ActingPresidency presidency) {
		this.presidency = presidency;
		this.titles = titles;
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.presidencies = presidencies;
		this.clock = clock;
	}

	/** Page {@code number} (from 0) of {@code size} lines. */
	@Transactional(readOnly = true)
	Page page(AccountSummary reader, int number, int size) {
		MapSqlParameterSource params = new MapSqlParameterSource();
		String where = where(reader, params);
		int page = Math.max(0, number);
		params.addValue("limit", size + 1).addValue("offset", (long) page * size);
		LocalDate today = LocalDate.now(clock);
		long[] open = { -1 };
		List<MeetingFacts> meetings = new ArrayList<>();
		List<Line> lines = new ArrayList<>(jdbc.query("""
				select a.id, a.meeting_id, a.meeting_title, a.meeting_title_language, a.meeting_date, a.number, a.text, a.status, a.due_date,
				  (select r.language from agreement_review r where r.id = a.review_id) as language,
				  count(*) filter (where %2$s) over () as open_count
				from agreement a where %1$s
				order by case when %2$s then 0 else 1 end, a.due_date nulls last, a.meeting_date desc, a.position
				limit :limit offset :offset""".formatted(where, OPEN), params, (rs, i) -> {
			open[0] = rs.getLong("open_count");
			AgreementStatus status = AgreementStatus.valueOf(rs.getString("status"));
			LocalDate due = rs.getObject("due_date", LocalDate.class);
			meetings.add(new MeetingFacts(rs.getObject("meeting_id", UUID.class), rs.getString("meeting_title"),
					rs.getObject("meeting_date", LocalDate.class), List.of(), rs.getString("meeting_title_language")));
			return new Line(rs.getObject("id", UUID.class), rs.getString("meeting_title"),
					rs.getObject("meeting_date", LocalDate.class), rs.getString("number"), rs.getString("text"), status,
					due, status.isOpen() && due != null && due.isBefore(today),
					rs.getString("language") == null ? "es" : rs.getString("language"),
					rs.getString("meeting_title_language"));
		}));
		// the calendar's title in the reader's language where the minutes belong to a calendar meeting (walk 13 #8)
		var shown = titles.forAll(meetings);
		for (int n = 0; n < lines.size(); n++) {
			MeetingTitleShown.Shown title = shown.apply(meetings.get(n));
			Line l = lines.get(n);
			lines.set(n, new Line(l.id(), title.title(), l.meetingDate(), l.number(), l.text(), l.status(), l.dueDate(),
					l.overdue(), l.language(), title.language()));
		}
		boolean more = lines.size() > size;
		if (more) {
			lines.remove(size);
		}
		if (open[0] < 0) {
			// a page past the end: no line to carry the count
			Long counted = jdbc.queryForObject("select count(*) from agreement a where (" + where + ") and " + OPEN,
					params, Long.class);
			open[0] = counted == null ? 0 : counted;
		}
		return new Page(List.copyOf(lines), page, more, open[0]);
	}

	/** The signed-in reader's page {@code number}, in one transaction with reading who they are. */
	@Transactional(readOnly = true)
	Page pageOfCurrentReader(int number, int size) {
		return page(accounts.current().orElseThrow(), number, size);
	}

	/** The ids of all of them, in the list's order. */
	@Transactional(readOnly = true)
	List<UUID> ids(AccountSummary reader) {
		MapSqlParameterSource params = new MapSqlParameterSource();
		return jdbc.queryForList("select a.id from agreement a where " + where(reader, params)
				+ " order by case when " + OPEN + " then 0 else 1 end, a.due_date nulls last, a.meeting_date desc, a.position",
				params, UUID.class);
	}

	/**
	 * Confirmed by the reader, or with a responsible party they act for: a focal point for their country and for
	 * the pro tempore presidency (or troika) of a conference their country held on the meeting's date, or holds today
	 * while the agreement is open (held when it closed, once closed); a secretariat for its conference's bodies (same rule as
	 * {@link Agreements#actsFor}).
	 */
	private String where(AccountSummary reader, MapSqlParameterSource params) {
		params.addValue("me", reader.id());
		List<String> parties = new ArrayList<>();
		String country = AgreementPolicy.countryActedFor(reader).orElse(null);
		String conference = AgreementPolicy.conferenceActedFor(reader).orElse(null);
		if (country != null) {
			params.addValue("country", "country:" + country);
			parties.add("p.entity_id = :country");
			// the presidency (or troika) on the meeting's date, and the one of today (open) or of its closing day, in
			// the conference's days: the directory's terms, which say day by day who holds the office
			int n = 0;
			for (Presidencies.Term term : presidencies.presidencyTerms(country)) {
				parties.add(during(ActingPresidency.ROLE, term, n++, params));
			}
			for (Presidencies.Term term : presidencies.troikaTerms(country)) {
				parties.add(during(ActingPresidency.TROIKA, term, n++, params));
			}
		}
		else if (conference != null) {
			params.addValue("suffix", "-" + conference);
			params.addValue("process", "process:" + conference);
			parties.add("right(p.entity_id, length(:suffix)) = :suffix or p.entity_id = :process");
		}
		if (parties.isEmpty()) {
			return "a.created_by = :me";
		}
		return "(a.created_by = :me or exists (select 1 from agreement_party p where p.agreement_id = a.id"
				+ " and p.responsible and (" + String.join(" or ", parties) + ")))";
	}

	/**
	 * Party {@code prefix + conference} while the reader's country holds the {@code term}: on the meeting's date, or on
	 * the conference's today while open (its closing day once closed), as {@link ActingPresidency#days}.
	 */
	private String during(String prefix, Presidencies.Term term, int n, MapSqlParameterSource params) {
		String c = term.processCode();
		params.addValue("role" + n, prefix + c).addValue("from" + n, term.from())
			.addValue("today" + c, presidency.today(c)).addValue("zone" + c, presidency.zone(c));
		String last = "(case when " + OPEN + " then :today" + c + " else coalesce("
				+ ActingPresidency.closedOnSql("zone" + c) + ", a.meeting_date) end)";
		String until = "";
		if (term.until() != null) {
			params.addValue("to" + n, term.until());
			until = " and %1$s <= :to" + n;
		}
		String within = "%1$s >= :from" + n + until;
		return "(p.entity_id = :role" + n + " and (" + within.formatted("a.meeting_date") + " or "
				+ within.formatted(last) + "))";
	}
}
