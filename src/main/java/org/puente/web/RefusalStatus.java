package org.puente.web;

import org.puente.refusal.RefusalKind;
import org.puente.refusal.RefusedException;
import org.springframework.http.HttpStatus;

/** The one place where a kind of refusal becomes an HTTP status. */
public final class RefusalStatus {

	private RefusalStatus() {
	}

	public static HttpStatus of(RefusalKind kind) {
		return switch (kind) {
			case MALFORMED -> HttpStatus.BAD_REQUEST;
			case INVALID -> HttpStatus.UNPROCESSABLE_CONTENT;
			case UNAUTHENTICATED -> HttpStatus.UNAUTHORIZED;
			case FORBIDDEN -> HttpStatus.FORBIDDEN;
			case NOT_FOUND -> HttpStatus.NOT_FOUND;
			case CONFLICT -> HttpStatus.CONFLICT;
			case TOO_LARGE -> HttpStatus.CONTENT_TOO_LARGE;
			case UNSUPPORTED_TYPE -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
			case BUSY -> HttpStatus.SERVICE_UNAVAILABLE;
		};
	}

	public static HttpStatus of(RefusedException refusal) {
		return of(refusal.kind());
	}
}
