package org.puente;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
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
}
