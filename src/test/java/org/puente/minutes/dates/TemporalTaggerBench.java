package org.puente.minutes.dates;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;

import org.jspecify.annotations.Nullable;

/**
 * Puente's temporal tagger beside a well-kept peer, Python's dateparser, on the same expressions
 * ({@code bench/dates/expressions.tsv}, or the file given third, e.g. {@code forms.tsv}; the peer's readings come
 * from {@code peer_dateparser.py}), then its speed on whole minutes beside the old {@code agreements.DateExtractor} measured in the same run. Run with
 * {@code bench/dates/run.sh}; not a JUnit test.
 */
public final class TemporalTaggerBench {

	private static final int PAGE = 3_000;

	private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory
		.getThreadMXBean();

	private TemporalTaggerBench() {
	}

	public static void main(String[] args) throws Exception {
		double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 3;
		Path file = args.length > 2 ? Path.of(args[2]) : Expressions.FILE;
		List<Expressions> expressions = Expressions.read(file);
		Peer peer = Peer.read(Path.of(args[0]), expressions.size());
		TemporalTagger tagger = new TemporalTagger();
		List<Optional<TemporalMention>> ours = expressions.stream().map(e -> e.readBy(tagger)).toList();
		compare(expressions, ours, peer, file);
		Rate rate = passesPerSecond(seconds, () -> expressions.forEach(e -> e.readBy(tagger)));
		double wall = 1e6 / rate.wall() / expressions.size();
		double cpu = 1e6 / rate.cpu() / expressions.size();
		double peerWall = 1e6 * peer.seconds() / expressions.size();
		double peerCpu = 1e6 * peer.cpuSeconds() / expressions.size();
		System.out.printf("%-34s %10.1f %12.1f%n", "time per expression (µs, wall)", wall, peerWall);
		System.out.printf("%-34s %10.1f %12.1f%n", "time per expression (µs, CPU)", cpu, peerCpu);
		System.out.printf("ratio of CPU times Puente/dateparser: %.4f (Puente %.0fx faster; wall: %.4f)%n", cpu / peerCpu,
				peerCpu / cpu, wall / peerWall);
		throughput(tagger, seconds);
	}

	private static void compare(List<Expressions> expressions, List<Optional<TemporalMention>> ours, Peer peer,
			Path file) {
		long dated = expressions.stream().filter(Expressions::namesADate).count();
		System.out.printf("expressions: %d (%d name a date, %d name none) from %s%n", expressions.size(), dated,
				expressions.size() - dated, file);
		System.out.printf("%-34s %10s %12s%n", "", "Puente", "dateparser");
		row("accuracy, all", expressions, ours, peer, e -> true);
		row("  naming a date", expressions, ours, peer, Expressions::namesADate);
		row("    one day", expressions, ours, peer, e -> e.namesADate() && e.first().equals(e.last()));
		row("    a period (range, week, month…)", expressions, ours, peer, e -> e.namesADate() && !e.first().equals(e.last()));
		row("  naming none (silent is right)", expressions, ours, peer, e -> !e.namesADate());
		for (String lang : List.of("es", "en", "pt", "fr")) {
			row("  " + lang, expressions, ours, peer, e -> e.lang().equals(lang));
		}
		int ourCover = 0;
		int peerCover = 0;
		int right = 0;
		int peerRight = 0;
		int kinds = 0;
		int rightDays = 0;
		for (int i = 0; i < expressions.size(); i++) {
			Expressions e = expressions.get(i);
			right += e.rightFor(ours.get(i)) ? 1 : 0;
			peerRight += peer.rightFor(e, i) ? 1 : 0;
			if (e.namesADate()) {
				ourCover += ours.get(i).isPresent() ? 1 : 0;
				peerCover += peer.found(i) ? 1 : 0;
				if (e.rightFor(ours.get(i))) {
					rightDays++;
					kinds += ours.get(i).get().kind().name().equalsIgnoreCase(e.kind()) ? 1 : 0;
				}
			}
		}
		System.out.printf("%-34s %6d/%-3d %8d/%-3d%n", "coverage (found a date)", ourCover, dated, peerCover, dated);
		agreement(expressions, ours, peer);
		System.out.printf("kind right among days right (Puente only): %d/%d%n", kinds, rightDays);
		System.out.printf("ratio of accuracy Puente/dateparser: %.2f%n", (double) right / Math.max(1, peerRight));
	}

