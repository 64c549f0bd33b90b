package org.puente.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * The paging of every list ({@link Paging}) as the OpenAPI description shows it, written once: the {@code page} and
 * {@code size} parameters with their bounds, and the {@code X-Total-Count} and {@code Link} headers of the answer.
 */
@Component
class PagingDocs implements OpenApiCustomizer {

	@Override
	public void customise(OpenAPI api) {
		if (api.getPaths() == null) {
			return;
		}
		api.getPaths().values().forEach(path -> {
			if (path.getGet() == null || path.getGet().getParameters() == null) {
				return;
			}
			var operation = path.getGet();
			boolean paged = operation.getParameters().stream().filter(p -> "query".equals(p.getIn()))
				.map(Parameter::getName).filter(n -> n.equals("page") || n.equals("size")).count() == 2;
			if (!paged) {
				return;
			}
			operation.getParameters().forEach(parameter -> {
				if ("page".equals(parameter.getName())) {
					parameter.description("the page, from 1 (1 when absent); the Link header names the others")
						.schema(new IntegerSchema().minimum(java.math.BigDecimal.ONE)
							.maximum(java.math.BigDecimal.valueOf(Paging.LAST_PAGE)));
				}
				else if ("size".equals(parameter.getName())) {
					parameter.description(parameter.getDescription() != null ? parameter.getDescription()
							: "items a page, 1 to " + Paging.LARGEST_SIZE + " (" + Paging.DEFAULT_SIZE + " when absent)")
						.schema(new IntegerSchema().minimum(java.math.BigDecimal.ONE)
							.maximum(java.math.BigDecimal.valueOf(Paging.LARGEST_SIZE)));
				}
			});
			ApiResponse ok = operation.getResponses() == null ? null : operation.getResponses().get("200");
			if (ok != null) {
				ok.addHeaderObject(Paging.TOTAL, new Header().description("How many items all pages hold")
					.schema(new IntegerSchema().format("int64")));
				ok.addHeaderObject("Link", new Header()
					.description("RFC 8288 links to the first, previous, next and last pages (rel first, prev, "
							+ "next, last), with the request's filters; no next on the last page")
					.schema(new StringSchema()));
			}
		});
	}
}
