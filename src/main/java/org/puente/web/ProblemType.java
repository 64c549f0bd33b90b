package org.puente.web;

import java.net.URI;
import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of problem a report names in its RFC 9457 {@code type}: one stable address each, served by Puente itself
 * ({@code /problems/validation}…), a page in the reader's language saying what the problem means and what to do.
 * A script may compare the {@code type} rather than the status; the sentence of each refusal is in {@code code}.
 */
public enum ProblemType {

	MALFORMED(400, "malformed"), UNAUTHENTICATED(401, "unauthenticated"), FORBIDDEN(403, "forbidden"),
	NOT_FOUND(404, "not-found"), METHOD_NOT_ALLOWED(405, "method-not-allowed"), CONFLICT(409, "conflict"),
	TOO_LARGE(413, "too-large"), UNSUPPORTED_TYPE(415, "unsupported-type"), VALIDATION(422, "validation"),
	TOO_MANY_ATTEMPTS(429, "too-many-attempts"), SERVER_ERROR(500, "server-error"), BUSY(503, "busy");

	/** Where the pages are; public, like the API documentation that links to them. */
	public static final String PATH = "/problems";

	private final int status;

	private final String name;

	ProblemType(int status, String name) {
		this.status = status;
		this.name = name;
	}

	/** The kind of a report of this status: another 4xx is a malformed request, another 5xx a server error. */
	public static ProblemType of(int status) {
		return Arrays.stream(values()).filter(t -> t.status == status).findFirst()
			.orElse(status < 500 ? MALFORMED : SERVER_ERROR);
	}

	static Optional<ProblemType> named(String name) {
		return Arrays.stream(values()).filter(t -> t.name.equals(name)).findFirst();
	}

	/** The report's {@code type}: the page's path, relative to Puente's own address (RFC 9457, 3.1.1). */
	public URI uri() {
		return URI.create(PATH + "/" + name);
	}

	public int status() {
		return status;
	}

	public String pathName() {
		return name;
	}
}
