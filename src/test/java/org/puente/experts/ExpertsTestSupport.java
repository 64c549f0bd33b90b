package org.puente.experts;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.function.Executable;
import org.puente.accounts.AccountSummary;
import org.puente.accounts.Accounts;
import org.puente.i18n.Language;
import org.puente.refusal.RefusedException;
import org.puente.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the experts tests share: the application, the demo accounts, an expert and a round made for a test. */
abstract class ExpertsTestSupport extends WebTestSupport {

	@Autowired
	Roster roster;

	@Autowired
	Nominations nominations;

	@Autowired
	JointLetter letters;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	AccountSummary account(String username) {
		return accounts.byUsername(username).orElseThrow();
	}

	static final Roster.Consent CONSENTED = new Roster.Consent(true, true, LocalDate.of(2026, 1, 5));

	static ExpertData data(String name, String country) {
		return new ExpertData(name, name.toLowerCase().replaceAll("[^a-z]", ".") + "@example.org", "Universidad de prueba",
				country, List.of("es", "en"), List.of(4, 5, 6), List.of(19), "Investiga migraciones.", List.of(),
				Gender.FEMALE, Region.SOUTH_AMERICA);
	}

	UUID expert(String country) {
		return roster.create(data("Experta " + UUID.randomUUID(), country), CONSENTED, account("st-csm"));
	}

	UUID openRound(LocalDate deadline) {
		return nominations.openRound("Ronda de prueba " + UUID.randomUUID(), Language.ES, List.of(4, 5), 3,
				deadline, account("st-crm"));
	}

	static void refused(Executable action, String key) {
		assertThatThrownBy(action::execute).isInstanceOf(RefusedException.class)
			.satisfies(ex -> assertThat(((RefusedException) ex).messageKey()).isEqualTo(key));
	}
}
