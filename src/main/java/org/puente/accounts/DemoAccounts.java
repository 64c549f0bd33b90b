package org.puente.accounts;

import org.apache.commons.csv.CSVRecord;
import org.puente.seeds.DemoData;
import org.puente.seeds.SeedFiles;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

/**
 * One account per role for the demo run (listed in the README). They exist only when {@code puente.demo.enabled}
 * is set, never in a production configuration.
 */
@DemoData(15)
class DemoAccounts implements ApplicationRunner {

	private final AccountRepository accounts;

	private final PasswordEncoder passwords;

	private final String password;

	DemoAccounts(AccountRepository accounts, PasswordEncoder passwords,
			@Value("${puente.demo.password:puente-demo-2017}") String password) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.password = password;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		String hash = null;
		for (CSVRecord row : SeedFiles.csv("demo/accounts.csv")) {
			if (accounts.findByUsername(row.get("username")).isPresent()) {
				continue;
			}
			if (hash == null) {
				hash = passwords.encode(password); // one bcrypt for all: start-up time matters on small machines
			}
			Account account = new Account(row.get("username"), row.get("email"), row.get("display_name"),
					Role.valueOf(row.get("role")));
			account.setProcessCode(row.get("process").isBlank() ? null : row.get("process"));
			account.setCountryIso2(row.get("country").isBlank() ? null : row.get("country"));
			account.setLanguage(row.get("language"));
			account.setPasswordHash(hash);
			accounts.save(account);
		}
	}
}