	/**
	 * Where the two taggers agree: both right, only one right, both wrong, and the same reading (the same first and
	 * last day, or both silent) whether right or not; overall and by language.
	 */
	private static void agreement(List<Expressions> expressions, List<Optional<TemporalMention>> ours, Peer peer) {
		System.out.printf("%nagreement on the same expressions%n%-10s %6s %10s %12s %10s %10s %12s%n", "", "total",
				"both right", "Puente only", "peer only", "both wrong", "same reading");
		for (String lang : List.of("all", "es", "en", "pt", "fr")) {
			int[] counts = new int[6];
			for (int i = 0; i < expressions.size(); i++) {
				Expressions e = expressions.get(i);
				if (!lang.equals("all") && !e.lang().equals(lang)) {
					continue;
				}
				boolean we = e.rightFor(ours.get(i));
				boolean they = peer.rightFor(e, i);
				counts[0]++;
				counts[we ? they ? 1 : 2 : they ? 3 : 4]++;
				counts[5] += peer.reads(i).equals(ours.get(i).map(m -> m.first() + ".." + m.last()).orElse("-")) ? 1 : 0;
			}
			System.out.printf("%-10s %6d %10d %12d %10d %10d %12d%n", lang, counts[0], counts[1], counts[2], counts[3],
					counts[4], counts[5]);
		}
	}

	private static void row(String label, List<Expressions> expressions, List<Optional<TemporalMention>> ours, Peer peer,
			Predicate<Expressions> which) {
		int total = 0;
		int right = 0;
		int peerRight = 0;
		for (int i = 0; i < expressions.size(); i++) {
			Expressions e = expressions.get(i);
			if (which.test(e)) {
				total++;
				right += e.rightFor(ours.get(i)) ? 1 : 0;
				peerRight += peer.rightFor(e, i) ? 1 : 0;
			}
		}
		System.out.printf("%-34s %4d/%-3d %4.2f %4d/%-3d %4.2f%n", label, right, total, (double) right / total, peerRight,
				total, (double) peerRight / total);
	}

	/** Whole minutes (the seeds and the team's corpus), tagged on one thread: the new tagger and the old extractor. */
	private static void throughput(TemporalTagger tagger, double seconds) throws Exception {
		List<String[]> texts = texts();
		long characters = texts.stream().mapToLong(t -> t[1].length()).sum();
		LocalDate meeting = LocalDate.of(2017, 6, 8);
		ToIntFunction<String[]> ours = t -> tagger.tag(t[1], meeting, t[0]).size();
		ToIntFunction<String[]> old = oldExtractor(meeting);
		int mentions = texts.stream().mapToInt(ours).sum();
		double pages = characters / (double) PAGE;
		Rate ourRate = passesPerSecond(seconds, () -> texts.forEach(ours::applyAsInt));
		System.out.printf("%nminutes: %d texts, %.1f pages (3,000 characters), %d mentions found%n", texts.size(), pages,
				mentions);
		System.out.printf("TemporalTagger: %.0f pages/s, %.0f mentions/s (one thread; per CPU-second: %.0f pages, the "
				+ "thread had the CPU %.0f%% of the time)%n", ourRate.wall() * pages, ourRate.wall() * mentions,
				ourRate.cpu() * pages, 100 * ourRate.wall() / ourRate.cpu());
		if (old == null) {
			System.out.println("old agreements.DateExtractor: not on the classpath, no baseline");
			return;
		}
		Rate oldRate = passesPerSecond(seconds, () -> texts.forEach(old::applyAsInt));
		int oldMentions = texts.stream().mapToInt(old).sum();
		System.out.printf("old DateExtractor: %.0f pages/s, %.0f mentions/s (%d mentions found; per CPU-second: %.0f "
				+ "pages)%n", oldRate.wall() * pages, oldRate.wall() * oldMentions, oldMentions, oldRate.cpu() * pages);
		System.out.printf("ratio of pages per CPU-second TemporalTagger/DateExtractor: %.2f (wall: %.2f)%n",
				ourRate.cpu() / oldRate.cpu(), ourRate.wall() / oldRate.wall());
	}

