#!/usr/bin/env python3
"""How much of the engine's gap on a batch is label noise (issue 9): the engine's outputs are compared with
labeller 1 (the gold) and labeller 2 (a folder in the engine's output format), with score.py's matching rule.

- engine vs labeller 1 and engine vs labeller 2 (labeller 2 turned into a gold whose starts_with is the first
  WORDS words of each item's text, leading markup and punctuation dropped);
- the engine's recall on the gold items both labellers marked (consensus) and on those only labeller 1 marked;
- the engine's items that fit neither labeller, and those that fit only labeller 2.
Standard library only.

Usage: consensus.py --engine DIR --second DIR --gold DIR [--engine DIR --second DIR --gold DIR ...] [--words 8]
                    [--names REGEX]

Several --engine/--second/--gold triples (taken in order) pool their documents, e.g. two batches labelled twice;
--names keeps only the documents whose name matches REGEX. The two F1s and the consensus recall are also given per
language (the gold's "lang").
"""
import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from score import load_output, match  # noqa: E402  (the scorer's own matching)


def prf(matched, expected, proposed):
    p, r = matched / max(proposed, 1), matched / max(expected, 1)
    return f"P {p:.3f} R {r:.3f} F1 {2 * matched / max(expected + proposed, 1):.3f} ({matched}/{expected} expected, {proposed} proposed)"


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--engine", required=True, type=Path, action="append", help="engine outputs (repeatable)")
    parser.add_argument("--second", required=True, type=Path, action="append", help="labeller 2, one per --engine")
    parser.add_argument("--gold", required=True, type=Path, action="append", help="labeller 1, one per --engine")
    parser.add_argument("--words", type=int, default=8)
    parser.add_argument("--names", default="", metavar="REGEX", help="only the documents whose name matches REGEX")
    args = parser.parse_args(argv)
    if not len(args.engine) == len(args.second) == len(args.gold):
        parser.error("give one --second and one --gold folder per --engine folder")
    by_lang = defaultdict(Counter)
    triples = [(engine, second, path) for engine, second, folder in zip(args.engine, args.second, args.gold)
               for path in sorted(folder.glob("*.gold.json")) if re.search(args.names, path.name)]
    for engine_dir, second_dir, path in triples:
        name = path.name[: -len(".gold.json")]
        gold = json.loads(path.read_text(encoding="utf-8"))
        gold_starts = [a["starts_with"] for a in gold["agreements"]]
        c = by_lang[gold.get("lang")]
        second = load_output(second_dir / f"{name}.json") or []
        second_starts = [" ".join(re.sub(r"^[^\w\[\"]+", "", a["text"]).split()[: args.words]) for a in second]
        engine = load_output(engine_dir / f"{name}.json") or []
        g_by_s = match(gold_starts, second)      # gold item -> second item
        g_by_e = match(gold_starts, engine)      # gold item -> engine item
        s_by_e = match(second_starts, engine)    # second item -> engine item
        c["g"] += len(gold_starts)
        c["s"] += len(second)
        c["e"] += len(engine)
        c["eg"] += sum(1 for x in g_by_e if x is not None)
        c["es"] += sum(1 for x in s_by_e if x is not None)
        for g_index, s_index in enumerate(g_by_s):
            hit = g_by_e[g_index] is not None
            if s_index is not None:
                c["cons"] += 1
                c["cons_e"] += hit
            else:
                c["g_only"] += 1
                c["g_only_e"] += hit
        second_matched = {x for x in g_by_s if x is not None}
        for s_index in range(len(second)):
            if s_index not in second_matched:
                c["s_only"] += 1
                c["s_only_e"] += s_by_e[s_index] is not None
        fits_gold = {x for x in g_by_e if x is not None}
        fits_second = {x for x in s_by_e if x is not None}
        for e_index in range(len(engine)):
            if e_index not in fits_gold:
                if e_index in fits_second:
                    c["e_s_only"] += 1
                else:
                    c["e_neither"] += 1
    c = sum(by_lang.values(), Counter())
    print("engine vs labeller 1 (gold):", prf(c["eg"], c["g"], c["e"]))
    print("engine vs labeller 2       :", prf(c["es"], c["s"], c["e"]))
    print(f"engine recall on consensus items (both labellers): {c['cons_e']}/{c['cons']} = {c['cons_e'] / c['cons']:.3f}")
    print(f"engine recall on labeller-1-only items: {c['g_only_e']}/{c['g_only']}")
    print(f"engine recall on labeller-2-only items: {c['s_only_e']}/{c['s_only']}")
    print(f"engine items fitting neither labeller: {c['e_neither']}/{c['e']}; fitting only labeller 2: {c['e_s_only']}")
    r = c["cons_e"] / c["cons"]
    p = (c["e"] - c["e_neither"]) / c["e"]
    print(f"lenient: expected = consensus items, an engine item is right when it fits either labeller: "
          f"P {p:.3f} R {r:.3f} F1 {2 * p * r / (p + r):.3f}")
    for lang in sorted(by_lang):
        x = by_lang[lang]
        print(f"  {lang}: vs labeller 1 {prf(x['eg'], x['g'], x['e'])}; vs labeller 2 F1 "
              f"{2 * x['es'] / max(x['s'] + x['e'], 1):.3f}; consensus recall {x['cons_e']}/{x['cons']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
