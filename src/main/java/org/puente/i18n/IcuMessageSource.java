package org.puente.i18n;

import java.text.FieldPosition;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.ibm.icu.text.MessageFormat;
import org.jspecify.annotations.Nullable;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The message bundles, formatted with ICU's MessageFormat instead of the JDK's, so that every count can say
 * "1 cumplido" and "2 cumplidos" by the plural rules of each language ({@code {0, plural, one {# cumplido} other {#
 * cumplidos}}}), and every date handed to a message reads as the reader's language writes it. Messages without
 * arguments are returned as written, as Spring does.
 */
class IcuMessageSource extends ResourceBundleMessageSource {

	private final Map<String, MessageFormat> formats = new ConcurrentHashMap<>();

	/**
	 * Each code's text per language once looked up (or that there is none): Spring looks a code up in each of the
	 * seventeen bundles in turn, and their parents, at every use — a few hundred lookups for one page's layout. Kept
	 * only while the bundles themselves are kept for good (no {@code spring.messages.cache-duration}), and bounded.
	 */
	private final Map<Locale, Map<String, Optional<String>>> texts = new ConcurrentHashMap<>();

	private static final int KEPT_LANGUAGES = 16;

	private static final int KEPT_CODES = 20_000;

	@Override
	protected @Nullable String resolveCodeWithoutArguments(String code, Locale locale) {
		Map<String, Optional<String>> kept = getCacheMillis() < 0
				&& (texts.containsKey(locale) || texts.size() < KEPT_LANGUAGES)
						? texts.computeIfAbsent(locale, l -> new ConcurrentHashMap<>()) : null;
		if (kept == null) {
			return super.resolveCodeWithoutArguments(code, locale);
		}
		Optional<String> text = kept.get(code);
		if (text == null) {
			text = Optional.ofNullable(super.resolveCodeWithoutArguments(code, locale));
			if (kept.size() < KEPT_CODES) {
				kept.put(code, text);
			}
		}
		return text.orElse(null);
	}

	@Override
	protected @Nullable String getMessageInternal(@Nullable String code, Object @Nullable [] args,
			@Nullable Locale locale) {
		if (code == null || args == null || args.length == 0 || locale == null) {
			return super.getMessageInternal(code, args, locale);
		}
		String pattern = resolveCodeWithoutArguments(code, locale);
		if (pattern == null) {
			// not in our bundles: the parent source or the common messages may know it
			return super.getMessageInternal(code, args, locale);
		}
		return format(pattern, resolveArguments(args, locale), locale);
	}

	@Override
	protected String formatMessage(String msg, Object @Nullable [] args, Locale locale) {
		if (args == null || args.length == 0) {
			return msg;
		}
		return format(msg, resolveArguments(args, locale), locale);
	}

	String format(String pattern, Object[] args, Locale locale) {
		MessageFormat format = formats.computeIfAbsent(locale.toLanguageTag() + '\u0000' + pattern,
				k -> new MessageFormat(pattern, locale));
		Object[] shown = new Object[args.length];
		for (int i = 0; i < args.length; i++) {
			shown[i] = readable(args[i], locale);
		}
		// ICU formats are not thread-safe; the cached instance is shared by every request
		synchronized (format) {
			return format.format(shown, new StringBuffer(), new FieldPosition(0)).toString();
		}
	}

	/** Dates and times as the reader's language writes them ("8 de junio de 2017", "June 8, 2017, 3:04 PM"). */
	private static @Nullable Object readable(@Nullable Object arg, Locale locale) {
		if (arg instanceof LocalDate d) {
			return DateFormats.longDay(d, locale);
		}
		if (arg instanceof LocalDateTime t) {
			return DateFormats.moment(t, locale);
		}
		if (arg instanceof ZonedDateTime z) {
			return DateFormats.moment(z.toLocalDateTime(), locale);
		}
		if (arg instanceof Instant i) {
			return DateFormats.moment(i, locale);
		}
		return arg;
	}
}
