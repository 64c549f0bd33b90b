package org.puente.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.LongPredicate;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

/**
 * The ids a capability's addresses name, and how to tell whether one exists — so that the security rules can say "no
 * such thing" (404) before "not for you" (403) or "sign in", for everyone, in one place (accounts' {@code
 * AuthorizeBeforeBinding} before a page's role rule, its {@code SignInRefusals} for the sign-in page and the
 * administrators' addresses). Each capability declares its own as a bean, as it declares its public paths: accounts
 * never depends on the capabilities, and this type lives in web, which every module may use (the notifications, which
 * accounts uses, declare theirs too). <p> An address is a template such as {@code /meetings/{id}}: its last variable
 * is the id, and every page or endpoint under it ({@code /meetings/{id}/edit}, {@code /meetings/{id}/cancel}) is
 * covered; a page beside it ({@code /meetings/export.{format}}, {@code /meetings/new}) is not. The lookup is one query
 * by the primary (or a unique, indexed) key, made only for a page that has a role rule (before the rule) or for a
 * request the security rules refuse: any other request pays nothing.
 */
public final class KnownIds {

	private final String notFoundKey;

	private final List<String> addresses;

	private final Predicate<String> readable;

	private final Predicate<String> exists;

	private KnownIds(String notFoundKey, Predicate<String> readable, Predicate<String> exists, String... addresses) {
		this.notFoundKey = notFoundKey;
		this.readable = readable;
		this.exists = exists;
		this.addresses = List.of(addresses).stream().map(KnownIds::plain).toList();
	}

	/**
	 * Ids that are UUIDs ({@code existsById} of the capability's repository).
	 * @param notFoundKey the sentence of the capability's own 404, e.g. {@code meetings.notFound}
	 */
	public static KnownIds uuids(String notFoundKey, Predicate<UUID> exists, String... addresses) {
		return new KnownIds(notFoundKey, id -> read(id, UUID::fromString) != null,
				id -> exists.test(UUID.fromString(id)), addresses);
	}

	/** Ids that are numbers (a table's sequence). */
	public static KnownIds numbers(String notFoundKey, LongPredicate exists, String... addresses) {
		return new KnownIds(notFoundKey, id -> read(id, Long::valueOf) != null, id -> exists.test(Long.parseLong(id)),
				addresses);
	}

	/** Ids that are names or codes (a glossary term's slug): {@code exists} is given the text as it is. */
	public static KnownIds names(String notFoundKey, Predicate<String> exists, String... addresses) {
		return new KnownIds(notFoundKey, id -> true, exists, addresses);
	}

	/**
	 * The id a handler's address names, or null when the address is not under one of these: {@code pattern} is
	 * the handler's matched address template, {@code variables} the values the request gave its variables.
	 */
	public @Nullable String idIn(String pattern, Map<?, ?> variables) {
		String handler = plain(pattern);
		for (String address : addresses) {
			if (handler.equals(address) || handler.startsWith(address + "/")) {
				String name = address.substring(address.lastIndexOf('{') + 1, address.length() - 1);
				return variables.get(name) instanceof String id ? id : null;
			}
		}
		return null;
	}

	/**
	 * Whether the text can be an id at all ({@code /meetings/abc}): one that cannot names no page either, and is
	 * answered as the binding answers it (the unknown page; a script's 400 naming the value), without a query.
	 */
	public boolean readable(String id) {
		return readable.test(id);
	}

	/** Whether the id, readable, exists: one query by key. */
	public boolean exists(String id) {
		return exists.test(id);
	}

	/** The key of the capability's sentence for an unknown id. */
	public String notFoundKey() {
		return notFoundKey;
	}

	private static @Nullable Object read(String id, Function<String, Object> reader) {
		try {
			return reader.apply(id);
		}
		catch (IllegalArgumentException unreadable) { // NumberFormatException included
			return null;
		}
	}

	/** A template without its variables' patterns: {@code /glossary/terms/{id:[0-9a-f-]{36}}} → {@code .../{id}}. */
	private static String plain(String template) {
		return template.replaceAll("\\{([A-Za-z0-9_]+):(?:[^{}]|\\{[^{}]*\\})*\\}", "{$1}");
	}
}
