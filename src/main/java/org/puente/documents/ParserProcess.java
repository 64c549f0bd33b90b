package org.puente.documents;

import java.util.Arrays;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.tika.pipes.PipesServer;

/**
 * The main class of a parser child process (see {@link ParserChildren}): it tightens Apache POI's zip limits, keeps
 * the child's logging off standard output (the channel to the parent), then runs Tika's {@link PipesServer}. The
 * parent names Tika's server class as the first argument; it is dropped here.
 *
 * <p>The limits refuse an office file whose parts inflate more than 100 times, hold a part over 128 MB unpacked,
 * or hold more than 10,000 parts — what a zip bomb does; what slips through still meets the child's small heap.
 */
public final class ParserProcess {

	/** Smallest compressed/inflated ratio accepted (POI's default, stated here so it cannot drift). */
	static final double MIN_INFLATE_RATIO = 0.01;

	static final long MAX_ENTRY_SIZE = 128L * 1024 * 1024;

	static final int MAX_FILE_COUNT = 10_000;

	/** Characters of text POI gives one extractor before it refuses (beyond Puente's own write limit). */
	static final long MAX_TEXT_SIZE = 50_000_000;

	private ParserProcess() {
	}

	public static void main(String[] args) throws Exception {
		// before any logger exists: logs go to standard error, which the parent passes on
		System.setProperty("logback.configurationFile", "documents/parser-logback.xml");
		limitZips();
		String[] serverArgs = args.length > 0 && args[0].equals(PipesServer.class.getName())
				? Arrays.copyOfRange(args, 1, args.length) : args;
		PipesServer.main(serverArgs);
	}

	static void limitZips() {
		ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
		ZipSecureFile.setMaxEntrySize(MAX_ENTRY_SIZE);
		ZipSecureFile.setMaxFileCount(MAX_FILE_COUNT);
		ZipSecureFile.setMaxTextSize(MAX_TEXT_SIZE);
	}
}
