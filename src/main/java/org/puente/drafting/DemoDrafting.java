package org.puente.drafting;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.puente.i18n.Deadline;
import org.puente.accounts.AccountSummary;
import org.puente.accounts.Accounts;
import org.puente.documents.DocumentKind;
import org.puente.documents.Documents;
import org.puente.meetings.MeetingKind;
import org.puente.meetings.MeetingSummary;
import org.puente.meetings.Meetings;
import org.puente.seeds.DemoData;
import org.puente.seeds.SeedFiles;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo's joint drafting: the bi-regional inputs for the six thematic sessions of 2017 and the CRM's draft Special
 * Declaration for the OAS CAM (Acta 3–4), with amendments from several countries in every state. Rounds closed on
 * 15 September 2017 before the Panamá plenary of 26–27 September (Acta 11), which decided amendments and approved
 * the inputs of sessions 1 and 2; session 6 and the CAM declaration have a round open now, so that a visitor can
 * propose. Loaded once, through the same services people use.
 */
@DemoData(60)
class DemoDrafting implements ApplicationRunner {


	private static final LocalDate ROUND_CLOSED = LocalDate.of(2017, 9, 15);

	private final DraftingManagement drafting;

	private final Amending amending;

	private final TextRepository texts;

	private final AmendmentRepository amendments;

	private final RoundRepository rounds;

	private final CommentRepository comments;

	private final Accounts accounts;

	private final Documents documents;

	private final Meetings meetings;

	DemoDrafting(DraftingManagement drafting, Amending amending, TextRepository texts, AmendmentRepository amendments,
			RoundRepository rounds, CommentRepository comments, Accounts accounts, Documents documents, Meetings meetings) {
		this.drafting = drafting;
		this.amending = amending;
		this.texts = texts;
		this.amendments = amendments;
		this.rounds = rounds;
		this.comments = comments;
		this.accounts = accounts;
		this.documents = documents;
		this.meetings = meetings;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (texts.count() > 0) {
			return;
		}
		AccountSummary admin = accounts.byUsername("admin").orElseThrow();
		UUID plenary = meetings.between(LocalDate.of(2017, 9, 26), LocalDate.of(2017, 9, 27), Optional.of(admin))
			.stream()
			.filter(m -> m.kind() == MeetingKind.PLENARY)
			.map(MeetingSummary::id)
			.findFirst()
			.orElse(null);
		Map<String, UUID> ids = new HashMap<>();
		Map<String, CSVRecord> rows = new HashMap<>();
		for (CSVRecord row : SeedFiles.csv("demo/drafting/texts.csv")) {
			ids.put(row.get("key"), create(row, admin));
			rows.put(row.get("key"), row);
		}
		Map<String, UUID> amendmentIds = new HashMap<>();
		List<CSVRecord> amendmentRows = SeedFiles.csv("demo/drafting/amendments.csv");
		for (CSVRecord row : amendmentRows) {
			UUID textId = ids.get(row.get("text"));
			amendmentIds.put(row.get("text") + "/" + row.get("paragraph") + "/" + row.get("proponent"),
					propose(textId, row));
		}
		for (CSVRecord row : amendmentRows) {
			UUID id = amendmentIds.get(row.get("text") + "/" + row.get("paragraph") + "/" + row.get("proponent"));
			decide(id, row.get("outcome"), plenary, amendmentIds, admin);
		}
		rows.forEach((key, row) -> finish(ids.get(key), row.get("state"), plenary, admin));
	}

	private UUID create(CSVRecord row, AccountSummary admin) {
		String key = row.get("key");
		Integer session = row.get("session").isBlank() ? null : Integer.valueOf(row.get("session"));
		UUID id = drafting.create(new DraftingManagement.NewText(TextKind.valueOf(row.get("kind")), row.get("title_es"),
				row.get("title_en"), row.get("title_pt"), row.get("title_fr"), session,
				Arrays.asList(row.get("processes").split("\\|")), SeedFiles.text("demo/drafting/" + key + ".txt")), admin);
		DraftText text = texts.findById(id).orElseThrow();
		if (session != null) {
			documents.forThematicSession(session, Optional.of(admin)).stream()
				.filter(d -> d.kind() == DocumentKind.BIREGIONAL_INPUT && d.processes().size() == 2)
				.findFirst()
				.ifPresent(d -> text.linkDocument(d.id()));
		}
		boolean open = "DRAFTING".equals(row.get("state"));
		LocalDate lastDay = open ? Deadline.today(java.time.Clock.systemUTC()).plusDays(21) : ROUND_CLOSED;
		AmendmentRound round = new AmendmentRound(id, open ? Deadline.today(java.time.Clock.systemUTC()) : LocalDate.of(2017, 8, 1),
				Deadline.closesAt(lastDay),
				"s5".equals(key) ? LatePolicy.ACCEPT_MARKED : LatePolicy.REFUSE, "st-crm");
		if (!open) {
			round.close();
		}
		rounds.save(round);
		if ("s6".equals(key)) {
			translate(id, admin);
		}
		return id;
	}

