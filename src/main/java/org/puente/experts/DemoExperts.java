package org.puente.experts;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVRecord;
import org.puente.accounts.AccountSummary;
import org.puente.accounts.Accounts;
import org.puente.i18n.Language;
import org.puente.refusal.RefusedException;
import org.puente.seeds.DemoData;
import org.puente.seeds.SeedFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;

/**
 * The demo's experts and the nomination round of Acta 9 (8 June 2017): three experts per session and conference
 * for thematic sessions 4, 5 and 6, proposed by member states before Monday 12 June, agreed by each conference
 * and approved by both pro tempore presidencies (El Salvador for the CRM, Chile for the CSM); Uruguay's fourth
 * nominee for session 5 is refused by the quota. All people are fictional. Loaded once, through the same
 * services people use (the roster through its CSV import).
 */
@DemoData(70)
class DemoExperts implements ApplicationRunner {

	private static final Logger LOG = LoggerFactory.getLogger(DemoExperts.class);

	static final String ROUND_TITLE = "Expertos para las sesiones temáticas 4, 5 y 6 (Acta 9)";

	private final Roster roster;

	private final Nominations nominations;

	private final ExpertRepository experts;

	private final NominationRoundRepository rounds;

	private final Accounts accounts;

	DemoExperts(Roster roster, Nominations nominations, ExpertRepository experts, NominationRoundRepository rounds,
			Accounts accounts) {
		this.roster = roster;
		this.nominations = nominations;
		this.experts = experts;
		this.rounds = rounds;
		this.accounts = accounts;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (rounds.count() > 0 || experts.count() > 0) {
			return;
		}
		AccountSummary admin = accounts.byUsername("admin").orElseThrow();
		Roster.ImportResult imported = roster.importCsv(SeedFiles.bytes("demo/experts/experts.csv"), admin);
		if (!imported.errors().isEmpty()) {
			throw new IllegalStateException("Demo experts do not import: " + imported.errors());
		}
		Map<String, UUID> byEmail = experts.findAll().stream()
			.collect(Collectors.toMap(Expert::getEmail, Expert::getId));
		UUID round = nominations.openRound(ROUND_TITLE, Language.ES, List.of(4, 5, 6), 3, LocalDate.of(2017, 6, 12), admin);
		for (CSVRecord row : SeedFiles.csv("demo/experts/nominations.csv")) {
			var proposal = new Nominations.Proposal(Integer.parseInt(row.get("session")), row.get("conference"),
					row.get("country"), byEmail.get(row.get("email")));
			LocalDate on = LocalDate.parse(row.get("proposed_on"));
			try {
				UUID id = nominations.propose(round, proposal, admin, on);
				if ("AGREED".equals(row.get("outcome"))) {
					nominations.decide(id, NominationStatus.AGREED, null, 0, admin, LocalDate.of(2017, 6, 10));
				}
			}
			catch (RefusedException ex) {
				LOG.info("Demo round: {} refused as planned ({})", row.get("email"), ex.messageKey());
			}
		}
		nominations.approve(round, "CRM", rounds.findById(round).orElseThrow().getVersion(), admin,
				LocalDate.of(2017, 6, 12));
		nominations.approve(round, "CSM", rounds.findById(round).orElseThrow().getVersion(), admin,
				LocalDate.of(2017, 6, 12));
		roster.withdrawConsent(byEmail.get("paula.sanchez@demo-expertos.example"), admin);
	}
}
