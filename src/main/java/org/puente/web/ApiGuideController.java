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
}
