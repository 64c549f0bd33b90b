package org.puente.accounts;

import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.puente.web.SiteAddress;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** A demo start ends on where to go and who to sign in as (walk 7 #5: 184 lines of log said neither). */
@PuenteTest
class DemoWelcomeTests {

	@Autowired
	DemoAccounts demo;

	@Autowired
	SiteAddress site;

	@Test
	void theLastLineOfADemoStartSaysWhereToGoAndWhoToSignInAs() {
		assertThat(demo.welcomeLine()).startsWith("Puente is ready at " + site.link("/"))
			.contains("st-crm", "fp-panama", "observer-oim", "admin");
	}
}
