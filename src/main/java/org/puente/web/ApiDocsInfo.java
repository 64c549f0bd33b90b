package org.puente.web;

import java.util.List;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * What the OpenAPI description says of the API as a whole: its name and version (springdoc's default was "OpenAPI
 * definition", "v0") and how a script signs in — HTTP Basic on each request, which Swagger UI's "Authorize" then
 * offers; public operations need none, hence the empty requirement beside it. The walk of the API (5 December) found
 * the description silent on signing in: an integrator learnt it only from /about/api.
 */
@Component
class ApiDocsInfo implements OpenApiCustomizer {

	static final String BASIC = "basic";

	@Override
	public void customise(OpenAPI api) {
		api.info(new Info().title("Puente API").version("v1")
			.description("The CRM–CSM calendar, agreements, consultations, drafting, flows, experts, practices, "
					+ "directory and search, as JSON. Sign in with HTTP Basic on each request (no CSRF token is needed "
					+ "without a session); without it, only what the public may read. Refusals are RFC 9457 problem "
					+ "reports in the Accept-Language (es, en, pt, fr); /about/api explains, /problems lists the kinds."));
		if (api.getComponents() == null) {
			api.setComponents(new Components());
		}
		api.getComponents().addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
			.description("The account's name and password, on each request"));
		api.setSecurity(List.of(new SecurityRequirement(), new SecurityRequirement().addList(BASIC)));
	}
}
