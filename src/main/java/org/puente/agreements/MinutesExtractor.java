package org.puente.agreements;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.commons.io.input.CloseShieldInputStream;
import org.jspecify.annotations.Nullable;
import org.puente.directory.Gazetteer;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Proposes the agreements of a set of minutes: segments the items, finds who must act and resolves every date
 * against the meeting date. Plain Java, no Spring context and no database, so that the command line can use it.
 * Thread-safe once built.
 */
public final class MinutesExtractor {

	private static final JsonMapper JSON = JsonMapper.builder()
			.propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
			.enable(SerializationFeature.INDENT_OUTPUT)
			.build();

	private final Gazetteer gazetteer;

	public MinutesExtractor(Gazetteer gazetteer) {
		this.gazetteer = gazetteer;
	}

	/** An extractor over the directory shipped on the classpath. */
	public static MinutesExtractor withBundledDirectory() {
		return new MinutesExtractor(Gazetteer.fromClasspath());
	}

	/**
	 * @param lang es, en or pt; guessed from the text when empty
	 */
	public ExtractionResult extract(String text, LocalDate meetingDate, Optional<String> lang) {
		String language = lang.filter(l -> !l.isBlank()).map(l -> l.toLowerCase(Locale.ROOT))
				.orElseGet(() -> LanguageGuesser.guess(text));
		Locale locale = Locale.forLanguageTag(language);
		List<ExtractedAgreement> agreements = new ArrayList<>();
		for (Segment segment : AgreementSegmenter.segment(text)) {
			agreements.add(analyse(segment, meetingDate, language, locale));
		}
		return new ExtractionResult(meetingDate, language, agreements);
	}

	/** Reads the parties and dates of one item again, after a reviewer split or rewrote it. */
	ExtractedAgreement analyse(String number, @Nullable String theme, String text, LocalDate meetingDate,
			String language) {
		return analyse(new Segment(number, theme, text), meetingDate, language, Locale.forLanguageTag(language));
	}

	private ExtractedAgreement analyse(Segment segment, LocalDate meetingDate, String language, Locale locale) {
		PartyClassifier.Parties parties = PartyClassifier.classify(segment.text(), gazetteer);
		return new ExtractedAgreement(segment.number(), segment.theme(), segment.text(),
				references(parties.responsible(), locale), references(parties.mentioned(), locale),
				DateExtractor.extract(segment.text(), meetingDate, language));
	}

	/** The party's label in the language of the minutes. */
	PartyReference reference(String entityId, Locale locale) {
		return new PartyReference(entityId, gazetteer.label(entityId, locale));
	}

	String label(String entityId, Locale locale) {
		return gazetteer.label(entityId, locale);
	}

	public ExtractionResult extract(Path file, LocalDate meetingDate, Optional<String> lang)
			throws UnreadableDocumentException {
		return extract(readText(file), meetingDate, lang);
	}

	public ExtractionResult extract(InputStream upload, String name, LocalDate meetingDate, Optional<String> lang)
			throws UnreadableDocumentException {
		return extract(readText(upload, name), meetingDate, lang);
	}

	/** The text of a txt, docx, odt or pdf file. */
	public static String readText(Path file) throws UnreadableDocumentException {
		if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
			throw new UnreadableDocumentException("cannot read " + file + ": no such readable file", null);
		}
		try {
			return DocumentText.read(file);
		}
		catch (IOException | RuntimeException ex) {
			throw new UnreadableDocumentException("cannot read " + file + ": " + DocumentText.rootMessage(ex), ex);
		}
	}

	/** The text of an uploaded txt, docx, odt or pdf; the stream is read to its end but not closed. */
	public static String readText(InputStream upload, String name) throws UnreadableDocumentException {
		try {
			return DocumentText.read(CloseShieldInputStream.wrap(upload), name);
		}
		catch (IOException | RuntimeException ex) {
			throw new UnreadableDocumentException("cannot read " + name + ": " + DocumentText.rootMessage(ex), ex);
		}
	}

	public static String toJson(ExtractionResult result) {
		return JSON.writeValueAsString(result);
	}

	private List<PartyReference> references(List<String> ids, Locale locale) {
		return ids.stream().map(id -> new PartyReference(id, gazetteer.label(id, locale))).toList();
	}
}
