#!/usr/bin/env python3
"""Agreement figures of a second labelling with its disagreements classified (issue 9, second labelling of 5 December).

Reads a table of every item disagreement (document, side L1/L2, index as compare.py prints it, category, pair, rule,
note; categories a1/a2 = a slip of labeller 1/2, b = the rules are silent, c = the rules are read two ways, d = a
span/boundary difference only), checks that it lists exactly the items score.py's matching leaves unmatched, and prints
agreement F1 as measured, without (d) (each d pair counted as matched) and without (d) and the slips (the slipping
labeller's item added or removed), overall and per language with 95% bootstrap intervals over documents (seed 9, as
compare.py), then the categories per language and per batch (the gold's "batch"). Standard library only.

Usage: categories.py --outputs DIR --gold DIR --table TSV [--bootstrap N]
"""
import argparse
import csv
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from score import load_output, match  # noqa: E402  (the scorer's own matching)
from compare import interval  # noqa: E402  (the same bootstrap)


def read_table(path):
    rows = []
    with open(path, encoding="utf-8") as handle:
        for row in csv.reader((line for line in handle if not line.startswith("#")), delimiter="\t"):
            if row:
                rows.append(dict(document=row[0], side=row[1], index=int(row[2]), category=row[3],
                                 pair=row[4], rule=row[5] if len(row) > 5 else ""))
    return rows


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--outputs", required=True, type=Path)
    parser.add_argument("--gold", required=True, type=Path)
    parser.add_argument("--table", required=True, type=Path)
    parser.add_argument("--bootstrap", type=int, default=0, metavar="N")
    args = parser.parse_args(argv)
    table = read_table(args.table)
    by_document = defaultdict(list)
    for row in table:
        by_document[row["document"]].append(row)
    documents, problems = [], []
    for path in sorted(args.gold.glob("*.gold.json")):
        name = path.name[: -len(".gold.json")]
        gold = json.loads(path.read_text(encoding="utf-8"))
        expected = gold["agreements"]
        proposed = load_output(args.outputs / f"{name}.json") or []
        matched_by = match([item["starts_with"] for item in expected], proposed)
        used = {p for p in matched_by if p is not None}
        unmatched = {("L1", i) for i, p in enumerate(matched_by) if p is None} | \
                    {("L2", i) for i in range(len(proposed)) if i not in used}
        listed = {(row["side"], row["index"]) for row in by_document[name]}
        if unmatched != listed:
            problems.append(f"{name}: unmatched {sorted(unmatched)} but the table lists {sorted(listed)}")
        documents.append(dict(name=name, lang=gold.get("lang"), batch=gold.get("batch"), expected=len(expected),
                              proposed=len(proposed), matched=len(used), rows=by_document[name]))
    if problems:
        print("the table does not list the disagreements score.py's matching leaves:\n  " + "\n  ".join(problems))
        return 1

    def variant(document, forgive):
        m, e, p = document["matched"], document["expected"], document["proposed"]
        for row in document["rows"]:
            c = row["category"]
            if c == "d" and "d" in forgive and row["side"] == "L1":
                m += 1                      # the pair is one item both marked
            elif c in ("a1", "a2") and "a" in forgive:
                slipped = c[1] == ("1" if row["side"] == "L2" else "2")
                if row["side"] == "L2":     # an item only labeller 2 has
                    m, e = (m + 1, e + 1) if slipped else (m, e)
                    p = p if slipped else p - 1
                else:                       # an item only labeller 1 has
                    m, p = (m + 1, p + 1) if slipped else (m, p)
                    e = e if slipped else e - 1
        return (m, e, p, document["lang"])

    for title, forgive in (("as scored", ""), ("without (d)", "d"), ("without (d) and the slips (a)", "da")):
        per_document = [variant(d, forgive) for d in documents]
        print(f"\n{title}")
        for lang in [None] + sorted({d[3] for d in per_document}):
            mine = [d for d in per_document if lang is None or d[3] == lang]
            m, e, p = (sum(x[i] for x in mine) for i in range(3))
            line = (f"  {lang or 'all'}: {len(mine)} documents, labeller 1 {e}, labeller 2 {p}, matched {m}; "
                    f"P {m / p:.3f} R {m / e:.3f} F1 {2 * m / (e + p):.3f}")
            print(line + (f"; interval {interval(mine, args.bootstrap)}" if args.bootstrap else ""))

    print("\ndisagreements by category (items):")
    for key in ("lang", "batch"):
        groups = defaultdict(Counter)
        for document in documents:
            for row in document["rows"]:
                groups[document[key]][row["category"]] += 1
                groups["all"][row["category"]] += 1
        for group in sorted(groups, key=lambda g: (g == "all", g)):
            if key == "batch" and group == "all":
                continue
            counts = groups[group]
            print(f"  {key} {group}: " + ", ".join(f"{c} {counts[c]}" for c in sorted(counts)) +
                  f" (total {sum(counts.values())})")
    rules = Counter((row["category"], row["rule"]) for row in table)
    print("\nby rule or cause:")
    for (category, rule), count in sorted(rules.items()):
        print(f"  {category}  {count:2d}  {rule}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
