package org.puente.flows;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import org.puente.refusal.RefusedException;

/**
 * {@code early-warning [--method farrington|cusum|ewma] FILE.csv}: prints {@code route,week,alarm,upperbound} for
 * the last 104 weeks of each route (see {@link EarlyWarningCsv}). Runs without Spring, the server or the database.
 * Exit codes: 0 done, 2 bad arguments, 3 unreadable file or bad rows.
 */
public final class EarlyWarningCommand {

	static final String USAGE = "usage: early-warning [--method farrington|cusum|ewma] FILE.csv";

	private EarlyWarningCommand() {
	}

	public static void main(String[] args) throws IOException {
		var out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false, StandardCharsets.UTF_8);
		int code = run(args, out, System.err);
		out.flush();
		System.exit(code);
	}

	static int run(String[] args, PrintStream out, PrintStream err) throws IOException {
		EarlyWarningMethod method = EarlyWarningMethod.FARRINGTON;
		String file = null;
		try {
			for (int i = 0; i < args.length; i++) {
				switch (args[i]) {
					case "--method" -> {
						if (++i >= args.length) {
							throw new IllegalArgumentException("--method needs a value");
						}
						method = EarlyWarningMethod.parse(args[i]);
					}
					case "-h", "--help" -> {
						out.println(USAGE);
						return 0;
					}
					default -> {
						if ((args[i].startsWith("--") && args[i].length() > 2) || file != null) {
							throw new IllegalArgumentException("unexpected argument " + args[i]);
						}
						file = args[i];
					}
				}
			}
			if (file == null) {
				throw new IllegalArgumentException("FILE.csv is required");
			}
		}
		catch (IllegalArgumentException ex) {
			err.println("early-warning: " + ex.getMessage());
			err.println(USAGE);
			return 2;
		}
		List<EarlyWarningCsv.Series> series;
		try (BufferedReader in = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
			series = EarlyWarningCsv.read(in);
		}
		catch (NoSuchFileException ex) {
			err.println("early-warning: no such file " + file);
			return 3;
		}
		catch (java.nio.charset.MalformedInputException ex) {
			err.println("early-warning: " + file + ": " + ex.getMessage());
			return 3;
		}
		catch (RefusedException ex) {
			err.println("early-warning: " + file + ": " + sentence(ex));
			return 3;
		}
		var writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
		EarlyWarningCsv.detect(series, method, writer);
		writer.flush();
		return 0;
	}

	/** Why the file was refused, as the English bundle words it: a command has no reader's language to follow. */
	static String sentence(RefusedException refused) {
		String pattern = ResourceBundle.getBundle("i18n/flows", Locale.ENGLISH).getString(refused.messageKey());
		return new com.ibm.icu.text.MessageFormat(pattern, Locale.ENGLISH).format(refused.arguments());
	}
}
