#!/usr/bin/env python3
"""Below the threshold: the expected agreements of the development parts that a structure reader proposed but the
scoring put below the structure threshold, and the false items they compete with near it.

Reads ScoringFeatureExport's table and a weights table; keeps the structure's candidates whose probability reaches the
table's threshold and matches them one-to-one in document order (as fit_scoring.py's in-sample figure counts them,
without the later steps of the reading: restatements, merges). An expected agreement not matched is "below" when an
unused structure candidate fits it and every such candidate is under the threshold. For those, per batch and
language: how many, the probability they got (bands), the reader that found them (where.*), and the features that
pull them down: each feature's mean contribution (weight x value) among the below misses minus among the kept true
items, most negative first. Then the competition: per band of probability, the structure candidates that would match
(true) and those that would not (false), so what lowering the threshold would bring in.
A tuning aid (section "Below the threshold, 5 December night" of this folder's README); development parts only.

Usage: below_threshold.py F.tsv [--weights src/main/resources/minutes/scoring-weights.tsv] [--rows] [--near 0.15]
"""
import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fit_scoring import fitting, gold_starts, labels, load, prob  # noqa: E402
from misses import weights as read_weights  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
WHERE = ("where.layout", "where.decisions_item", "where.motion", "where.inline", "where.narrative",
         "where.decisions_paragraph", "where.action_list")
BANDS = (0.0, 0.05, 0.10, 0.15, 0.20, 0.25, 0.30, 0.35, 0.45, 1.01)


