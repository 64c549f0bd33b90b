#!/usr/bin/env python3
"""Inter-annotator agreement on the minutes corpus (issue 9): labeller 2 (a folder of outputs in the engine's format)
against labeller 1 (the gold files), with the very matching rule of score.py.

Prints, per document, the unmatched gold items (labeller 1 only), the unmatched labeller-2 items, and every date
disagreement on matched items; then the totals, including the date agreement restricted to matched agreements
(expected dates right / expected dates of matched agreements) and its converse (labeller-2 dates found in the gold
item / labeller-2 dates of matched items). Standard library only.

Usage: compare.py --outputs DIR --gold DIR [--outputs DIR --gold DIR ...] [--names REGEX] [--quiet] [--bootstrap N]

Several --outputs/--gold pairs (taken in order) pool their documents, e.g. two batches labelled twice; --names keeps
only the documents whose name matches REGEX (e.g. a shape of text). Totals are given per language too (the gold's
"lang"), and the bootstrap interval with them.
"""
import argparse
import json
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from score import load_output, match  # noqa: E402  (the scorer's own matching)


def same(a, b):
    return a.get("start") == b.get("start") and a.get("end") == b.get("end")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--outputs", required=True, type=Path, action="append", help="labeller-2 folder (repeatable)")
    parser.add_argument("--gold", required=True, type=Path, action="append", help="labeller-1 folder, one per --outputs")
    parser.add_argument("--names", default="", metavar="REGEX", help="only the documents whose name matches REGEX")
    parser.add_argument("--quiet", action="store_true", help="totals only")
    parser.add_argument("--bootstrap", type=int, default=0, metavar="N",
                        help="also a 95%% interval of F1 from N resamplings of the documents (seed 9)")
    args = parser.parse_args(argv)
    if len(args.outputs) != len(args.gold):
        parser.error("give one --gold folder per --outputs folder")
    t = dict(expected=0, proposed=0, matched=0, dates_matched=0, dates_right=0, dates_all=0,
             second_dates_matched=0, second_dates_in_gold=0, kinds_right=0)
    per_document = []
    documents = [(outputs, path) for outputs, folder in zip(args.outputs, args.gold)
                 for path in sorted(folder.glob("*.gold.json")) if re.search(args.names, path.name)]
    for outputs, path in documents:
        name = path.name[: -len(".gold.json")]
        gold = json.loads(path.read_text(encoding="utf-8"))
        expected = gold["agreements"]
        proposed = load_output(outputs / f"{name}.json") or []
        matched_by = match([item["starts_with"] for item in expected], proposed)
        used = {p for p in matched_by if p is not None}
        lines = []
        for e_index, item in enumerate(expected):
            t["dates_all"] += len(item["dates"])
            p_index = matched_by[e_index]
            if p_index is None:
                lines.append(f"  GOLD ONLY   [{e_index}] {item['starts_with']!r} dates={[(d['start'], d['end']) for d in item['dates']]}")
                continue
            mine = [d for d in proposed[p_index].get("dates") or []]
            t["dates_matched"] += len(item["dates"])
            t["second_dates_matched"] += len(mine)
            t["second_dates_in_gold"] += sum(1 for d in mine if any(same(d, g) for g in item["dates"]))
            for d in item["dates"]:
                hit = [m for m in mine if same(m, d)]
                if hit:
                    t["dates_right"] += 1
                    t["kinds_right"] += any(m.get("kind") == d["kind"] for m in hit)
                else:
                    lines.append(f"  DATE GOLD   [{e_index}] {item['starts_with'][:50]!r}: gold {d['start']}..{d['end']} "
                                 f"({d.get('text', '')!r}), second {[(m['start'], m['end']) for m in mine]}")
            for m in mine:
                if not any(same(m, g) for g in item["dates"]):
                    lines.append(f"  DATE SECOND [{e_index}] {item['starts_with'][:50]!r}: second {m['start']}..{m['end']} not in gold")
        for p_index, agreement in enumerate(proposed):
            if p_index not in used:
                lines.append(f"  SECOND ONLY [{p_index}] {agreement['text'][:110]!r}")
        t["expected"] += len(expected)
        t["proposed"] += len(proposed)
        t["matched"] += len(used)
        per_document.append((len(used), len(expected), len(proposed), gold.get("lang")))
        if lines and not args.quiet:
            print(f"{name}  (meeting_date {gold.get('meeting_date')})")
            print("\n".join(lines))
    p, r = t["matched"] / t["proposed"], t["matched"] / t["expected"]
    print(f"\nagreements: labeller 1 {t['expected']}, labeller 2 {t['proposed']}, matched {t['matched']}; "
          f"P {p:.3f} R {r:.3f} F1 {2 * p * r / (p + r):.3f}")
    print(f"dates end to end: {t['dates_right']}/{t['dates_all']}; "
          f"on matched agreements: {t['dates_right']}/{t['dates_matched']}; kinds among right: {t['kinds_right']}/{t['dates_right']}")
    print(f"labeller-2 dates on matched agreements found in the gold item: {t['second_dates_in_gold']}/{t['second_dates_matched']}")
    if args.bootstrap:
        print(f"F1 95% interval over {args.bootstrap} document resamplings of {len(per_document)} documents: "
              f"{interval(per_document, args.bootstrap)}")
    for lang in sorted({d[3] for d in per_document}):
        mine = [d for d in per_document if d[3] == lang]
        m, e, p = (sum(x[i] for x in mine) for i in range(3))
        line = f"  {lang}: {len(mine)} documents, labeller 1 {e}, labeller 2 {p}, matched {m}; " \
               f"P {m / p:.3f} R {m / e:.3f} F1 {2 * m / (e + p):.3f}"
        print(line + (f"; interval {interval(mine, args.bootstrap)}" if args.bootstrap else ""))
    return 0


def interval(per_document, rounds):
    rng = random.Random(9)
    values = []
    for _ in range(rounds):
        sample = [rng.choice(per_document) for _ in per_document]
        m, e, p = (sum(x[i] for x in sample) for i in range(3))
        values.append(2 * m / (e + p) if e + p else 0.0)
    values.sort()
    return f"{values[int(0.025 * rounds)]:.3f}..{values[int(0.975 * rounds) - 1]:.3f}"


if __name__ == "__main__":
    sys.exit(main())
