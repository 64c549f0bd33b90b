package org.puente.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.puente.refusal.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * What every list's CSV and XLSX download does around {@link TableFiles}, once: the list's name and its column
 * headings in the reader's language, the file named after the list and the day it was taken
 * ("lista-de-expertos-2026-12-04.xlsx", so that a folder of them sorts and says what each is), the XLSX dates as the
 * reader writes them, and any format other than csv and xlsx an unknown address (404). The controller only chooses
 * the rows, with the same filters and the same reader as its page.
 */
@Component
public class ListDownloads {

	private final MessageSource messages;

	private final Clock clock;

	ListDownloads(MessageSource messages, Clock clock) {
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * The list named by the message {@code nameKey}, with the columns named by {@code columnKeys}, in the format the
	 * address names. Each row holds text, {@link LocalDate}s, numbers or nulls (empty cells).
	 */
	public ResponseEntity<byte[]> download(String format, String nameKey, List<String> columnKeys,
			List<? extends @Nullable Object[]> rows, Locale locale) {
		return download(format, nameKey, "", columnKeys, rows, locale);
	}

	/**
	 * The same for one of several lists of a kind, which {@code detail} tells apart in the file's name (a round's
	 * title, a series' country and origin): "nominaciones-ronda-de-junio-2026-12-04.csv".
	 */
	public ResponseEntity<byte[]> download(String format, String nameKey, String detail, List<String> columnKeys,
			List<? extends @Nullable Object[]> rows, Locale locale) {
		String name = text(nameKey, locale);
		String[] headings = columnKeys.stream().map(key -> text(key, locale)).toArray(String[]::new);
		return TableFiles.download(format, name, headings, rows, fileName(name + " " + detail, LocalDate.now(clock)),
				locale).orElseThrow(() -> new NotFoundException("error.404.message"));
	}

	/**
	 * The query of a page's filters for its download links, without the filters left empty ("?country=MX&objective=7",
	 * or nothing), from names and values in turn: {@code ${ {'country', filter.country, 'objective', filter.objective} }}
	 * (the {@code fragments/tables :: downloads} fragment asks, as a fragment's arguments may not call beans).
	 */
	public String query(List<?> namesAndValues) {
		return queryOf(namesAndValues);
	}

	/** The same, for a link a controller builds (a page's other pages with its filters). */
	public static String queryOf(List<?> namesAndValues) {
		StringBuilder query = new StringBuilder();
		for (int i = 0; i + 1 < namesAndValues.size(); i += 2) {
			Object value = namesAndValues.get(i + 1);
			if (value == null || value.toString().isBlank() || Boolean.FALSE.equals(value)) {
				continue;
			}
			query.append(query.isEmpty() ? '?' : '&').append(namesAndValues.get(i)).append('=')
				.append(URLEncoder.encode(value.toString(), StandardCharsets.UTF_8).replace("+", "%20"));
		}
		return query.toString();
	}

	/** A message in the reader's language (its key where there is none, as the pages show it). */
	public String text(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

	/**
	 * "Lista de expertos" taken on 4 December 2026 → "lista-de-expertos-2026-12-04": lower case, without accents or
	 * punctuation, so that the name survives every mail client and file system the file passes through.
	 */
	public static String fileName(String name, LocalDate day) {
		String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
		return (plain.isEmpty() ? "list" : plain) + "-" + day;
	}
}
