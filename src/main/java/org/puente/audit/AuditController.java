package org.puente.audit;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The administrators' view of the audit log, filtered by actor, capability, entity and period. */
@Controller
class AuditController {

	private static final int PAGE_SIZE = 50;

	private final JdbcTemplate jdbc;

	AuditController(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@GetMapping("/admin/audit")
	String list(@RequestParam(required = false) @Nullable String actor,
			@RequestParam(required = false) @Nullable String capability,
			@RequestParam(required = false) @Nullable String entity,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(defaultValue = "0") int page, Model model) {
		StringBuilder where = new StringBuilder(" where true");
		List<Object> args = new ArrayList<>();
		if (actor != null && !actor.isBlank()) {
			where.append(" and actor = ?");
			args.add(actor.strip());
		}
		if (capability != null && !capability.isBlank()) {
			where.append(" and capability = ?");
			args.add(capability.strip());
		}
		if (entity != null && !entity.isBlank()) {
			where.append(" and (entity_id = ? or summary ilike ?)");
			args.add(entity.strip());
			args.add("%" + entity.strip() + "%");
		}
		if (from != null) {
			where.append(" and at >= ?");
			args.add(java.sql.Timestamp.from(from.atStartOfDay(ZoneOffset.UTC).toInstant()));
		}
		if (to != null) {
			where.append(" and at < ?");
			args.add(java.sql.Timestamp.from(to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
		}
		int safePage = Math.max(0, page);
		List<Object> pageArgs = new ArrayList<>(args);
		pageArgs.add(PAGE_SIZE + 1);
		pageArgs.add(safePage * PAGE_SIZE);
		List<AuditRow> rows = jdbc.query("select id, at, actor, action, capability, entity_type, entity_id, summary, "
				+ "before_state::text as before_state, after_state::text as after_state from audit_entry" + where
				+ " order by at desc, id desc limit ? offset ?",
				(rs, i) -> new AuditRow(rs.getLong("id"), rs.getTimestamp("at").toInstant(), rs.getString("actor"),
						rs.getString("action"), rs.getString("capability"), rs.getString("entity_type"),
						rs.getString("entity_id"), rs.getString("summary"), rs.getString("before_state"),
						rs.getString("after_state")),
				pageArgs.toArray());
		model.addAttribute("entries", rows.subList(0, Math.min(rows.size(), PAGE_SIZE)));
		model.addAttribute("hasNext", rows.size() > PAGE_SIZE);
		model.addAttribute("page", safePage);
		model.addAttribute("capabilities",
				jdbc.queryForList("select distinct capability from audit_entry order by 1", String.class));
		model.addAttribute("actor", actor);
		model.addAttribute("capability", capability);
		model.addAttribute("entity", entity);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		return "audit/list";
	}

	record AuditRow(long id, java.time.Instant at, String actor, String action, String capability, String entityType,
			String entityId, String summary, @Nullable String before, @Nullable String after) {
	}
}
