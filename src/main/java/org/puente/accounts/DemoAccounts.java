package org.puente.accounts;

import org.apache.commons.csv.CSVRecord;
import org.puente.seeds.DemoData;
import org.puente.seeds.SeedFiles;
import org.puente.web.SiteAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
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

	private static final Logger LOG = LoggerFactory.getLogger(DemoAccounts.class);

	/** The demo password the README gives. */
	private static final String DEFAULT_PASSWORD = "puente-demo-2017";

	private final AccountRepository accounts;

	private final PasswordEncoder passwords;

	private final String password;

	private final SiteAddress site;

	DemoAccounts(AccountRepository accounts, PasswordEncoder passwords,
			@Value("${puente.demo.password:puente-demo-2017}") String password, SiteAddress site) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.password = password;
		this.site = site;
	}

	/**
	 * The last line of a demo start: where to go and who to be. Two hundred lines of start-up log said neither, and
	 * the demo data is still loading when Tomcat says it started (walk 7 #5). The password only when it is the
	 * README's.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void welcome() {
		LOG.info(welcomeLine());
	}

	String welcomeLine() {
		return "Puente is ready at " + site.link("/") + " — sign in as st-crm, fp-panama, observer-oim or admin"
				+ (DEFAULT_PASSWORD.equals(password) ? " (password " + DEFAULT_PASSWORD + ")" : "")
				+ "; the README's \"Demo accounts\" lists every role.";
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		String hash = null;
		for (CSVRecord row : SeedFiles.csv("demo/accounts.csv")) {
			var existing = accounts.findByUsername(row.get("username"));
			if (existing.isPresent()) {
				// a demo made before observers acted for an organisation: its observer gets its own
				existing.filter(a -> a.getOrganisationCode() == null).ifPresent(a -> a.setOrganisationCode(organisation(row)));
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
			account.setOrganisationCode(organisation(row));
			account.setPasswordHash(hash);
			accounts.save(account);
		}
	}

	private static @org.jspecify.annotations.Nullable String organisation(CSVRecord row) {
		return row.isMapped("organisation") && !row.get("organisation").isBlank() ? row.get("organisation") : null;
	}
}
