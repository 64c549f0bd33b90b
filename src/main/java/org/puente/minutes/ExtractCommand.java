package org.puente.minutes;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.puente.documents.TextReader;
import org.puente.documents.UnreadableFileException;

/**
 * {@code extract --meeting-date YYYY-MM-DD [--lang es|en|pt|fr] [--suggestions N] FILE}: prints the items read from
 * minutes as JSON. Runs without Spring, the web server or the database; the file is read by the documents' text
 * reader. With {@code --suggestions N} (N from 1) the JSON has a {@code suggestions} array besides {@code agreements}:
 * up to N candidates the reading did not keep, most likely first; without it, the output is as it always was. Exit
 * statuses: 0 read (the list may be empty: nothing in the file looks like an agreement), 2 bad arguments, 3
 * unreadable file.
 */
public final class ExtractCommand {

	static final String USAGE = "usage: extract --meeting-date YYYY-MM-DD [--lang es|en|pt|fr] [--suggestions N] FILE";

	private ExtractCommand() {
	}

	public static void main(String[] args) {
		// set before any library logs: stdout carries only the JSON
		System.setProperty("logback.configurationFile", "minutes/extract-logback.xml");
		System.exit(run(args, System.out, System.err));
	}

	static int run(String[] args, PrintStream out, PrintStream err) {
		LocalDate meetingDate = null;
		String lang = null;
		String file = null;
		int suggestions = 0;
		try {
			for (int i = 0; i < args.length; i++) {
				switch (args[i]) {
					case "--meeting-date" -> meetingDate = LocalDate.parse(value(args, ++i));
					case "--lang" -> lang = language(value(args, ++i));
					case "--suggestions" -> suggestions = count(value(args, ++i));
					case "-h", "--help" -> {
						out.println(USAGE);
						return 0;
					}
					default -> {
						if (args[i].startsWith("--") || file != null) {
							throw new IllegalArgumentException("unexpected argument " + args[i]);
						}
						file = args[i];
					}
				}
			}
			if (meetingDate == null || file == null) {
				throw new IllegalArgumentException("--meeting-date and FILE are required");
			}
		}
		catch (IllegalArgumentException | DateTimeParseException ex) {
			err.println("extract: " + ex.getMessage());
			err.println(USAGE);
			return 2;
		}
		Path path = Path.of(file);
		MinutesReading.Result result;
		try (TextReader reader = new TextReader(TextReader.DEFAULT_WRITE_LIMIT, TextReader.DEFAULT_TIMEOUT, 1,
				TextReader.DEFAULT_CHILD_HEAP)) {
			if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
				throw new IOException("no such readable file");
			}
			result = MinutesReading.withPackagedDirectory(reader).read(Files.readAllBytes(path), path.getFileName()
				.toString(), meetingDate, Optional.ofNullable(lang), suggestions);
		}
		catch (IOException | UnreadableFileException ex) {
			err.println("extract: cannot read " + file + ": " + TextReader.rootMessage(ex));
			return 3;
		}
		if (result.items().isEmpty()) {
			err.println("extract: nothing in " + file + " reads as an agreement (no decisions section, no task table,"
					+ " no \"agreed:\" line)");
		}
		out.println(MinutesReading.toJson(result));
		return 0;
	}

	private static String value(String[] args, int i) {
		if (i >= args.length) {
			throw new IllegalArgumentException(args[i - 1] + " needs a value");
		}
		return args[i];
	}

	private static int count(String value) {
		try {
			int n = Integer.parseInt(value);
			if (n >= 1 && n <= 1000) {
				return n;
			}
		}
		catch (NumberFormatException ex) {
			// refused below, as any other bad value
		}
		throw new IllegalArgumentException("--suggestions must be a number from 1 to 1000");
	}

	private static @Nullable String language(String value) {
		if (!MinutesReading.LANGUAGES.contains(value)) {
			throw new IllegalArgumentException("--lang must be es, en, pt or fr");
		}
		return value;
	}
}
