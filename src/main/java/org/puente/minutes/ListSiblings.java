package org.puente.minutes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntToDoubleFunction;

/**
 * List items under a heading that does not say "decisions" ("Frontend", "Semana 3", "Trésorerie"), judged by the
 * document's own evidence rather than by a model of the words of the writers the weights were fitted on (three such
 * models gained in-sample and lost on unseen minutes: struct11, lines13, lines14). A list item's first sentence that no
 * cue reads ({@link Prose#WHERE}, which the prose model keeps none of) is kept when the scoring kept another item of its
 * list — the writer has shown that this list holds what was decided or assigned —, when three quarters of its other
 * items act (kept, or with the form of an action themselves: not a list of topics or attendees), and when it has the
 * form of an action in any language itself (an instruction, a task or a future, a decision, a date). In plain text the
 * layout reader proposes nothing of such a list's other items, so they are read here ({@link #plainLines}).
 * bench/minutes-quality/README.md, "List items under neutral headings".
 */
final class ListSiblings {

	/** The fewest other items a list must hold for its share to say anything. */
	static final int OTHERS = 2;

	/**
	 * The share of a list's other items that must act: kept by the scoring, or with the form of an action themselves
	 * (chosen on the 42 development parts among 0.5 and 0.75, with one kept item or a quarter of them kept:
	 * bench/minutes-quality/README.md, "List items under neutral headings").
	 */
	static final double ACTING = 0.75;

	private ListSiblings() {
	}

	/** A weighed candidate and the candidate as its reader proposed it (whose confidence names the reader). */
	private record Read(Scoring.Weighed weighed, Candidate proposed, int index) {
	}

	/**
	 * The weighed candidates, with the list items the rule keeps marked kept, each with its model's probability
	 * ({@code weighing}, by the candidate's index) as its confidence.
	 *
	 * @param candidates the candidates as the readers proposed them (their confidence names their reader), in the
	 *        order of {@code weighed}
	 */
	static List<Scoring.Weighed> kept(List<Scoring.Weighed> weighed, List<Candidate> candidates, ScoringContext context,
			IntToDoubleFunction weighing) {
		Map<Integer, Set<Integer>> keptLines = new HashMap<>(); // by list (its first line): the lines holding a kept item
		for (Scoring.Weighed w : weighed) {
			TextSpan span = w.candidate().span();
			if (w.kept() && span.located()) {
				ListRun list = context.list(span.start());
				if (list.items() > 0) {
					keptLines.computeIfAbsent(group(list), f -> new HashSet<>()).add(context.line(span.start()));
				}
			}
		}
		if (keptLines.isEmpty()) {
			return weighed;
		}
		List<Read> all = new ArrayList<>();
		for (int i = 0; i < weighed.size(); i++) {
			all.add(new Read(weighed.get(i), candidates.get(i), i));
		}
		if (!context.markdown()) {
			plainLines(all, keptLines, context);
		}
		Map<Integer, Set<Integer>> actingLines = new HashMap<>(); // by list: the lines kept or whose line acts
		for (Read r : all) {
			TextSpan span = r.weighed().candidate().span();
			if (span.located()) {
				ListRun list = context.list(span.start());
				if (list.items() > 0 && keptLines.containsKey(group(list)) && (r.weighed().kept() || line(r, context))) {
					actingLines.computeIfAbsent(group(list), f -> new HashSet<>()).add(context.line(span.start()));
				}
			}
		}
		List<Scoring.Weighed> kept = new ArrayList<>();
		for (Read r : all) {
			if (sibling(r, context, keptLines, actingLines)) {
				Candidate c = r.weighed().candidate();
				double p = r.index() >= 0 ? weighing.applyAsDouble(r.index())
						: Scoring.probability("prose.", ScoringFeatures.of(r.proposed(), context, c.span()), c.segment().text(), null);
				kept.add(new Scoring.Weighed(new Candidate(c.segment(), c.span(), p), true));
			}
			else if (r.index() >= 0) {
				kept.add(r.weighed());
			}
		}
		return kept;
	}

