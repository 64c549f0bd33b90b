package org.puente.seeds;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.ClassPathResource;

/** Reads one of the files shipped in the application's resources: a CSV with a header row, a text, raw bytes. */
public final class SeedFiles {

	private SeedFiles() {
	}

	/** The rows of a UTF-8 CSV file whose first row names the columns. */
	public static List<CSVRecord> csv(String path) {
		try (Reader reader = new InputStreamReader(open(path), StandardCharsets.UTF_8)) {
			return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + path, ex);
		}
	}

	/** A UTF-8 text file, whole. */
	public static String text(String path) {
		return new String(bytes(path), StandardCharsets.UTF_8);
	}

	public static byte[] bytes(String path) {
		try (InputStream in = open(path)) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + path, ex);
		}
	}

	private static InputStream open(String path) throws IOException {
		return new ClassPathResource(path).getInputStream();
	}
}
