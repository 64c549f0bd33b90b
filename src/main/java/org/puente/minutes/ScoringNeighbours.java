package org.puente.minutes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What stands around each of the structure's items, read once per document from all its candidates
 * (docs/minutes-reading.md, "Scoring"): the items before and after it under the same heading (found by the same reader,
 * telling an action), how many items its section holds and how many of them tell an action, whether it opens or closes
 * its section, how far below its heading it stands; and of the document, how many items its readers found for its
 * length, the share of them that tell an action and the share its own reader found. A layout reading that cuts a report
 * into its paragraphs gives many items of which few tell anything decided, a list of actions gives items that all do:
 * a candidate is judged beside its siblings, not alone.
 */
final class ScoringNeighbours {

	/** The features, appended to {@link ScoringFeatures#NAMES} in this order. */
	static final List<String> NAMES = List.of("nb.prev_same", "nb.next_same", "nb.prev_action", "nb.next_action",
			"nb.section_actions", "nb.section_items", "pl.first_in_section", "pl.last_in_section", "pl.heading_lines",
			"pl.outside_decisions", "doc.items_density", "doc.items", "doc.where_share", "doc.layout_beside",
			"doc.actions", "doc.acting_item", "ctx.list_decided");

	/** The features of a candidate not weighed by the structure's model, or of a document with no item. */
	private static final double[] NONE = new double[NAMES.size()];

	private final Map<Candidate, double[]> features;

	private ScoringNeighbours(Map<Candidate, double[]> features) {
		this.features = features;
	}

	static final ScoringNeighbours EMPTY = new ScoringNeighbours(Map.of());

	/** The features of a candidate of the list the neighbours were read from (the same instance); zeros for any other. */
	double[] of(Candidate c) {
		return features.getOrDefault(c, NONE);
	}

	private record Item(Candidate candidate, int start, int section, boolean acts) {
	}

	/**
	 * Reads the structure's items of one document, in the order of their place in the text.
	 *
	 * @param spans each candidate's span, in the candidates' order ({@link Scoring#located})
	 */
	static ScoringNeighbours of(ScoringContext context, List<Candidate> candidates, List<TextSpan> spans) {
		List<Item> items = new ArrayList<>();
		List<Candidate> all = new ArrayList<>();
		for (int i = 0; i < candidates.size(); i++) {
			Candidate c = candidates.get(i);
			if (!Scoring.model(c).isEmpty()) {
				continue;
			}
			all.add(c);
			TextSpan span = spans.get(i);
			if (span.located()) {
				items.add(new Item(c, span.start(), context.section(span.start()),
						context.words(c).acts()));
			}
		}
		if (all.isEmpty()) {
			return EMPTY;
		}
		items.sort(Comparator.comparingInt(Item::start));
		Map<Candidate, double[]> features = new IdentityHashMap<>();
		long acting = items.stream().filter(Item::acts).count();
		double density = Math.log1p(1000.0 * all.size() / Math.max(1, context.source().length())) / Math.log(10);
		double documentItems = Math.log1p(all.size()) / Math.log(100);
		// how many candidates each reader found, counted once: asking it of every candidate was quadratic
		Map<Double, Long> byReader = all.stream().collect(Collectors.groupingBy(Candidate::confidence, Collectors.counting()));
		for (Candidate c : all) { // the unlocated ones have the document's features only
			features.put(c, document(c, all.size(), byReader.get(c.confidence()), acting, items.size(), density,
					documentItems));
		}
		for (int k = 0; k < items.size(); k++) {
			Item item = items.get(k);
			Item prev = k > 0 && items.get(k - 1).section() == item.section() ? items.get(k - 1) : null;
			Item next = k + 1 < items.size() && items.get(k + 1).section() == item.section() ? items.get(k + 1) : null;
			int first = k;
			while (first > 0 && items.get(first - 1).section() == item.section()) {
				first--;
			}
			int last = k;
			while (last + 1 < items.size() && items.get(last + 1).section() == item.section()) {
				last++;
			}
			long siblingsActing = items.subList(first, last + 1).stream().filter(Item::acts).count() - (item.acts() ? 1 : 0);
			double[] x = features.get(item.candidate());
			x[0] = prev != null && same(prev.candidate(), item.candidate()) ? 1 : 0;
			x[1] = next != null && same(next.candidate(), item.candidate()) ? 1 : 0;
			x[2] = prev != null && prev.acts() ? 1 : 0;
			x[3] = next != null && next.acts() ? 1 : 0;
			x[4] = last > first ? (double) siblingsActing / (last - first) : 0;
			x[5] = Math.log1p(last - first + 1) / Math.log(100);
			x[6] = k == first ? 1 : 0;
			x[7] = k == last ? 1 : 0;
			x[8] = Math.min(1, Math.log1p(context.linesBelowHeading(item.start())) / Math.log(100));
			x[9] = context.decisionsHeading() && context.above(item.start()).kind() != SectionCues.Kind.DECISIONS ? 1 : 0;
			// an item telling an action counts for more where most items do (a list of actions) than where few do (a
			// report cut into paragraphs, whose one acting sentence is as often a plan told as one decided)
			x[15] = item.acts() ? x[14] : 0;
			x[16] = context.list(item.start()).decided() ? 1 : 0;
		}
		return new ScoringNeighbours(features);
	}

	/** The document's features of one of its items (those of its neighbours are set after). */
	private static double[] document(Candidate c, int all, long sameWhere, long acting, int located, double density,
			double documentItems) {
		double[] x = new double[NAMES.size()];
		boolean layout = Math.abs(c.confidence() - 1.0) < 1e-9;
		x[10] = density;
		x[11] = documentItems;
		x[12] = (double) sameWhere / all;
		x[13] = layout && sameWhere < all ? 1 : 0;
		x[14] = located > 0 ? (double) acting / located : 0;
		return x;
	}

	/** Whether two candidates were found by the same reader (their confidence before the scoring names it). */
	private static boolean same(Candidate a, Candidate b) {
		return Math.abs(a.confidence() - b.confidence()) < 1e-9;
	}
}
