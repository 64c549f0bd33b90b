package org.puente;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.core.metrics.jfr.FlightRecorderApplicationStartup;

@SpringBootApplication
public class PuenteApplication {
	public static void main(String[] args) {
		SpringApplication application = new SpringApplication(PuenteApplication.class);
		// -Dpuente.startup-steps=jfr (with -XX:StartFlightRecording) records each start-up step, such as each bean
		// created, as a JFR event: how the start was profiled (docs/performance.md)
		if ("jfr".equals(System.getProperty("puente.startup-steps"))) {
			application.setApplicationStartup(new FlightRecorderApplicationStartup());
		}
		application.run(args);
	}

	/**
	 * The one clock every time a user sees is read from: deadlines overdue, reminders and digests, "today" on pages,
	 * rounds and consultations open or closed. The system's, in its default zone (as the dates were read before); a test
	 * builds a component with a fixed one to prove what happens on a given day. Audit timestamps keep the system time.
	 */
	@Bean
	Clock clock() {
		return Clock.systemDefaultZone();
	}
}
