package org.puente.web;

import org.junit.jupiter.api.Test;
import org.puente.browser.BrowserPages;
import org.puente.browser.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/** The page a person meets while Puente starts, in a real browser: axe clean, its heading says what is happening. */
@BrowserTest
class NotReadyBrowserTests extends BrowserPages {

	@Autowired
	ApplicationContext context;

	@Test
	void thePageShownWhileStartingIsAccessible() {
		AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
		try {
			browser.open("/meetings");
			assertThat(browser.heading()).isEqualTo("Puente se está iniciando");
		}
		finally {
			AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
		}
		browser.open("/meetings");
		assertThat(browser.heading()).isNotEqualTo("Puente se está iniciando");
	}
}
