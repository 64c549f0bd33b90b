package org.puente.agreements;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * {@code extract --meeting-date YYYY-MM-DD [--lang es|en|pt] FILE}: prints the proposed agreements as JSON.
 * Runs without Spring, the web server or the database. Exit codes: 0 done, 2 bad arguments, 3 unreadable file,
 * 4 no agreements found (the file is probably not minutes).
 */
public final class ExtractCommand {

	static final String USAGE = "usage: extract --meeting-date YYYY-MM-DD [--lang es|en|pt] FILE";

	private ExtractCommand() {
	}

	public static void main(String[] args) {
		// set before any library logs: stdout carries only the JSON
		System.setProperty("logback.configurationFile", "agreements/extract-logback.xml");
		System.exit(run(args, System.out, System.err));
	}

	static int run(String[] args, PrintStream out, PrintStream err) {
		LocalDate meetingDate = null;
		String lang = null;
		String file = null;
		try {
			for (int i = 0; i < args.length; i++) {
				switch (args[i]) {
					case "--meeting-date" -> meetingDate = LocalDate.parse(value(args, ++i));
					case "--lang" -> lang = language(value(args, ++i));
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
		ExtractionResult result;
		try {
			result = MinutesExtractor.withBundledDirectory().extract(Path.of(file), meetingDate, Optional.ofNullable(lang));
		}
		catch (UnreadableDocumentException ex) {
			err.println("extract: " + ex.getMessage());
			return 3;
		}
		if (result.agreements().isEmpty()) {
			err.println("extract: no agreements found in " + file + " (no agreements section and no numbered items;"
					+ " is it minutes?)");
			return 4;
		}
		out.println(MinutesExtractor.toJson(result));
		return 0;
	}

	private static String value(String[] args, int i) {
		if (i >= args.length) {
			throw new IllegalArgumentException(args[i - 1] + " needs a value");
		}
		return args[i];
	}

	private static @Nullable String language(String value) {
		if (!value.matches("es|en|pt")) {
			throw new IllegalArgumentException("--lang must be es, en or pt");
		}
		return value;
	}
}
