package org.puente.web;

import io.swagger.v3.oas.models.OpenAPI;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * The API description names no server: the API is always at the address the description is read from (OpenAPI's
 * default when none is named); springdoc's generated one, the address the request came to, put a one-item
 * choice in Swagger UI — a list box without a name for a screen reader (late walk-through #12, axe's select-name).
 */
@Component
class SameOriginServers implements OpenApiCustomizer {

	@Override
	public void customise(OpenAPI api) {
		api.setServers(null);
	}
}