	/** Whether the rule keeps a candidate the scoring did not: a list item's first sentence beside kept siblings. */
	private static boolean sibling(Read r, ScoringContext context, Map<Integer, Set<Integer>> keptLines,
			Map<Integer, Set<Integer>> actingLines) {
		TextSpan span = r.weighed().candidate().span();
		if (r.weighed().kept() || !span.located() || !line(r, context)) {
			return false;
		}
		ListRun list = context.list(span.start());
		Set<Integer> kept = keptLines.get(group(list));
		int own = context.line(span.start());
		int others = (list.siblings().underTopic() ? list.siblings().items() : list.items()) - 1;
		Set<Integer> acting = actingLines.getOrDefault(group(list), Set.of());
		return kept != null && !kept.contains(own) && others >= OTHERS
				&& acting.size() - (acting.contains(own) ? 1 : 0) >= ACTING * others;
	}

	/** Whether the candidate is a sentence of prose that opens its line (a list item's first) and has the form of an action. */
	private static boolean line(Read r, ScoringContext context) {
		TextSpan span = r.weighed().candidate().span();
		return Scoring.model(r.proposed()).equals("prose.") && context.opensLine(span.start()) && acts(context.words(r.proposed()));
	}

	/**
	 * In plain text, the items of the lists with a kept item that no candidate starts on (the layout reader leaves a
	 * list outside the decisions sections to the prose, which proposes no sentence of it when the table keeps none):
	 * each item's first sentence, a sentence of prose, placed among the candidates by its place in the text.
	 */
	private static void plainLines(List<Read> all, Map<Integer, Set<Integer>> keptLines, ScoringContext context) {
		Set<Integer> started = new HashSet<>();
		for (Read r : all) {
			TextSpan span = r.weighed().candidate().span();
			if (span.located()) {
				started.add(context.line(span.start()));
			}
		}
		for (int k = 0; k < context.lines(); k++) {
			ListRun list = context.listOfLine(k);
			if (list.items() == 0 || !keptLines.containsKey(group(list)) || started.contains(k)) {
				continue;
			}
			TextSpan lineSpan = context.lineSpan(k);
			String raw = context.source().substring(lineSpan.start(), lineSpan.end());
			Markers.Marker marker = Markers.marker(raw.strip());
			if (marker == null || marker.content().isBlank()) {
				continue;
			}
			String content = marker.content().strip();
			int at = raw.indexOf(content.substring(0, Math.min(20, content.length())));
			// the first sentence as the prose's are cut, without reading what each one tells (Narrative.states: the cost)
			List<int[]> sentences = Abbreviations.sentences(content, SentenceEnds.narrative(content), true);
			if (at < 0 || sentences.isEmpty()) {
				continue;
			}
			String sentence = content.substring(sentences.get(0)[0], sentences.get(0)[1]).strip();
			int start = lineSpan.start() + at + sentences.get(0)[0];
			Candidate c = new Candidate(new Segment("", null, sentence), new TextSpan(start, start + sentence.length()), Prose.WHERE);
			if (sentence.length() < 20 || !acts(context.words(c)) || Procedural.is(sentence) || !Structure.proposes(c)) {
				continue; // as the readers' candidates are filtered ({@link Prose#sentences}, {@link Structure#candidates})
			}
			int place = 0;
			while (place < all.size() && (!all.get(place).weighed().candidate().span().located()
					|| all.get(place).weighed().candidate().span().start() < start)) {
				place++;
			}
			all.add(place, new Read(new Scoring.Weighed(new Candidate(c.segment(), c.span(), 0), false), c, -1));
		}
	}

	/**
	 * The list whose kept items vouch for a candidate's: the sub-items of a topic bullet ("Summary of action items", "Site
	 * Web :") apart from the rest of the run, whose topics and other topics' points do not act; the whole run otherwise.
	 */
	private static int group(ListRun list) {
		return list.siblings().underTopic() ? list.siblings().first() : list.first();
	}

	/** Whether the words have the form of an action in any language: an instruction, a task or a future, a decision, a date. */
	static boolean acts(ScoringFeatures.Words words) {
		return words.instruction() || words.task() || words.decision() || ScoringFeatures.DATE.matcher(words.folded()).find();
	}
}
