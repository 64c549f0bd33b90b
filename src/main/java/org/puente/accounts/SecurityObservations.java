package org.puente.accounts;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.observation.SecurityObservationSettings;

/**
 * No Micrometer observation around each of Spring Security's filters, its authentication and its authorisation:
 * with an observation registry present (the actuator's), Spring Security wraps each of the ~15 filters of every
 * request in two observations, about 5 % of the CPU of a signed-in page (docs/performance.md, fourth round). The
 * request as a whole is still observed ({@code http.server.requests}); only the {@code spring.security.*} timers go.
 */
@Configuration(proxyBeanMethods = false)
class SecurityObservations {

	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}
}
