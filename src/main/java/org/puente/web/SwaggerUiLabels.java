package org.puente.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import org.springdoc.core.properties.SwaggerUiConfigProperties;
import org.springdoc.core.properties.SwaggerUiOAuthProperties;
import org.springdoc.core.providers.ObjectMapperProvider;
import org.springdoc.webmvc.ui.SwaggerIndexPageTransformer;
import org.springdoc.webmvc.ui.SwaggerWelcomeCommon;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.resource.ResourceTransformerChain;
import org.springframework.web.servlet.resource.TransformedResource;

/**
 * Swagger UI's initializer as springdoc writes it (its settings), followed by the loading of Puente's
 * {@code swagger-ui-labels.js}, which names the form fields Swagger UI leaves unnamed ("Try it out": a multipart
 * upload's fields, its lists; axe's label and select-name). springdoc's way to change its page: a bean of its
 * {@code SwaggerIndexTransformer} in place of its own, which it makes only when there is none.
 */
@Component
class SwaggerUiLabels extends SwaggerIndexPageTransformer {

	/** Appended to the initializer: the script, loaded after Swagger UI's own. */
	static final String LOADER = "\n;(function () { var s = document.createElement('script');"
			+ " s.src = '/js/swagger-ui-labels.js'; s.defer = true; document.head.appendChild(s); })();\n";

	SwaggerUiLabels(SwaggerUiConfigProperties config, SwaggerUiOAuthProperties oauth, SwaggerWelcomeCommon welcome,
			ObjectMapperProvider objectMappers) {
		super(config, oauth, welcome, objectMappers);
	}

	@Override
	public Resource transform(HttpServletRequest request, Resource resource, ResourceTransformerChain chain)
			throws IOException {
		Resource transformed = super.transform(request, resource, chain);
		if (transformed == resource || !resource.getURL().toString().endsWith("/swagger-initializer.js")) {
			return transformed;
		}
		String script = new String(transformed.getContentAsByteArray(), StandardCharsets.UTF_8) + LOADER;
		return new TransformedResource(resource, script.getBytes(StandardCharsets.UTF_8));
	}
}
