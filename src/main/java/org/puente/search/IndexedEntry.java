package org.puente.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Norms;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.engine.backend.types.TermVector;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.RoutingBinderRef;
import org.hibernate.search.mapper.pojo.bridge.binding.RoutingBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.RoutingBinder;
import org.hibernate.search.mapper.pojo.bridge.RoutingBridge;
import org.hibernate.search.mapper.pojo.bridge.runtime.RoutingBridgeRouteContext;
import org.hibernate.search.mapper.pojo.route.DocumentRoutes;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.DocumentId;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * A row of {@code search_entry} and how it is indexed: titles and texts by language (each language's analyzer,
 * see {@link SearchAnalysis}), every word once more unstemmed for spelling corrections, the facets as aggregable
 * keywords, and what a result shows as stored values, so results never need the database. Rows marked deleted
 * leave the index.
 */
@Entity
@Table(name = "search_entry")
@Indexed(index = IndexedEntry.INDEX, routingBinder = @RoutingBinderRef(type = IndexedEntry.LeaveOutDeleted.class))
class IndexedEntry {

	static final String INDEX = "search_entry";

	@Id
	@DocumentId
	private String id = "";

	@KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
	private String type = "";

	@KeywordField(projectable = Projectable.YES, searchable = Searchable.NO)
	private String sourceId = "";

	@KeywordField
	private String audience = "";

	@KeywordField(projectable = Projectable.YES)
	private @Nullable String language;

	@FullTextField(name = "title_es", analyzer = "es", searchAnalyzer = "es_query", projectable = Projectable.YES)
	private @Nullable String titleEs;

	@FullTextField(name = "title_en", analyzer = "en", searchAnalyzer = "en_query", projectable = Projectable.YES)
	private @Nullable String titleEn;

	@FullTextField(name = "title_pt", analyzer = "pt", searchAnalyzer = "pt_query", projectable = Projectable.YES)
	private @Nullable String titlePt;

	@FullTextField(name = "title_fr", analyzer = "fr", searchAnalyzer = "fr_query", projectable = Projectable.YES)
	private @Nullable String titleFr;

	@FullTextField(name = "text_es", analyzer = "es", searchAnalyzer = "es_query", highlightable = Highlightable.FAST_VECTOR,
			termVector = TermVector.WITH_POSITIONS_OFFSETS)
	private @Nullable String textEs;

	@FullTextField(name = "text_en", analyzer = "en", searchAnalyzer = "en_query", highlightable = Highlightable.FAST_VECTOR,
			termVector = TermVector.WITH_POSITIONS_OFFSETS)
	private @Nullable String textEn;

	@FullTextField(name = "text_pt", analyzer = "pt", searchAnalyzer = "pt_query", highlightable = Highlightable.FAST_VECTOR,
			termVector = TermVector.WITH_POSITIONS_OFFSETS)
	private @Nullable String textPt;

	@FullTextField(name = "text_fr", analyzer = "fr", searchAnalyzer = "fr_query", highlightable = Highlightable.FAST_VECTOR,
			termVector = TermVector.WITH_POSITIONS_OFFSETS)
	private @Nullable String textFr;

	@KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
	private @Nullable String kind;

	@KeywordField(name = "process", aggregable = Aggregable.YES, projectable = Projectable.YES)
	@JdbcTypeCode(SqlTypes.ARRAY)
	private List<String> processes = new ArrayList<>();

	@KeywordField(name = "session", aggregable = Aggregable.YES)
	@JdbcTypeCode(SqlTypes.ARRAY)
	private List<String> sessions = new ArrayList<>();

	@KeywordField(name = "objective", aggregable = Aggregable.YES)
	@JdbcTypeCode(SqlTypes.ARRAY)
	private List<String> objectives = new ArrayList<>();

	@KeywordField(name = "languages", aggregable = Aggregable.YES)
	@JdbcTypeCode(SqlTypes.ARRAY)
	private List<String> languages = new ArrayList<>();

	@KeywordField
	@JdbcTypeCode(SqlTypes.ARRAY)
	private List<String> names = new ArrayList<>();

	@GenericField(projectable = Projectable.YES, sortable = Sortable.YES)
	@Column(name = "entry_date")
	private @Nullable LocalDate date;

	@GenericField(projectable = Projectable.YES, searchable = Searchable.NO)
	private String url = "";

	@GenericField(projectable = Projectable.YES, searchable = Searchable.NO)
	private @Nullable Integer version;

	private boolean deleted;

	protected IndexedEntry() {
	}

	IndexedEntry(SearchEntry entry) {
		id = SearchEntry.key(entry.type(), entry.id());
		update(entry);
	}

