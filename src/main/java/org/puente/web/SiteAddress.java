package org.puente.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where Puente is reached from outside ({@code puente.base-url}, {@code PUENTE_BASE_URL}), read in this one place
 * and normalised once: {@code https://puente.example.org/} and {@code https://puente.example.org} give the same
 * links. Mails, calendar feeds, the Atom feed, the sitemap and the glossary's export build their absolute links
 * here.
 */
@Component
public class SiteAddress {

	private final String base;

	public SiteAddress(@Value("${puente.base-url}") String baseUrl) {
		this.base = baseUrl.strip().replaceFirst("/+$", "");
	}

	/** The address without a trailing slash: {@code https://puente.example.org}. */
	public String base() {
		return base;
	}

	/** The absolute address of a page of Puente: {@code link("/agreements/mine")}. */
	public String link(String path) {
		return path.startsWith("/") ? base + path : base + "/" + path;
	}

	/** The same link as {@code webcal://}, which opens the person's calendar application. */
	public String webcal(String path) {
		return link(path).replaceFirst("^https?://", "webcal://");
	}
}
