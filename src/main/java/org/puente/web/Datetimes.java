package org.puente.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The value of a {@code <time datetime>} attribute: HTML accepts at most milliseconds, while the database keeps
 * microseconds. Templates reach it as {@code @datetimes}: {@code th:datetime="${@datetimes.attr(e.at())}"}.
 */
@Component("datetimes")
public class Datetimes {

	public @Nullable String attr(@Nullable Object value) {
		if (value instanceof Instant instant) {
			return instant.truncatedTo(ChronoUnit.MILLIS).toString();
		}
		if (value instanceof OffsetDateTime offset) {
			return offset.truncatedTo(ChronoUnit.MILLIS).toString();
		}
		if (value instanceof ZonedDateTime zoned) {
			return zoned.toOffsetDateTime().truncatedTo(ChronoUnit.MILLIS).toString();
		}
		if (value instanceof LocalDateTime local) {
			return local.truncatedTo(ChronoUnit.MILLIS).toString();
		}
		return value == null ? null : value.toString();
	}
}