	/** The old extractor is package-private (in agreements, then minutes) and goes away: reached reflectively. */
	private static @Nullable ToIntFunction<String[]> oldExtractor(LocalDate meeting) {
		for (String name : List.of("org.puente.agreements.DateExtractor", "org.puente.minutes.DateExtractor")) {
			ToIntFunction<String[]> found = oldExtractor(name, meeting);
			if (found != null) {
				return found;
			}
		}
		return null;
	}

	private static @Nullable ToIntFunction<String[]> oldExtractor(String className, LocalDate meeting) {
		try {
			Method extract = Class.forName(className).getDeclaredMethod("extract", String.class, LocalDate.class,
					String.class);
			extract.setAccessible(true);
			return t -> {
				try {
					return ((List<?>) extract.invoke(null, t[1], meeting, t[0])).size();
				}
				catch (ReflectiveOperationException ex) {
					throw new IllegalStateException(ex);
				}
			};
		}
		catch (ReflectiveOperationException ex) {
			return null;
		}
	}

	/** Passes per second of wall time and per second of CPU the thread got (on a shared machine it waits for a core). */
	private record Rate(double wall, double cpu) {
	}

	private static Rate passesPerSecond(double seconds, Runnable pass) {
		long warmEnd = System.nanoTime() + (long) (seconds / 2 * 1e9);
		while (System.nanoTime() < warmEnd) {
			pass.run();
		}
		long passes = 0;
		long cpuStart = CPU.getCurrentThreadCpuTime();
		long start = System.nanoTime();
		long end = start + (long) (seconds * 1e9);
		while (System.nanoTime() < end) {
			pass.run();
			passes++;
		}
		double wall = (System.nanoTime() - start) / 1e9;
		double cpu = (CPU.getCurrentThreadCpuTime() - cpuStart) / 1e9;
		return new Rate(passes / wall, passes / cpu);
	}

	/** [lang, text] of the seeds and of the team's own corpus of minutes (src/test/resources/agreements). */
	private static List<String[]> texts() throws IOException, URISyntaxException {
		List<String[]> texts = new ArrayList<>();
		ClassLoader loader = TemporalTaggerBench.class.getClassLoader();
		for (String seed : List.of("seeds/acta-final-2017-06-08.txt", "seeds/minuta-2017-05-11.txt")) {
			try (InputStream in = loader.getResourceAsStream(seed)) {
				texts.add(new String[] { "es", new String(in.readAllBytes(), StandardCharsets.UTF_8) });
			}
		}
		for (String folder : List.of("agreements/corpus", "agreements/heldout")) {
			try (var files = Files.list(Path.of(loader.getResource(folder).toURI()))) {
				for (Path file : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
					texts.add(new String[] { file.getFileName().toString().substring(0, 2), Files.readString(file) });
				}
			}
		}
		return texts;
	}

	/** dateparser's readings of the expressions, one line each, and the seconds its one measured pass took. */
	private record Peer(List<String[]> days, double seconds, double cpuSeconds) {

		static Peer read(Path file, int expected) throws IOException {
			List<String> lines = Files.readAllLines(file);
			String last = lines.get(lines.size() - 1);
			List<String[]> days = lines.subList(0, lines.size() - 1).stream().map(l -> l.split("\t")).toList();
			if (days.size() != expected || !last.startsWith("# seconds ")) {
				throw new IllegalStateException(file + ": " + days.size() + " readings for " + expected + " expressions");
			}
			String[] times = last.split(" ");
			return new Peer(days, Double.parseDouble(times[2]), Double.parseDouble(times[4]));
		}

		boolean found(int i) {
			return !days.get(i)[0].equals("-");
		}

		/** "first..last", or "-" when it found nothing. */
		String reads(int i) {
			return found(i) ? days.get(i)[0] + ".." + days.get(i)[1] : "-";
		}

		boolean rightFor(Expressions e, int i) {
			if (!e.namesADate()) {
				return !found(i);
			}
			return found(i) && LocalDate.parse(days.get(i)[0]).equals(e.first())
					&& LocalDate.parse(days.get(i)[1]).equals(e.last());
		}
	}
}
