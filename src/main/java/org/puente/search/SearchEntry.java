package org.puente.search;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

/**
 * What a capability tells search about one of its things: its titles and texts by language, who may read it
 * ({@code audience}, in the capability's own words, checked by its {@link SearchSource#audiences}), the facet
 * values it carries, and where it lives. {@code names} are the names a query may contain to be widened with this
 * entry's titles in the other languages (the glossary's terms). Built with {@link #builder}.
 */
public record SearchEntry(String type, String id, String audience, @Nullable String language,
		Map<String, String> titles, Map<String, String> texts, @Nullable String kind, Set<String> processes,
		Set<Integer> sessions, Set<Integer> objectives, Set<String> languages, @Nullable LocalDate date, String url,
		@Nullable Integer version, Set<String> names) {

	/** Texts are indexed up to this many characters per language: more than any real document needs. */
	public static final int MAX_TEXT = 200_000;

	/** The audience of an entry everyone may read, signed in or not: what a builder gives unless told otherwise. */
	public static final String PUBLIC = "PUBLIC";

	public SearchEntry {
		titles = Map.copyOf(titles);
		texts = Map.copyOf(texts);
		processes = Set.copyOf(processes);
		sessions = Set.copyOf(sessions);
		objectives = Set.copyOf(objectives);
		languages = Set.copyOf(languages);
		names = Set.copyOf(names);
	}

	public static Builder builder(String type, String id, String url) {
		return new Builder(type, id, url);
	}

	/** The index's key for an entry: its type and its owner's id. */
	static String key(String type, String id) {
		return type + ":" + id;
	}

	/** Fills an entry step by step; blank titles and texts are left out. */
	public static final class Builder {

		private final String type;

		private final String id;

		private final String url;

		private String audience = PUBLIC;

		private @Nullable String language;

		private final Map<String, String> titles = new LinkedHashMap<>();

		private final Map<String, StringBuilder> texts = new LinkedHashMap<>();

		private @Nullable String kind;

		private final Set<String> processes = new TreeSet<>();

		private final Set<Integer> sessions = new TreeSet<>();

		private final Set<Integer> objectives = new TreeSet<>();

		private final Set<String> languages = new TreeSet<>();

		private @Nullable LocalDate date;

		private @Nullable Integer version;

		private final Set<String> names = new LinkedHashSet<>();

		private Builder(String type, String id, String url) {
			this.type = type;
			this.id = id;
			this.url = url;
		}

		public Builder audience(String audience) {
			this.audience = audience;
			return this;
		}

		/** The language of the entry's own text (a document's language); its facet value too. */
		public Builder language(@Nullable String language) {
			this.language = language;
			if (language != null) {
				languages.add(language);
			}
			return this;
		}

		public Builder title(String language, @Nullable String title) {
			if (title != null && !title.isBlank()) {
				titles.put(language, title.strip());
			}
			return this;
		}

		/** Adds text in a language (several calls add up), bounded to {@link #MAX_TEXT} characters. */
		public Builder text(String language, @Nullable String text) {
			if (text != null && !text.isBlank()) {
				StringBuilder all = texts.computeIfAbsent(language, l -> new StringBuilder());
				int room = MAX_TEXT - all.length();
				if (room > 1) {
					all.append(all.length() > 0 ? "\n" : "").append(text, 0, Math.min(text.length(), room - 1));
				}
			}
			return this;
		}

		public Builder kind(@Nullable String kind) {
			this.kind = kind;
			return this;
		}

		public Builder processes(Collection<String> processes) {
			this.processes.addAll(processes);
			return this;
		}

		public Builder sessions(Collection<Integer> sessions) {
			this.sessions.addAll(sessions);
			return this;
		}

		public Builder objectives(Collection<Integer> objectives) {
			this.objectives.addAll(objectives);
			return this;
		}

		/** Languages the entry can be read in, beyond its own (a glossary term's labels). */
		public Builder languages(Collection<String> languages) {
			this.languages.addAll(languages);
			return this;
		}

		public Builder date(@Nullable LocalDate date) {
			this.date = date;
			return this;
		}

		public Builder version(@Nullable Integer version) {
			this.version = version;
			return this;
		}

		public Builder names(Collection<String> names) {
			names.stream().filter(Objects::nonNull).filter(n -> !n.isBlank()).forEach(this.names::add);
			return this;
		}

		public SearchEntry build() {
			Map<String, String> text = new LinkedHashMap<>();
			texts.forEach((l, t) -> text.put(l, t.toString()));
			return new SearchEntry(type, id, audience, language, titles, text, kind, processes, sessions, objectives,
					languages, date, url, version, names);
		}
	}
}
