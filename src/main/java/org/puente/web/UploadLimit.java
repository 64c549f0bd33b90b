package org.puente.web;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * The largest file Puente accepts (PUENTE_MAX_UPLOAD), said where a person can act on it: the page that refuses a
 * larger upload names it and leads back to the form, and every page tells its script, which refuses a file over it
 * as soon as it is chosen, before a slow connection spends minutes sending it for nothing.
 */
@Component("uploadLimit")
public class UploadLimit {

	private final DataSize limit;

	UploadLimit(@Value("${spring.servlet.multipart.max-file-size:50MB}") DataSize limit) {
		this.limit = limit;
	}

	public long bytes() {
		return limit.toBytes();
	}

	public long megabytes() {
		return limit.toMegabytes();
	}

	/**
	 * The page of Puente the refused form was sent from (the browser's Referer, only when it is this site's own
	 * address), to go back to it; null when unknown.
	 */
	static @Nullable String formPage(HttpServletRequest request) {
		String referer = request.getHeader("Referer");
		if (referer == null) {
			return null;
		}
		try {
			URI uri = URI.create(referer);
			boolean here = uri.getHost() == null || uri.getHost().equalsIgnoreCase(request.getServerName());
			String path = uri.getRawPath();
			return here && path != null && path.matches("/[\\w/.~%-]*") && !path.startsWith("//") ? path : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}
}
