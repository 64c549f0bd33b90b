package org.puente.web;

import org.junit.jupiter.api.Test;
import org.puente.browser.BrowserPages;
import org.puente.browser.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/** The page a person meets while Puente is not ready (the same page as while it starts, another sentence), axe clean. */
@BrowserTest
class NotReadyBrowserTests extends BrowserPages {

	@Autowired
	ApplicationContext context;

	@Test
	void thePageShownWhileNotReadyIsAccessible() {
		AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
		try {
			browser.open("/meetings");
			assertThat(browser.heading()).isEqualTo("Servicio no disponible");
		}
		finally {
			AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
		}
		browser.open("/meetings");
		assertThat(browser.heading()).isNotEqualTo("Servicio no disponible");
	}
}
