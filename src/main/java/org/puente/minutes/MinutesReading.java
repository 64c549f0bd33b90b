package org.puente.minutes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import org.puente.directory.Gazetteer;
import org.puente.documents.ReadText;
import org.puente.documents.TextReader;
import org.puente.documents.UnreadableFileException;
import org.puente.i18n.Language;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads minutes: text → structure → items → parties → dates. The one public service of the minutes capability;
 * plain Java, so the command line uses it without Spring or a database. Thread-safe.
 *
 * <p>The parties come from the gazetteer the supplier gives at each reading: in the application the directory's live
 * aliases, so an alias a secretariat adds is used at once; on the command line the packaged copy.
 */
public final class MinutesReading {

	/** The languages minutes are read in. */
	public static final List<String> LANGUAGES = Language.CODES;

	private static final JsonMapper JSON = JsonMapper.builder()
		.propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
		.enable(SerializationFeature.INDENT_OUTPUT)
		.build();

	private final Supplier<Gazetteer> gazetteer;

	private final @Nullable TextReader reader;

	/**
	 * @param reader reads uploaded files (with the documents' size and time limits); null when only text is read
	 */
	public MinutesReading(Supplier<Gazetteer> gazetteer, @Nullable TextReader reader) {
		this.gazetteer = gazetteer;
		this.reader = reader;
	}

	/** A reading over the directory packaged on the classpath, as the command line and the tests use. */
	public static MinutesReading withPackagedDirectory(@Nullable TextReader reader) {
		Gazetteer packaged = Gazetteer.fromClasspath();
		return new MinutesReading(() -> packaged, reader);
	}

	/**
	 * What to read.
	 *
	 * @param text the minutes' text, as the text reader gave it (Markdown stays Markdown)
	 * @param meetingDate the date relative dates are resolved against
	 * @param language es, en, pt or fr; guessed from the text when empty
	 * @param suggestions how many of the candidates not kept to suggest besides the items, most likely first; 0 for
	 *        none (and the reading's speed: suggesting weighs every sentence of prose)
	 */
	public record ReadRequest(String text, LocalDate meetingDate, Optional<String> language, int suggestions) {

		/** How many suggestions a reviewer is shown when asked for them. */
		public static final int DEFAULT_SUGGESTIONS = 10;

		public ReadRequest {
			if (suggestions < 0) {
				throw new IllegalArgumentException("suggestions must be 0 or more: " + suggestions);
			}
		}

		public ReadRequest(String text, LocalDate meetingDate, Optional<String> language) {
			this(text, meetingDate, language, 0);
		}
	}

	/**
	 * The items read from one set of minutes.
	 *
	 * @param text the text read, on whose offsets the items' spans are
	 * @param suggestions the next most likely items the reading did not keep, most likely first, none overlapping an
	 *        item; null (and left out of the JSON) when none were asked for
	 */
	public record Result(LocalDate meetingDate, String language, @JsonIgnore String text,
			@JsonProperty("agreements") List<MinutesItem> items,
			@JsonInclude(JsonInclude.Include.NON_NULL) @Nullable List<MinutesItem> suggestions) {

		public Result {
			items = List.copyOf(items);
			suggestions = suggestions == null ? null : List.copyOf(suggestions);
		}

		public Result(LocalDate meetingDate, String language, String text, List<MinutesItem> items) {
			this(meetingDate, language, text, items, null);
		}
	}

	public Result read(ReadRequest request) {
		String text = request.text();
		// the reading's context: the language given or guessed once, the scoring's text, the folded text (ReadingContext)
		ReadingContext reading = ReadingContext.of(text, request.language());
		String language = reading.language();
		ItemReader items = new ItemReader(gazetteer.get(), request.meetingDate(), language);
		List<Scoring.Weighed> weighed = Structure.weighed(reading, request.suggestions() > 0);
		List<Candidate> candidates = Structure.items(weighed);
		// each item's span: the one the scoring located, else where its words are in the text (searched only when needed)
		List<TextSpan> spans = Scoring.located(() -> reading.folded(text), candidates);
		List<MinutesItem> read = new ArrayList<>();
		for (int i = 0; i < candidates.size(); i++) {
			Candidate c = candidates.get(i);
			read.add(items.read(c.segment(), spans.get(i), c.confidence()));
		}
		List<MinutesItem> kept = ContextDates.attach(text, read, request.meetingDate(), language);
		if (request.suggestions() == 0) {
			return new Result(request.meetingDate(), language, text, kept);
		}
		List<MinutesItem> suggested = Suggestions.of(weighed, kept, request.suggestions()).stream()
			.map(c -> items.read(c.segment(), c.span(), c.confidence())).toList();
		return new Result(request.meetingDate(), language, text, kept, suggested);
	}

	/** Reads minutes given as text. */
	public Result read(String text, LocalDate meetingDate, Optional<String> language) {
		return read(new ReadRequest(text, meetingDate, language));
	}

	/** Reads an uploaded file (txt, md, docx, odt, pdf) through the documents' text reader, then its items. */
	public Result read(byte[] file, String name, LocalDate meetingDate, Optional<String> language)
			throws UnreadableFileException {
		return read(file, name, meetingDate, language, 0);
	}

	/** Reads an uploaded file, then its items and up to {@code suggestions} suggestions ({@link ReadRequest}). */
	public Result read(byte[] file, String name, LocalDate meetingDate, Optional<String> language, int suggestions)
			throws UnreadableFileException {
		if (reader == null) {
			throw new IllegalStateException("this reading reads text only");
		}
		return read(new ReadRequest(text(reader.read(file, name)), meetingDate, language, suggestions));
	}

	/**
	 * The text minutes are read in: a DOCX's or ODT's structure (headings, numbered lists, task tables) written as
	 * Markdown, so that a table of tasks reads the same in a Word file as in a Markdown one; plain text as written; a
	 * PDF, whose XHTML holds lines and pages but no structure, as its text.
	 */
	static String text(ReadText read) {
		if (read.isPlainText() || read.mediaType().equals("application/pdf")) {
			return read.text();
		}
		String structured = XhtmlStructure.markdown(read);
		return structured.isBlank() ? read.text() : structured;
	}

	/** Reads the parties and dates of one item again, after a reviewer split or rewrote it. */
	public MinutesItem readItem(String number, @Nullable String theme, String text, LocalDate meetingDate,
			String language) {
		return new ItemReader(gazetteer.get(), meetingDate, language).read(new Segment(number, theme, text),
				TextSpan.NONE, 1.0);
	}

	/** Where each of the texts sits in the source, in order; {@link TextSpan#NONE} when it cannot be found. */
	public static List<TextSpan> locate(String source, List<String> texts) {
		return Spans.locate(source, texts);
	}

	/** A directory actor with its label in the given language. */
	public ItemParty party(String entityId, Locale locale) {
		return new ItemParty(entityId, gazetteer.get().label(entityId, locale));
	}

	/** The JSON the command line prints: snake-case, the items under {@code agreements}. */
	public static String toJson(Result result) {
		return JSON.writeValueAsString(result);
	}
}
