package org.puente.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * What the footer's "API" leads to: a page in the reader's language saying what Puente's API is for, how a script
 * signs in and where the reference is (Swagger UI, in English, as the OpenAPI description it is generated from).
 */
@Controller
class ApiGuideController {

	static final String PATH = "/about/api";

	@GetMapping(PATH)
	String guide() {
		return "about/api";
	}

	/**
	 * Swagger UI's own page styles ({@code index.css}, which its page links after its widgets' styles) replaced by
	 * Puente's: its version badges in colours that can be read, its examples wrapped instead of scrolled (a box that
	 * scrolls must take the keyboard's focus, and Swagger UI's do not). A mapping, not a file at the webjar's path, so a
	 * new Swagger UI version keeps it; what CSS cannot mend is listed in the late walk-through (#12).
	 */
	@GetMapping("/swagger-ui/index.css")
	String swaggerUiStyles() {
		return "forward:/css/swagger-ui.css";
	}
}
