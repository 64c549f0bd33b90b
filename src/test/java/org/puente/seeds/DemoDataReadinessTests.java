package org.puente.seeds;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.puente.StartupWitness;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo data is in place before the application says it takes traffic (readiness ACCEPTING_TRAFFIC): a load
 * balancer, or a person who opens the address at the first "started" line, never meets an empty Puente. The database
 * as it was at that moment is seen by {@link StartupWitness}; the pages refuse until then (web.NotReadyTests).
 */
@PuenteTest
class DemoDataReadinessTests {

	@Test
	void everyLoaderHadFinishedWhenReadinessWasDeclared() {
		List<StartupWitness.Seen> loads = StartupWitness.seen().stream().filter(StartupWitness.Seen::loadedTheDemo)
			.toList();
		// the run's first demo context found the cleaned database empty: this one, or one before it
		assertThat(loads).as("demo contexts of this run that loaded the demo data").isNotEmpty();
		for (StartupWitness.Seen load : loads) {
			assertThat(load.countsWhenReady()).as("what each capability's loader writes").allSatisfy((what, count) -> {
				if (what.equals(StartupWitness.PUBLIC_SINCE_START)) {
					assertThat(count).as(what + ": the last loader (audit.DemoHistory) had run").isZero();
				}
				else {
					assertThat(count).as(what).isPositive();
				}
			});
		}
	}
}