def band(p):
    for lo, hi in zip(BANDS, BANDS[1:]):
        if lo <= p < hi:
            return f"{lo:.2f}-{hi:.2f}"
    return "?"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("features")
    parser.add_argument("--weights", default=ROOT / "src/main/resources/minutes/scoring-weights.tsv")
    parser.add_argument("--rows", action="store_true", help="one line per below miss, with its three lowest terms")
    parser.add_argument("--near", type=float, default=0.15, help="the band under the threshold counted as near")
    args = parser.parse_args()
    table = read_weights(args.weights)
    names, docs, groups, X, _, texts = load(args.features)
    threshold = table.get("threshold", 0.25)
    w = np.array([table.get(n, 0.0) for n in names])
    starts, batches, _ = gold_starts()
    fit_lists = fitting(docs, texts, starts)
    items = np.flatnonzero(groups == "")
    y = np.zeros(len(docs))
    y[items] = labels(docs[items], [fit_lists[i] for i in items])
    p = np.zeros(len(docs))
    p[items] = prob(X[items], w)
    kept = np.zeros(len(docs), bool)
    kept[items] = p[items] >= threshold
    lang = {d: d.split("/")[1][:2] for d in starts}
    # one-to-one matching of the kept items, in document order
    taken = defaultdict(set)
    for i in np.flatnonzero(kept):
        for e in fit_lists[i]:
            if e not in taken[docs[i]]:
                taken[docs[i]].add(e)
                break
    by_doc = defaultdict(list)
    for i in items:
        by_doc[docs[i]].append(i)
    below = []  # (doc, expected index, best candidate)
    missed = Counter()
    why = Counter()  # every miss by its reason
    for d, ss in starts.items():
        for e in range(len(ss)):
            if e in taken[d]:
                continue
            missed[batches[d]] += 1
            fitting_items = [i for i in by_doc.get(d, []) if e in fit_lists[i] and not kept[i]]
            if fitting_items:
                below.append((d, e, max(fitting_items, key=lambda i: p[i])))
                why["below the threshold"] += 1
            elif any(e in fit_lists[i] for i in by_doc.get(d, [])):
                why["kept item taken by another expected one"] += 1
            elif any(e in fit_lists[i] for i in np.flatnonzero((docs == d) & (groups != ""))):
                why["a sentence of prose only (prose model, off)"] += 1
            else:
                why["no candidate"] += 1
    expected = sum(len(s) for s in starts.values())
    matched = sum(len(t) for t in taken.values())
    print(f"threshold {threshold}; expected {expected}, matched {matched}, proposed {int(kept.sum())}, "
          f"missed {expected - matched}, of which below the threshold {len(below)}")
    print("misses by reason: " + "; ".join(f"{k} {v}" for k, v in why.most_common()))
    print("table's figures by batch (structure items kept by the table, no later step): " + "  ".join(
        f"{b} {2 * len(set().union(*[{(d, e) for e in taken[d]} for d in starts if batches[d] == b])) / max(1, sum(len(starts[d]) for d in starts if batches[d] == b) + int(sum(kept[i] for i in items if batches[docs[i]] == b))):.3f}"
        for b in sorted(missed)))
    print("\nbelow misses by batch (below / all misses):")
    count = Counter(batches[d] for d, _, _ in below)
    print("  " + "  ".join(f"{b} {count[b]}/{missed[b]}" for b in sorted(missed)))
    count = Counter(lang[d] for d, _, _ in below)
    lmissed = Counter()
    for d, ss in starts.items():
        lmissed[lang[d]] += len(ss) - len(taken[d])
    print("by language: " + "  ".join(f"{l} {count[l]}/{lmissed[l]}" for l in sorted(lmissed)))
    print("\nprobability of the best fitting candidate: " + "  ".join(
        f"{b} {n}" for b, n in sorted(Counter(band(p[i]) for _, _, i in below).items())))
    col = {n: j for j, n in enumerate(names)}

    def where(i):
        return next((n for n in WHERE if X[i, col[n]] == 1), "other")
    print("reader (where.*) of the below misses: " + "  ".join(
        f"{n} {c}" for n, c in Counter(where(i) for _, _, i in below).most_common()))
    true_kept = [i for i in items if kept[i] and y[i] == 1]
    print("reader (where.*) of the kept true items: " + "  ".join(
        f"{n} {c}" for n, c in Counter(where(i) for i in true_kept).most_common()))
    bi = [i for _, _, i in below]
    diff = (X[bi] * w).mean(axis=0) - (X[true_kept] * w).mean(axis=0)
    print("\nfeatures pulling the below misses down (mean weight x value, below misses minus kept true items):")
    for j in np.argsort(diff)[:14]:
        print(f"  {names[j]:26s} {diff[j]:+.3f}  (weight {w[j]:+.3f}; mean value {X[bi, j].mean():.2f} vs "
              f"{X[true_kept, j].mean():.2f})")
    print("\ncompetition: structure candidates per band of probability, true (would match) / false")
    for lo, hi in zip(BANDS, BANDS[1:]):
        sel = [i for i in items if lo <= p[i] < hi]
        t = sum(1 for i in sel if y[i] == 1)
        print(f"  {lo:.2f}-{hi:.2f}  {'kept' if lo >= threshold else 'dropped':7s} true {t:4d}  false {len(sel) - t:4d}")
    near = [i for i in items if args.near <= p[i] < threshold]
    t = [i for i in near if y[i] == 1]
    print(f"\nnear ({args.near}-{threshold}) by where.*: true / false")
    for n in WHERE + ("other",):
        a = sum(1 for i in t if where(i) == n)
        b = sum(1 for i in near if where(i) == n) - a
        if a or b:
            print(f"  {n:26s} {a:4d} / {b:4d}")
    if args.rows:
        print()
        for d, e, i in sorted(below):
            terms = sorted(((X[i, j] * w[j], names[j]) for j in range(len(names)) if names[j] != "bias"))[:3]
            print(f"{d}\tp={p[i]:.2f}\t{where(i)}\t" + ",".join(f"{n}{v:+.2f}" for v, n in terms)
                  + f"\t{starts[d][e][:60]}\t|| {texts[i][:120]}")


if __name__ == "__main__":
    main()
