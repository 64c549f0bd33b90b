package org.puente.minutes;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * probe17 (measurement only): what the sentence encoder would cost in the reading, on one thread, over the texts of
 * ExtractionThroughputBench (the seeds and the agreements corpus; a page is 3,000 characters). Measured apart, then
 * added up: the reading as it is today (pages/s), and the embedding of the candidates a reading would weigh with the
 * encoder: the structure's items only (today's scoring keeps no sentence of prose), or every candidate, sentences of
 * prose and units included (what a prose model would need; proposing them is measured too). CPU time of the thread
 * is reported beside wall time: the machine is shared.
 * {@code bench/minutes-quality/encoder/run.sh EncoderThroughputBench SECONDS}
 */
public final class EncoderThroughputBench {

	private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

	private EncoderThroughputBench() {
	}

	public static void main(String[] args) throws Exception {
		double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 10;
		List<String> texts = texts();
		double pages = texts.stream().mapToLong(String::length).sum() / 3000.0;
		MinutesReading reading = MinutesReading.withPackagedDirectory(null);
		LocalDate meeting = LocalDate.of(2017, 6, 8);
		long rss0 = rss();
		long t0 = System.nanoTime();
		Encoder encoder = new Encoder();
		encoder.vector("warm up");
		System.out.printf("encoder start-up: %.0f ms; resident memory +%d MB (%d → %d MB)%n", (System.nanoTime() - t0) / 1e6,
				(rss() - rss0) / 1024, rss0 / 1024, rss() / 1024);
		List<String> items = new ArrayList<>();
		List<String> every = new ArrayList<>();
		for (String text : texts) {
			Structure.candidates(ReadingContext.of(text), false).forEach(c -> items.add(c.segment().text()));
			Structure.candidates(ReadingContext.of(text), true).forEach(c -> every.add(c.segment().text()));
		}
		System.out.printf("corpus: %d texts, %.1f pages; candidates: %d structure's items, %d with prose and units%n",
				texts.size(), pages, items.size(), every.size());
		time(seconds / 3, () -> texts.forEach(t -> reading.read(t, meeting, Optional.empty())));
		double[] read = time(seconds, () -> texts.forEach(t -> reading.read(t, meeting, Optional.empty())));
		double[] propose = time(seconds, () -> texts.forEach(t -> Structure.candidates(ReadingContext.of(t), true)));
		time(seconds / 3, () -> items.forEach(encoder::vector));
		double[] embedItems = time(seconds, () -> items.forEach(encoder::vector));
		double[] embedEvery = time(seconds, () -> every.forEach(encoder::vector));
		System.out.printf("CPU of the whole process per item embedded: %.2f ms (of the thread: %.2f ms; ONNX runs on the"
				+ " caller's thread when it is given one)%n", embedItems[2] / items.size(), embedItems[1] / items.size());
		System.out.printf("reading today: %.1f ms per pass (CPU %.1f): %.0f pages/s (%.0f per CPU-second)%n", read[0], read[1],
				pages / read[0] * 1000, pages / read[1] * 1000);
		System.out.printf("embedding: %.2f ms per item (CPU %.2f), %.2f ms per candidate of every kind (CPU %.2f)%n",
				embedItems[0] / items.size(), embedItems[1] / items.size(), embedEvery[0] / every.size(),
				embedEvery[1] / every.size());
		System.out.printf("reading + embedding the structure's items: %.0f pages/s (%.0f per CPU-second)%n",
				pages / (read[0] + embedItems[0]) * 1000, pages / (read[1] + embedItems[1]) * 1000);
		System.out.printf("reading + proposing prose and units + embedding every candidate: %.0f pages/s (%.0f per CPU-second)%n",
				pages / (read[0] + propose[0] + embedEvery[0]) * 1000, pages / (read[1] + propose[1] + embedEvery[1]) * 1000);
		System.out.printf("heap used %d MB, resident %d MB%n",
				(Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20, rss() / 1024);
	}

	private static final com.sun.management.OperatingSystemMXBean OS = (com.sun.management.OperatingSystemMXBean) ManagementFactory
		.getOperatingSystemMXBean();

	/** Milliseconds of wall time, of this thread's CPU and of the process' CPU per run of the work, over about the seconds given. */
	private static double[] time(double seconds, Runnable work) {
		long wall = System.nanoTime();
		long cpu = CPU.getCurrentThreadCpuTime();
		long process = OS.getProcessCpuTime();
		int runs = 0;
		do {
			work.run();
			runs++;
		}
		while (System.nanoTime() - wall < seconds * 1e9);
		return new double[] { (System.nanoTime() - wall) / 1e6 / runs, (CPU.getCurrentThreadCpuTime() - cpu) / 1e6 / runs,
				(OS.getProcessCpuTime() - process) / 1e6 / runs };
	}

	/** Resident memory of the process, in kB (Linux). */
	private static long rss() throws Exception {
		return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmRSS:"))
			.mapToLong(l -> Long.parseLong(l.replaceAll("\\D", ""))).findFirst().orElse(0);
	}

	private static List<String> texts() throws Exception {
		List<String> texts = new ArrayList<>();
		ClassLoader loader = EncoderThroughputBench.class.getClassLoader();
		for (String seed : List.of("seeds/acta-final-2017-06-08.txt", "seeds/minuta-2017-05-11.txt")) {
			texts.add(new String(loader.getResourceAsStream(seed).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
		}
		try (var files = Files.list(Path.of(loader.getResource("agreements/corpus").toURI()))) {
			for (Path file : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
				texts.add(Files.readString(file));
			}
		}
		return texts;
	}
}
