package org.puente.audit;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import org.jspecify.annotations.Nullable;

/**
 * The names of a module's records for its audit entries, each kind of record a {@link Branch} of one SQL query (a
 * {@code union all}), so that a page's entries of one module are named in one query and a search's words are looked
 * for in one query. The module writes the branches over its own tables; the audit module only joins them.
 */
public final class AuditNames {

	/**
	 * Entries of {@code kind} are named by {@code name} (an SQL expression where {@code {lang}} is the reader's
	 * language: es, en, pt or fr) of the row of {@code from} whose {@code id} is the entry's record, and link to
	 * {@code link} (a format of {@code linkId}), or nowhere when {@code link} is null.
	 */
	public record Branch(AuditedEntity kind, String from, String id, String name, @Nullable String link,
			String linkId, @Nullable String language) {
	}

	/**
	 * A record's name in the reader's language and its address; {@code language}, where the branch knows it, is the
	 * language the name is written in (another than the reader's where the name fell back to one written).
	 */
	public record Named(String name, @Nullable String link, @Nullable String language) {

		public Named(String name, @Nullable String link) {
			this(name, link, null);
		}
	}

	/** Most records a search names per module: a search for "a" would name nearly all of them. */
	private static final int SEARCH_LIMIT = 1000;

	private final EntityManager entities;

	private final List<Branch> branches;

	public AuditNames(EntityManager entities, Branch... branches) {
		this.entities = entities;
		this.branches = List.of(branches);
	}

	public static Branch branch(AuditedEntity kind, String from, String id, String name, @Nullable String link,
			String linkId) {
		return new Branch(kind, from, id, name, link, linkId, null);
	}

	/**
	 * Entries of {@code kind} named by a text stored in each language ({@code prefix}_es, {@code prefix}_en…): the
	 * reader's, else the first written in Puente's order, and the language of the one chosen, so that a page marks a
	 * name that fell back to another language with {@code lang} (walk of 5 Dec night: lang14 left it unmarked).
	 */
	public static Branch written(AuditedEntity kind, String from, String id, String prefix, @Nullable String link,
			String linkId) {
		StringBuilder name = new StringBuilder("coalesce(nullif(" + prefix + "_{lang}, '')");
		StringBuilder language = new StringBuilder("case when nullif(" + prefix + "_{lang}, '') is not null then '{lang}'");
		for (org.puente.i18n.Language l : org.puente.i18n.Language.values()) {
			name.append(", nullif(").append(prefix).append('_').append(l.code()).append(", '')");
			language.append(" when nullif(").append(prefix).append('_').append(l.code()).append(", '') is not null then '")
				.append(l.code()).append('\'');
		}
		return new Branch(kind, from, id, name + ")", link, linkId, language + " end");
	}

	/** The names of the records of {@code entries}, in one query; a record that no longer exists has none. */
	public Names names(List<AuditedEntry> entries, Locale locale) {
		List<String> ids = entries.stream().map(AuditedEntry::entityId).distinct().toList();
		Map<String, Named> found = new HashMap<>();
		if (ids.isEmpty() || branches.isEmpty()) {
			return new Names(found);
		}
		String sql = branches.stream()
			.map(b -> "select '" + b.kind().storedName() + "', cast(" + b.id() + " as text), cast(" + name(b, locale)
					+ " as text), cast(" + b.linkId() + " as text), cast(" + (b.language() == null ? "null"
							: b.language().replace("{lang}", org.puente.i18n.Language.of(locale).code()))
					+ " as text) from " + b.from() + " where cast(" + b.id()
					+ " as text) in (:ids)")
			.collect(Collectors.joining(" union all "));
		for (Object row : entities.createNativeQuery(sql).setParameter("ids", ids).getResultList()) {
			Object[] cells = (Object[]) row;
			Branch b = branch((String) cells[0]);
			if (cells[2] != null) {
				found.put(cells[0] + ":" + cells[1], new Named((String) cells[2],
						b.link() == null || cells[3] == null ? null : b.link().formatted(cells[3]), (String) cells[4]));
			}
		}
		return new Names(found);
	}

	/** The entries of the records whose name in {@code locale} contains {@code words}, in one query. */
	public List<AuditMatch> matching(String words, Locale locale) {
		if (branches.isEmpty()) {
			return List.of();
		}
		String sql = branches.stream()
			.map(b -> "select '" + b.kind().storedName() + "', cast(" + b.id() + " as text) from " + b.from()
					+ " where " + AuditText.folded("cast(" + name(b, locale) + " as text)") + " like :words")
			.collect(Collectors.joining(" union all ")) + " limit " + SEARCH_LIMIT;
		Map<String, List<String>> ids = new HashMap<>();
		for (Object row : entities.createNativeQuery(sql).setParameter("words", AuditText.pattern(words))
			.getResultList()) {
			Object[] cells = (Object[]) row;
			ids.computeIfAbsent((String) cells[0], k -> new java.util.ArrayList<>()).add((String) cells[1]);
		}
		return ids.entrySet().stream()
			.map(e -> AuditMatch.named(AuditedEntity.ofStoredName(e.getKey()).orElseThrow(), e.getValue()))
			.toList();
	}

	private Branch branch(String kind) {
		return branches.stream().filter(b -> b.kind().storedName().equals(kind)).findFirst().orElseThrow();
	}

	private static String name(Branch b, Locale locale) {
		return b.name().replace("{lang}", org.puente.i18n.Language.of(locale).code());
	}

	/** The names a query found. */
	public static final class Names {

		private final Map<String, Named> found;

		Names(Map<String, Named> found) {
			this.found = found;
		}

		public Optional<Named> of(AuditedEntry entry) {
			return Optional.ofNullable(found.get(entry.entity().storedName() + ":" + entry.entityId()));
		}
	}
}
