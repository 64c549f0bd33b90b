package org.puente.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.puente.i18n.Language;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** What the shared layout needs on every page: the languages to switch to and where each link leads. */
@ControllerAdvice
class LayoutModel {

	@ModelAttribute("languages")
	List<Language> languages() {
		return List.of(Language.values());
	}

	/** For each language, this same page (same parameters) with {@code ?lang=xx}. */
	@ModelAttribute("languageLinks")
	Map<String, String> languageLinks(HttpServletRequest request) {
		Map<String, String> links = new LinkedHashMap<>();
		for (Language language : Language.values()) {
			links.put(language.code(), ServletUriComponentsBuilder.fromRequestUri(request)
				.query(request.getQueryString())
				.replaceQueryParam("lang", language.code())
				.build()
				.toUriString()
				.replaceFirst("^[a-z]+://[^/]+", ""));
		}
		return links;
	}
}
