package org.puente.web;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.puente.refusal.RefusalKind;
import org.puente.refusal.RefusedException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The one paging shape of every list of the API (walk of the API, 5 December, finding 17): the body stays what most
 * lists already answered — a JSON array of the page's items — and the paging is in the headers, as RFC 8288 has it:
 * {@code X-Total-Count} (the items of all pages), {@code Link} with {@code first}, {@code prev}, {@code next} and
 * {@code last}. The query parameters {@code page} (from 1) and {@code size} (1 to {@value #LARGEST_SIZE}) are the
 * same everywhere; a value out of range is a 400 naming the parameter. A script that never pages reads the first
 * {@value #DEFAULT_SIZE} items and knows from {@code Link: rel="next"} that there are more.
 */
public record Paging(int page, int size) {

	/** The furthest page one may ask for. */
	public static final int LAST_PAGE = 100_000;

	/** The most items one page holds. */
	public static final int LARGEST_SIZE = 100;

	/** The items of a page when the caller names no size. */
	public static final int DEFAULT_SIZE = 100;

	/** The total of all pages' items, beside the {@code Link} header. */
	public static final String TOTAL = "X-Total-Count";

	/** The page and size a caller asked for, {@code defaultSize} items a page when it named none. */
	public static Paging of(@Nullable String page, @Nullable String size, int defaultSize) {
		return new Paging(number("page", page, LAST_PAGE, 1), number("size", size, LARGEST_SIZE, defaultSize));
	}

	/** The page and size a caller asked for, {@value #DEFAULT_SIZE} items a page when it named none. */
	public static Paging of(@Nullable String page, @Nullable String size) {
		return of(page, size, DEFAULT_SIZE);
	}

	/** The first item of the page, counted from 0. */
	public long offset() {
		return (long) (page - 1) * size;
	}

	/** The page of a whole list, with the paging headers. */
	public <T> ResponseEntity<List<T>> answer(List<T> all) {
		int from = (int) Math.min(offset(), all.size());
		int to = (int) Math.min(offset() + size, all.size());
		return ResponseEntity.ok().headers(headers -> headers(all.size()).forEach(headers::add))
			.body(new ArrayList<>(all.subList(from, to)));
	}

	/** The page of a whole list, each of its items written as {@code json} writes it, with the paging headers. */
	public <T, R> ResponseEntity<List<R>> answer(List<T> all, java.util.function.Function<T, R> json) {
		ResponseEntity<List<T>> page = answer(all);
		return ResponseEntity.ok().headers(page.getHeaders())
			.body(java.util.Objects.requireNonNull(page.getBody()).stream().map(json).toList());
	}

	/** The paging headers of a list of {@code total} items: its total and its links. */
	public java.util.Map<String, String> headers(long total) {
		long pages = Math.max(1, (total + size - 1) / size);
		List<String> links = new ArrayList<>();
		links.add(link(1, "first"));
		if (page > 1) {
			links.add(link(Math.min(page - 1, pages), "prev"));
		}
		if (page < pages) {
			links.add(link(page + 1, "next"));
		}
		links.add(link(pages, "last"));
		return java.util.Map.of(TOTAL, String.valueOf(total), "Link", String.join(", ", links));
	}

	private String link(long number, String relation) {
		// the request's own address (path and filters) with another page: relative, as the API's Location headers are;
		// the filters from the parameters, not the query string (one source of them, whatever the request's form)
		var request = ((org.springframework.web.context.request.ServletRequestAttributes) org.springframework.web.context
			.request.RequestContextHolder.currentRequestAttributes()).getRequest();
		var address = ServletUriComponentsBuilder.fromCurrentRequestUri().replaceQuery(null);
		request.getParameterMap().forEach((name, values) -> {
			if (!name.equals("page") && !name.equals("size")) {
				address.queryParam(name, (Object[]) values);
			}
		});
		var built = address.queryParam("page", number).queryParam("size", size).encode().build();
		return "<" + built.getPath() + "?" + built.getQuery() + ">; rel=\"" + relation + "\"";
	}

	private static int number(String name, @Nullable String value, int most, int absent) {
		if (value == null || value.isBlank()) {
			return absent;
		}
		try {
			int n = Integer.parseInt(value.strip());
			if (n >= 1 && n <= most) {
				return n;
			}
		}
		catch (NumberFormatException ex) {
			// refused below
		}
		// the bounds as words: "100", not a number the locale groups into "100,000" or "100.000"
		throw new RefusedException(RefusalKind.MALFORMED, "error.400.range", name, value, "1", String.valueOf(most));
	}
}