	private UUID propose(UUID textId, CSVRecord row) {
		DraftParagraph paragraph = drafting.live(textId).get(Integer.parseInt(row.get("paragraph")) - 1);
		AmendmentRound round = rounds.findFirstByTextIdOrderByClosesAtDesc(textId).orElseThrow();
		String creator = creator(row.get("proponent"));
		Amendment amendment = new Amendment(paragraph, AmendmentChange.of(AmendmentKind.valueOf(row.get("kind")),
				row.get("original"), row.get("replacement"), row.get("reason")), row.get("proponent"), round.getId(),
				"LATE".equals(row.get("outcome")), creator);
		for (String country : row.get("supporters").split("\\|")) {
			if (!country.isBlank()) {
				amendment.support(country, "fp-" + country.toLowerCase(java.util.Locale.ROOT));
			}
		}
		amendments.saveAndFlush(amendment);
		if (!row.get("comment").isBlank()) {
			AccountSummary author = accounts.byUsername(row.get("comment_author")).orElseThrow();
			comments.save(new AmendmentComment(amendment.getId(), null, author.username(), author.displayName(),
					row.get("comment")));
		}
		return amendment.getId();
	}

	private void decide(UUID id, String outcome, @Nullable UUID plenary, Map<String, UUID> ids, AccountSummary admin) {
		Amendment amendment = amendments.findById(id).orElseThrow();
		if (outcome.equals("WITHDRAWN")) {
			amendment.withdraw(amendment.getCreatedBy());
		}
		else if (outcome.startsWith("MERGED:")) {
			amending.decide(id, new Amending.Decision(AmendmentStatus.MERGED, plenary, null,
					"Se fusiona con la propuesta de Brasil.", ids.get(outcome.substring("MERGED:".length()))),
					amendment.getVersion(), admin);
		}
		else if (outcome.equals("ACCEPTED") || outcome.equals("REJECTED")) {
			amending.decide(id, new Amending.Decision(AmendmentStatus.valueOf(outcome), plenary, null, null, null),
					amendment.getVersion(), admin);
		}
	}

	private void finish(UUID id, String state, @Nullable UUID plenary, AccountSummary admin) {
		DraftText text = texts.findById(id).orElseThrow();
		if (state.equals("FROZEN")) {
			text.freeze();
		}
		if (state.equals("APPROVED") || state.equals("SUBMITTED")) {
			text.freeze();
			drafting.approve(id, new DraftingManagement.Approval(plenary, null, LocalDate.of(2017, 9, 27),
					"Acuerdo de la consulta plenaria CRM-CSM de Panamá"), admin);
		}
		if (state.equals("SUBMITTED")) {
			drafting.submit(id, LocalDate.of(2017, 10, 2), "Nota conjunta CRM-CSM/2017/41", admin);
		}
	}

	private void translate(UUID textId, AccountSummary admin) {
		List<String> english = List.of(
				"The Conferences propose to widen regular migration pathways, including temporary work programmes and intra-regional labour mobility.",
				"They highlight residence agreements, such as MERCOSUR's, as an example of regional integration.");
		List<DraftParagraph> live = drafting.live(textId);
		for (int i = 0; i < english.size(); i++) {
			drafting.translate(live.get(i).getId(), "en", english.get(i), admin);
		}
	}

	/** Who typed a proponent's amendment in the demo: its focal point or secretariat account where there is one. */
	private String creator(String proponent) {
		return switch (proponent) {
			case "CRM" -> "st-crm";
			case "CSM" -> "st-csm";
			case "MX" -> "fp-mexico";
			case "CL" -> "fp-chile";
			case "PA" -> "fp-panama";
			default -> "st-" + (List.of("AR", "BO", "BR", "CL", "CO", "EC", "GY", "PY", "PE", "SR", "UY", "VE")
				.contains(proponent) ? "csm" : "crm");
		};
	}
}
