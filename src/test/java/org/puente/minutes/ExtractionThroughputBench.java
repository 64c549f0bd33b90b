package org.puente.minutes;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Extraction throughput on one thread, in pages per second (a page is 3,000 characters), over the seeds and the test
 * corpus repeated, next to a baseline measured in the same run: one plain regular-expression scan for dates over the
 * same text. Run with {@code bench/extraction/run.sh}; not a JUnit test.
 */
public final class ExtractionThroughputBench {

	private static final int PAGE = 3_000;

	private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory
		.getThreadMXBean();

	private static final Pattern BASELINE = Pattern.compile("\\b\\d{1,2}\\s+de\\s+\\p{L}+|\\b\\p{L}+\\s+\\d{1,2}\\b");

	private ExtractionThroughputBench() {
	}

	public static void main(String[] args) throws Exception {
		double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 5;
		List<String> texts = texts();
		long characters = texts.stream().mapToLong(String::length).sum();
		MinutesReading extractor = MinutesReading.withPackagedDirectory(null);
		LocalDate meeting = LocalDate.of(2017, 6, 8);

		run(seconds / 2, texts, text -> extractor.read(text, meeting, Optional.empty()).items().size());
		long cpuStart = CPU.getCurrentThreadCpuTime();
		long wallStart = System.nanoTime();
		double extraction = run(seconds, texts, text -> extractor.read(text, meeting, Optional.empty())
			.items().size()) * characters / PAGE;
		// on a shared machine the thread may wait for a core: pages per second of CPU it actually got
		double cpuShare = (CPU.getCurrentThreadCpuTime() - cpuStart) / (double) (System.nanoTime() - wallStart);
		run(seconds / 2, texts, ExtractionThroughputBench::scan);
		double baseline = run(seconds, texts, ExtractionThroughputBench::scan) * characters / PAGE;

		System.out.printf("corpus: %d documents, %.1f pages%n", texts.size(), (double) characters / PAGE);
		System.out.printf("extraction: %.0f pages/s (one thread)%n", extraction);
		System.out.printf("extraction: %.0f pages per CPU-second (the thread had the CPU %.0f%% of the time)%n",
				extraction / cpuShare, 100 * cpuShare);
		System.out.printf("baseline regex scan: %.0f pages/s%n", baseline);
		System.out.printf("ratio extraction/baseline: %.3f%n", extraction / baseline);
		System.out.printf("goal 200 pages/s: %s%n", extraction >= 200 ? "met" : "NOT met");
	}

	/** Passes over the whole corpus per second. */
	private static double run(double seconds, List<String> texts, java.util.function.ToIntFunction<String> work) {
		long sink = 0;
		long passes = 0;
		long start = System.nanoTime();
		long end = start + (long) (seconds * 1e9);
		while (System.nanoTime() < end) {
			for (String text : texts) {
				sink += work.applyAsInt(text);
			}
			passes++;
		}
		double elapsed = (System.nanoTime() - start) / 1e9;
		if (sink == 42) {
			System.out.print("");
		}
		return passes / elapsed;
	}

	private static int scan(String text) {
		Matcher m = BASELINE.matcher(text);
		int n = 0;
		while (m.find()) {
			n++;
		}
		return n;
	}

	private static List<String> texts() throws IOException, URISyntaxException {
		List<String> texts = new ArrayList<>();
		ClassLoader loader = ExtractionThroughputBench.class.getClassLoader();
		for (String seed : List.of("seeds/acta-final-2017-06-08.txt", "seeds/minuta-2017-05-11.txt")) {
			try (InputStream in = loader.getResourceAsStream(seed)) {
				texts.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
			}
		}
		Path corpus = Path.of(loader.getResource("agreements/corpus").toURI());
		try (var files = Files.list(corpus)) {
			for (Path file : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
				texts.add(Files.readString(file));
			}
		}
		return texts;
	}
}
