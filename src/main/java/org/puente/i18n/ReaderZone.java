package org.puente.i18n;

import java.time.Duration;
import java.time.ZoneId;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseCookie;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The time zone the reader of a page lives in, so that a meeting in Panama shows a delegate in Buenos Aires the time
 * there: the account's (a cookie written at sign-in and when the setting changes, {@link #ACCOUNT_COOKIE}), else the
 * browser's ({@link #BROWSER_COOKIE}, written once by puente.js), else none — without scripts and signed out a page
 * shows each meeting in its own zone, labelled. Read from the current request only: mails and feeds, made outside
 * a reader's request or for someone else, pass their recipient's zone themselves.
 */
public final class ReaderZone {

	public static final String ACCOUNT_COOKIE = "puente-zone";

	public static final String BROWSER_COOKIE = "puente-browser-zone";

	private static final String RESOLVED = ReaderZone.class.getName();

	private static final String NONE = "";

	private ReaderZone() {
	}

	/** The zone of the reader of the current request, or null outside a request or when it is not known. */
	public static @Nullable ZoneId current() {
		if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
			return null;
		}
		return of(attributes.getRequest());
	}

	/**
	 * The zone a page shows moments in (progress notes, comments, versions, recent changes): the reader's, else the
	 * server's — the conference's, the one the secretariats schedule in. Outside a request (mails, exports) always
	 * the server's: a mail sent during someone's request is read by someone else.
	 */
	public static ZoneId shown() {
		ZoneId reader = current();
		return reader == null ? ZoneId.systemDefault() : reader;
	}

	/** Whether {@link #shown()} is only the server's because the reader's zone is not known: the time needs its zone. */
	public static boolean unknown() {
		return current() == null;
	}

	public static @Nullable ZoneId of(HttpServletRequest request) {
		Object resolved = request.getAttribute(RESOLVED);
		if (resolved instanceof ZoneId zone) {
			return zone;
		}
		if (NONE.equals(resolved)) {
			return null;
		}
		ZoneId zone = cookie(request, ACCOUNT_COOKIE);
		if (zone == null) {
			zone = cookie(request, BROWSER_COOKIE);
		}
		request.setAttribute(RESOLVED, zone == null ? NONE : zone);
		return zone;
	}

	/** The zone's identifier for a cache key: kept public pages differ by it once they show times ("" for none). */
	public static String key(HttpServletRequest request) {
		ZoneId zone = of(request);
		return zone == null ? NONE : zone.getId();
	}

	/** Remembers the account's zone in this browser (sign-in, a change of the setting), or forgets it for null. */
	public static void remember(HttpServletRequest request, HttpServletResponse response, @Nullable ZoneId zone) {
		ResponseCookie cookie = ResponseCookie.from(ACCOUNT_COOKIE, zone == null ? "" : zone.getId())
			.path("/")
			.maxAge(zone == null ? Duration.ZERO : Duration.ofDays(365))
			.sameSite("Lax")
			.httpOnly(true)
			.build();
		response.addHeader("Set-Cookie", cookie.toString());
		// this request's page already speaks of the new zone (or of the browser's, once the account's is forgotten)
		ZoneId now = zone == null ? cookie(request, BROWSER_COOKIE) : zone;
		request.setAttribute(RESOLVED, now == null ? NONE : now);
	}

	private static @Nullable ZoneId cookie(HttpServletRequest request, String name) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return null;
		}
		for (Cookie cookie : cookies) {
			if (name.equals(cookie.getName())) {
				// the browser's cookie is URL-encoded by the script ("America%2FPanama")
				return ZoneNames.known(java.net.URLDecoder.decode(cookie.getValue(), java.nio.charset.StandardCharsets.UTF_8));
			}
		}
		return null;
	}
}
