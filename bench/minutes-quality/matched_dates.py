#!/usr/bin/env python3
"""Dates on matched items (dates18): how many expected dates of matched items are right, how many dates the engine
attaches to matched items that the gold does not give (a date precision score.py does not count: it counts expected
dates only, so an extra date costs nothing there), and with --list every expected date of a matched item that is wrong
or missing, with the proposed dates, whether the gold's words stand inside the proposed item, and the item's words.

Usage: matched_dates.py OUTPUTS PART... [--list]   (only readable parts are listed: score.readable(), never the check set)
"""
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import score  # noqa: E402


def main(args):
    listing = "--list" in args
    args = [a for a in args if a != "--list"]
    out, parts = Path(args[0]), args[1:]
    expected = right = proposed = proposed_right = 0
    for part in parts:
        printable = listing and part in score.readable([part])
        for gold_path in sorted((score.CORPUS / part).glob("*.gold.json")):
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            name = gold_path.name[:-len(".gold.json")]
            items = score.load_output(out / (name + ".json")) or []
            wanted = gold["agreements"]
            matched_by = score.match([e["starts_with"] for e in wanted], items)
            for e_index, item in enumerate(wanted):
                if matched_by[e_index] is None:
                    continue
                agreement = items[matched_by[e_index]]
                dates = agreement.get("dates") or []
                same = lambda a, b: a["start"] == b["start"] and a["end"] == b["end"]  # noqa: E731
                expected += len(item["dates"])
                proposed += len(dates)
                proposed_right += sum(1 for d in dates if any(same(d, g) for g in item["dates"]))
                for g in item["dates"]:
                    if any(same(d, g) for d in dates):
                        right += 1
                    elif printable:
                        inside = score.fold(g.get("text", "")) in score.fold(agreement.get("text", ""))
                        print(f"{part} {name} meeting {gold.get('meeting_date')}: gold «{g.get('text')}» {g['start']}..{g['end']}"
                              f" {g['kind']} ({'inside' if inside else 'outside'} the item); proposed "
                              f"{[(d.get('expression'), d['start'], d['end']) for d in dates]}; item «{agreement['text'][:160]}»")
    print(f"matched items: expected dates right {right}/{expected}; proposed dates right {proposed_right}/{proposed}"
          f" ({proposed_right / max(proposed, 1):.3f}); proposed dates the gold does not give {proposed - proposed_right}")


if __name__ == "__main__":
    main(sys.argv[1:])
