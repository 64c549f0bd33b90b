package org.puente.web;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;

/** The field of a JSON body that could not be read, as a script names it: {@code startDate}, {@code dates[0].value}. */
final class JsonFields {

	private JsonFields() {
	}

	/** The path of the field the reader stopped at, or null when the body is not JSON at all or the fault has no field. */
	static @Nullable String named(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof JacksonException json && !json.getPath().isEmpty()) {
				StringBuilder path = new StringBuilder();
				for (JacksonException.Reference step : json.getPath()) {
					if (step.getPropertyName() != null) {
						path.append(path.isEmpty() ? "" : ".").append(step.getPropertyName());
					}
					else if (step.getIndex() >= 0) {
						path.append('[').append(step.getIndex()).append(']');
					}
				}
				// a name the script made up is echoed, but never at any length
				return path.isEmpty() ? null : path.length() > 100 ? path.substring(0, 100) + "…" : path.toString();
			}
		}
		return null;
	}
}
