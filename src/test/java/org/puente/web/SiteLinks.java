package org.puente.web;

import java.net.URI;

/** The addresses {@link SiteCrawlTests} follows: same-site links, as path and query. */
final class SiteLinks {

	private SiteLinks() {
	}

	/** The same-site page a link leads to (path and query, no fragment), or null if the crawl does not follow it. */
	static String followable(String from, String href) {
		href = href.trim();
		if (href.isEmpty() || href.startsWith("#") || href.startsWith("mailto:") || href.startsWith("tel:")
				|| href.startsWith("javascript:")) {
			return null;
		}
		String target = local(from, href);
		if (target == null) {
			return null; // another site
		}
		// signing out ends the visit; the language switch is the crawl's own parameter; OIDC leaves the site
		if (target.startsWith("/logout") || target.startsWith("/oauth2") || target.matches(".*[?&]lang=.*")) {
			return null;
		}
		return target;
	}

	/** A same-site address as path and query, resolved against the page it was found on; null for other sites. */
	static String local(String from, String href) {
		if (href == null) {
			return null;
		}
		URI base = URI.create("http://localhost" + from);
		URI uri;
		try {
			uri = base.resolve(href.replace(" ", "%20"));
		}
		catch (IllegalArgumentException ex) {
			return null; // not an address; the Nu checker (HtmlValidityTests) reports malformed links
		}
		if (!"localhost".equals(uri.getHost()) || !"http".equals(uri.getScheme()) || uri.getPort() != -1) {
			return null;
		}
		String path = uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
		return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
	}
}
