#!/usr/bin/env python3
"""The expected dates that the minutes reading did not give right end to end, each with why (tuning aid).

Usage: e2e_misses.py --outputs DIR --gold FOLDER [--gold FOLDER ...]   (development folders only: dev, c, d, e, f, g)
For every expected date of the gold files: 'right', or the cause — 'item not found' (no proposed agreement matches
its agreement; 'elsewhere' when some other proposed agreement carries the date), 'no date' (the matched agreement
carries none) or 'other date' (it carries others) — with the expected and the proposed dates. Matching as score.py.
"""
import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "minutes-quality"))
import score  # noqa: E402

FROZEN = ("test", "h", "k", "l")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--outputs", required=True, type=Path)
    parser.add_argument("--gold", action="append", required=True, type=Path)
    parser.add_argument("--all", action="store_true", help="print the right ones too")
    args = parser.parse_args()
    tally = {}
    for folder in args.gold:
        if folder.resolve().name in FROZEN:
            sys.exit(f"{folder} is a frozen part: nobody writing rules reads it")
        for path in sorted(folder.glob("*.gold.json")):
            name = path.name[: -len(".gold.json")]
            gold = json.loads(path.read_text(encoding="utf-8"))
            proposed = score.load_output(args.outputs / f"{name}.json") or []
            matched = [None] * len(gold["agreements"])
            for p_index, agreement in enumerate(proposed):
                text = score.fold(agreement.get("text", ""))
                for e_index, item in enumerate(gold["agreements"]):
                    if matched[e_index] is None and score.fits(text, item["starts_with"]):
                        matched[e_index] = p_index
                        break
            for e_index, item in enumerate(gold["agreements"]):
                for date in item["dates"]:
                    want = (date["start"], date["end"])
                    p_index = matched[e_index]
                    if p_index is None:
                        elsewhere = any((d.get("start"), d.get("end")) == want for a in proposed for d in a.get("dates") or [])
                        cause, got = "item not found" + (" (elsewhere)" if elsewhere else ""), []
                    else:
                        got = [(d.get("start"), d.get("end"), d.get("kind")) for d in proposed[p_index].get("dates") or []]
                        right = [g for g in got if g[:2] == want]
                        if right:
                            cause = "right" if any(g[2] == date["kind"] for g in right) else "right, kind wrong"
                        else:
                            cause = "other date" if got else "no date"
                    tally[cause] = tally.get(cause, 0) + 1
                    if args.all or not cause.startswith("right"):
                        print(f"{cause:24} {name} «{date['text']}» {date['start']}..{date['end']} {date['kind']}"
                              f" | item «{item['starts_with'][:50]}» | got {got}")
    print(tally)


if __name__ == "__main__":
    main()
