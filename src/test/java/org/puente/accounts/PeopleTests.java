package org.puente.accounts;

import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The one way Puente names a person from an account: the display name, else the account name; a country only
 * qualifies an account Puente no longer knows, never stands in for it (an answer page once said "Saved by Panamá").
 */
class PeopleTests {

	private final Accounts accounts = mock(Accounts.class);

	private final People people = new People(accounts);

	PeopleTests() {
		when(accounts.byUsername(anyString())).thenReturn(Optional.empty());
		account("fp-panama", "Punto focal de Panamá", "PA");
		account("aruiz", "Ana Ruiz", "PA");
		account("st-crm", "Secretaría Técnica CRM", null);
		account("blank", " ", "PA");
	}

	@Test
	void aPersonIsTheirDisplayNameElseTheAccountName() {
		assertThat(people.name("st-crm")).isEqualTo("Secretaría Técnica CRM");
		assertThat(people.name("aruiz")).isEqualTo("Ana Ruiz");
		assertThat(people.name("fp-panama-2019")).as("an account no longer there").isEqualTo("fp-panama-2019");
		assertThat(people.name("blank")).as("a display name left blank").isEqualTo("blank");
		assertThat(people.name(null)).isEmpty();
		assertThat(people.name(" ")).isEmpty();
	}

	@Test
	void theCountryOnlyQualifiesTheName() {
		assertThat(people.name("fp-panama-2019", "Panamá")).as("an account no longer there")
			.isEqualTo("fp-panama-2019 (Panamá)");
		assertThat(people.name("blank", "Panamá")).as("a display name left blank").isEqualTo("blank (Panamá)");
		assertThat(people.name("aruiz", "Panama")).as("a known person's name stands").isEqualTo("Ana Ruiz");
		assertThat(people.name("fp-panama", "Panama")).as("in English too: not «Punto focal de Panamá (Panama)»")
			.isEqualTo("Punto focal de Panamá");
		assertThat(people.name("st-crm", null)).isEqualTo("Secretaría Técnica CRM");
		assertThat(people.name("st-crm", "")).isEqualTo("Secretaría Técnica CRM");
		assertThat(people.name(null, "Panamá")).as("nobody saved it: no country alone").isEmpty();
	}

	private void account(String username, String displayName, String iso2) {
		when(accounts.byUsername(username)).thenReturn(Optional.of(new AccountSummary(UUID.randomUUID(), username,
				displayName, username + "@example.org", iso2 == null ? Role.SECRETARIAT : Role.FOCAL_POINT,
				"CRM", iso2, "es")));
	}
}
