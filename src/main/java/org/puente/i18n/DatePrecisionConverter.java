package org.puente.i18n;

import org.jspecify.annotations.Nullable;
import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/** Form and query parameters name a precision as {@link DatePrecision#of} reads it ("DAY", "day", "DAYS"). */
@Component
class DatePrecisionConverter implements Converter<String, DatePrecision> {

	@Override
	public @Nullable DatePrecision convert(String source) {
		return source.isBlank() ? null : DatePrecision.of(source);
	}
}
