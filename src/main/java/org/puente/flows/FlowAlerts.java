package org.puente.flows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.puente.accounts.AccountSummary;
import org.puente.audit.AuditedEntity;
import org.puente.audit.AuditedChange;
import org.puente.refusal.NotFoundException;
import org.puente.refusal.RefusalKind;
import org.puente.refusal.RefusedException;
import org.puente.refusal.SeenVersion;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The early-warning alerts as the pages read them, their acknowledgement by the country's focal point or a
 * secretariat, and the information-exchange agreements; behind the door ({@link FlowSubmissions}).
 */
@Component
class FlowAlerts {

	record AlertView(UUID id, String kind, String country, String origin, LocalDate week, @Nullable Integer observed,
			@Nullable Double upperbound, @Nullable String sourceCountry, @Nullable Integer lagWeeks,
			@Nullable String acknowledgedBy, @Nullable Instant acknowledgedAt, @Nullable String notes, long version) {

		public String url() {
			return "/flows/alerts/" + id;
		}
	}

	/** An information-exchange agreement; {@code language} is that of its title, legal basis and notes as typed. */
	record AgreementView(String code, String title, List<String> parties, String legalBasis, List<String> categories,
			LocalDate startsOn, @Nullable LocalDate endsOn, @Nullable String documentUrl, @Nullable String notes,
			String language) {
	}

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	FlowAlerts(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	/** The latest alerts, newest week first (or the one alert asked for). */
	@Transactional(readOnly = true)
	List<AlertView> alerts(@Nullable UUID id) {
		return jdbc.sql("""
				select id, kind, country, origin, week, observed, upperbound, source_country, lag_weeks,
				       acknowledged_by, acknowledged_at, notes, version
				from flow_alert where (cast(? as uuid) is null or id = ?)
				order by week desc, kind, country, origin limit 60""")
			.params(id, id)
			.query((rs, n) -> new AlertView(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3).strip(),
					rs.getString(4), rs.getObject(5, LocalDate.class), (Integer) rs.getObject(6),
					(Double) rs.getObject(7), rs.getString(8) == null ? null : rs.getString(8).strip(),
					(Integer) rs.getObject(9), rs.getString(10),
					rs.getTimestamp(11) == null ? null : rs.getTimestamp(11).toInstant(), rs.getString(12),
					rs.getLong(13)))
			.list();
	}

	@Transactional(readOnly = true)
	AlertView alert(UUID id) {
		return alerts(id).stream().findFirst().orElseThrow(() -> new NotFoundException("flows.alert.notFound"));
	}

	@Transactional(readOnly = true)
	List<AgreementView> exchangeAgreements(Locale locale) {
		return jdbc.sql("""
				select code, title, parties, legal_basis, data_categories, starts_on, ends_on, document_url, notes,
				       language
				from flow_exchange_agreement order by starts_on desc, code""")
			.query((rs, n) -> new AgreementView(rs.getString(1), rs.getString(2),
					java.util.Arrays.stream(rs.getString(3).split(",")).map(c -> CountryNames.of(c.strip(), locale))
						.toList(),
					rs.getString(4), List.of(rs.getString(5).split(",")), rs.getObject(6, LocalDate.class),
					rs.getObject(7, LocalDate.class), rs.getString(8), rs.getString(9), rs.getString(10)))
			.list();
	}

	/** The country's focal point or a secretariat acknowledges an alert, with notes (at most 4000 characters). */
	@Transactional
	void acknowledge(UUID id, @Nullable String notes, long version, AccountSummary actor) {
		AlertView alert = alert(id);
		if (!FlowPolicy.mayAcknowledge(actor, alert)) {
			throw new RefusedException(RefusalKind.FORBIDDEN, "flows.alert.notYours", alert.country());
		}
		String text = notes == null ? "" : notes.strip();
		if (text.length() > 4000) {
			// refused, not cut: a record holding part of what was written is worse than none
			throw new RefusedException(RefusalKind.INVALID, "flows.alert.notesTooLong", 4000);
		}
		// acknowledged or changed since it was read: refused with the version now, which a script sends again
		SeenVersion.require(version, alert.version(), AlertView.class, id);
		int updated = jdbc.sql("""
				update flow_alert set acknowledged_by = ?, acknowledged_at = now(), notes = ?, version = version + 1
				where id = ? and version = ?""")
			.params(actor.username(), text, id, version)
			.update();
		if (updated == 0) {
			throw new org.springframework.dao.OptimisticLockingFailureException("flow_alert " + id);
		}
		events.publishEvent(new FlowEvents.FlowAlertAcknowledged(id, AuditedChange.updated(AuditedEntity.FLOW_ALERT, id,
				"acknowledged " + alert.kind() + " " + alert.country() + " " + alert.origin() + " " + alert.week())
			.after(Map.of("notes", text))));
	}
}
