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
					+ "reports in the Accept-Language (es, en, pt, fr); /about/api explains, /problems lists the kinds. "
					+ "Every list is paged the same way: the body is a JSON array of one page's items (the reviews' "
					+ "list keeps its object with page, size, total and reviews), page (from 1) and size (1 to "
					+ Paging.LARGEST_SIZE + ", " + Paging.DEFAULT_SIZE + " when absent) choose the page, a value out of"
					+ " range is a 400 naming the parameter, and the answer's X-Total-Count and Link (RFC 8288: first, "
					+ "prev, next, last) headers say how many there are and where the other pages are. A change "
					+ "refused because someone else saved first is a 409 whose report holds currentVersion. Every "
					+ "operation has an operationId of its own (listMeetings, getMeeting …) that stays as it is within v1,"
					+ " for code generators. A script downloading an export (/meetings/export.csv …) without credentials "
					+ "and without text/html in Accept is answered 401 with the Basic challenge."));
		if (api.getComponents() == null) {
			api.setComponents(new Components());
		}
		api.getComponents().addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
			.description("The account's name and password, on each request"));
		api.setSecurity(List.of(new SecurityRequirement(), new SecurityRequirement().addList(BASIC)));
	}
}
