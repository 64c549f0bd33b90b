package org.puente.minutes.dates;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The date expressions of {@code bench/dates/expressions.tsv}, shared by {@link ExpressionFileTests} and the bench:
 * one per line, with the meeting date and the first and last day it means ("-" for words that name no date).
 */
record Expressions(String lang, LocalDate meeting, String mode, String text, @Nullable LocalDate first,
		@Nullable LocalDate last, String kind) {

	static final Path FILE = Path.of("bench/dates/expressions.tsv");

	/** Mode "next": the minutes' statement of the next meeting, this mark, then the item that refers to it. */
	static final String NEXT_MARK = " ¦ ";

	static List<Expressions> read(Path file) {
		try {
			return Files.readAllLines(file).stream().filter(line -> !line.isBlank() && !line.startsWith("#")).map(line -> {
				String[] f = line.split("\t");
				return new Expressions(f[0], LocalDate.parse(f[1]), f[2], f[3], date(f[4]), date(f[5]),
						f[6]);
			}).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static @Nullable LocalDate date(String text) {
		return text.equals("-") ? null : LocalDate.parse(text);
	}

	boolean namesADate() {
		return first != null;
	}

	/** What Puente reads: from the first to the last day of its mentions (a range may come as two), or empty. */
	Optional<TemporalMention> readBy(TemporalTagger tagger) {
		if (mode.equals("cell")) {
			return tagger.tagCell(text, meeting, lang);
		}
		if (mode.equals("next")) {
			int mark = text.indexOf(NEXT_MARK);
			String item = text.substring(mark + NEXT_MARK.length());
			NextMeeting next = new NextMeeting(tagger);
			return next.stated(text.substring(0, mark), meeting, lang).stream().findFirst()
				.flatMap(stated -> next.referredTo(item, stated.day(), lang));
		}
		List<TemporalMention> found = tagger.tag(text, meeting, lang);
		if (found.size() <= 1) {
			return found.stream().findFirst();
		}
		TemporalMention one = found.get(0);
		LocalDate from = found.stream().map(TemporalMention::first).min(Comparator.naturalOrder()).orElseThrow();
		LocalDate to = found.stream().map(TemporalMention::last).max(Comparator.naturalOrder()).orElseThrow();
		return Optional.of(new TemporalMention(one.start(), found.get(found.size() - 1).end(), text, from, to,
				one.precision(), one.kind(), one.ambiguous(), one.warningKey()));
	}

	/** Right when it names no date and nothing was found, or when the first and last days are the expected ones. */
	boolean rightFor(Optional<TemporalMention> read) {
		if (!namesADate()) {
			return read.isEmpty();
		}
		return read.isPresent() && read.get().first().equals(first) && read.get().last().equals(last);
	}

	/** The expressions the tagger reads to other days than their own, each with what it read. */
	static List<String> wrongDays(List<Expressions> expressions, TemporalTagger tagger) {
		List<String> wrong = new ArrayList<>();
		for (Expressions e : expressions) {
			Optional<TemporalMention> read = e.readBy(tagger);
			if (!e.rightFor(read)) {
				wrong.add(e + " but read " + read.map(m -> m.first() + ".." + m.last()).orElse("nothing"));
			}
		}
		return wrong;
	}

	/** Among the expressions read to their days, those of another kind (deadline, event, vague) than their own. */
	static List<String> wrongKinds(List<Expressions> expressions, TemporalTagger tagger) {
		List<String> wrong = new ArrayList<>();
		for (Expressions e : expressions) {
			Optional<TemporalMention> read = e.readBy(tagger);
			if (e.namesADate() && e.rightFor(read) && !read.get().kind().name().equalsIgnoreCase(e.kind())) {
				wrong.add(e + " is " + e.kind() + " but read " + read.get().kind());
			}
		}
		return wrong;
	}

	@Override
	public String toString() {
		return lang + " " + meeting + (mode.equals("text") ? "" : " " + mode) + " «" + text + "» → " + (first == null ? "-" : first + ".." + last);
	}
}