	void update(SearchEntry entry) {
		type = entry.type();
		sourceId = entry.id();
		audience = entry.audience();
		language = entry.language();
		titleEs = entry.titles().get("es");
		titleEn = entry.titles().get("en");
		titlePt = entry.titles().get("pt");
		titleFr = entry.titles().get("fr");
		textEs = entry.texts().get("es");
		textEn = entry.texts().get("en");
		textPt = entry.texts().get("pt");
		textFr = entry.texts().get("fr");
		kind = entry.kind();
		processes = new ArrayList<>(entry.processes());
		sessions = new ArrayList<>(entry.sessions().stream().map(String::valueOf).toList());
		objectives = new ArrayList<>(entry.objectives().stream().map(String::valueOf).toList());
		languages = new ArrayList<>(entry.languages());
		names = new ArrayList<>(entry.names().stream().map(SearchText::fold).filter(n -> !n.isEmpty()).distinct()
			.toList());
		date = entry.date();
		url = entry.url();
		version = entry.version();
		deleted = false;
	}

	void markDeleted() {
		deleted = true;
	}

	boolean isDeleted() {
		return deleted;
	}

	String getId() {
		return id;
	}

	/** The year of the entry's date, a facet. */
	@Transient
	@KeywordField(name = "year", aggregable = Aggregable.YES)
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "date")))
	@Nullable
	String getYear() {
		return date == null ? null : String.valueOf(date.getYear());
	}

	/** The beginning of the entry's text, for results whose match was elsewhere (a title). */
	@Transient
	@GenericField(projectable = Projectable.YES, searchable = Searchable.NO)
	@IndexingDependency(derivedFrom = { @ObjectPath(@PropertyValue(propertyName = "textEs")),
			@ObjectPath(@PropertyValue(propertyName = "textEn")), @ObjectPath(@PropertyValue(propertyName = "textPt")),
			@ObjectPath(@PropertyValue(propertyName = "textFr")), @ObjectPath(@PropertyValue(propertyName = "language")) })
	String getExcerpt() {
		String from = excerptLanguage(language, this::text);
		return from == null ? "" : Snippets.excerpt(java.util.Objects.requireNonNull(text(from)));
	}

	/**
	 * The language of the text an excerpt is cut from: the entry's own when written, else the first written of
	 * Spanish, English, Portuguese, French; none when no text is. One choice for the excerpt stored here and for the
	 * language the results page marks it with (IndexHits, which reads the texts back from the index).
	 */
	static @Nullable String excerptLanguage(@Nullable String own, java.util.function.Function<String, @Nullable String> text) {
		for (String language : ownFirst(own)) {
			String written = text.apply(language);
			if (written != null && !written.isBlank()) {
				return language;
			}
		}
		return null;
	}

	/** The languages, the entry's own first, then Spanish, English, Portuguese, French. */
	static List<String> ownFirst(@Nullable String own) {
		List<String> languages = new ArrayList<>(SearchAnalysis.LANGUAGES);
		if (own != null && languages.remove(own)) {
			languages.add(0, own);
		}
		return languages;
	}

	private @Nullable String text(String language) {
		return switch (language) {
			case "en" -> textEn;
			case "pt" -> textPt;
			case "fr" -> textFr;
			default -> textEs;
		};
	}

	/** Every word of every title and text, unstemmed: the vocabulary spelling corrections are taken from. */
	@Transient
	@FullTextField(name = SearchAnalysis.WORDS, analyzer = SearchAnalysis.WORDS, norms = Norms.NO)
	@IndexingDependency(derivedFrom = { @ObjectPath(@PropertyValue(propertyName = "titleEs")),
			@ObjectPath(@PropertyValue(propertyName = "titleEn")), @ObjectPath(@PropertyValue(propertyName = "titlePt")),
			@ObjectPath(@PropertyValue(propertyName = "titleFr")), @ObjectPath(@PropertyValue(propertyName = "textEs")),
			@ObjectPath(@PropertyValue(propertyName = "textEn")), @ObjectPath(@PropertyValue(propertyName = "textPt")),
			@ObjectPath(@PropertyValue(propertyName = "textFr")) })
	String getWords() {
		StringBuilder words = new StringBuilder();
		for (String part : new String[] { titleEs, titleEn, titlePt, titleFr, textEs, textEn, textPt, textFr }) {
			if (part != null) {
				words.append(part).append('\n');
			}
		}
		return words.toString();
	}

	/** Deleted rows stay in the table (so every node hears of the removal) but not in the index. */
	public static class LeaveOutDeleted implements RoutingBinder {

		@Override
		public void bind(RoutingBindingContext context) {
			context.dependencies().use("deleted");
			context.bridge(IndexedEntry.class, new RoutingBridge<IndexedEntry>() {
				@Override
				public void route(DocumentRoutes routes, Object id, IndexedEntry entry, RoutingBridgeRouteContext c) {
					if (entry.isDeleted()) {
						routes.notIndexed();
					}
					else {
						routes.addRoute();
					}
				}

				@Override
				public void previousRoutes(DocumentRoutes routes, Object id, IndexedEntry entry,
						RoutingBridgeRouteContext c) {
					routes.addRoute();
				}
			});
		}
	}
}
