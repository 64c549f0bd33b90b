#!/usr/bin/env python3
"""Scores proposed agreements against the gold labels of the real-minutes corpus (issue 9).

Implements the 'Scoring' section of the corpus rules (src/test/resources/minutes/corpus/README.md):
folding, one-to-one matching in document order on `starts_with` within the first 120 characters,
micro-averaged precision/recall/F1, end-to-end date accuracy (with kind accuracy among the dates right)
and responsible-party F1 on matched agreements. A document whose output is missing or is not JSON
(the engine failed: error exit, no JSON) counts as 0 proposed.

Usage:
  score.py GOLD_DIR OUTPUTS_DIR [--by batch|lang|kind|doc] [--json]

GOLD_DIR holds NAME.gold.json files; OUTPUTS_DIR holds the engine's stdout for each as NAME.json
(the JSON printed by `./puente extract`). Standard library only.
"""
import argparse
import json
import re
import sys
import unicodedata
from collections import OrderedDict
from pathlib import Path

WINDOW = 120


def fold(text):
    """Lower-case, strip accents, drop *, _, backticks and |, collapse whitespace."""
    text = unicodedata.normalize("NFD", (text or "").lower())
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"[*_`|]", "", text)
    return re.sub(r"\s+", " ", text).strip()


def begins_within_window(expected_start, proposed_text):
    position = proposed_text.find(expected_start)
    return position != -1 and position < WINDOW


def proposed_agreements(output_path):
    """The engine's agreements for one document, or None when it failed (no file, empty or not JSON)."""
    if not output_path.is_file():
        return None
    raw = output_path.read_text(encoding="utf-8").strip()
    if not raw:
        return None
    try:
        data = json.loads(raw)
    except ValueError:
        return None
    agreements = data.get("agreements") if isinstance(data, dict) else None
    return agreements if isinstance(agreements, list) else None


def party_label(party):
    if isinstance(party, str):
        return party
    if isinstance(party, dict):
        return party.get("label") or party.get("name") or party.get("id") or ""
    return ""


def match(expected, proposed):
    """Pairs (expected index, proposed index): each proposed agreement, in document order, takes the first
    still unmatched expected agreement whose folded starts_with begins within its first 120 characters."""
    starts = [fold(e["starts_with"]) for e in expected]
    taken = [False] * len(expected)
    pairs = []
    for p_index, agreement in enumerate(proposed):
        text = fold(agreement.get("text", "") if isinstance(agreement, dict) else "")
        for e_index, start in enumerate(starts):
            if not taken[e_index] and start and begins_within_window(start, text):
                taken[e_index] = True
                pairs.append((e_index, p_index))
                break
    return pairs


def score_document(gold, proposed):
    failed = proposed is None
    proposed = proposed or []
    expected = gold.get("agreements", [])
    pairs = match(expected, proposed)
    counts = {
        "documents": 1, "failures": int(failed),
        "expected": len(expected), "proposed": len(proposed), "matched": len(pairs),
        "dates_expected": sum(len(e.get("dates", [])) for e in expected), "dates_right": 0, "kinds_right": 0,
        "parties_expected": 0, "parties_proposed": 0, "parties_expected_right": 0, "parties_proposed_right": 0,
    }
    for e_index, p_index in pairs:
        exp, prop = expected[e_index], proposed[p_index]
        prop_dates = [d for d in prop.get("dates", []) if isinstance(d, dict)]
        for date in exp.get("dates", []):
            same_range = [d for d in prop_dates if d.get("start") == date["start"] and d.get("end") == date["end"]]
            if same_range:
                counts["dates_right"] += 1
                if any(str(d.get("kind", "")).lower() == date["kind"].lower() for d in same_range):
                    counts["kinds_right"] += 1
        exp_parties = [fold(p) for p in exp.get("responsible", []) if fold(p)]
        prop_parties = [fold(party_label(p)) for p in prop.get("responsible", [])]
        prop_parties = [p for p in prop_parties if p]
        fits = lambda a, b: a in b or b in a
        counts["parties_expected"] += len(exp_parties)
        counts["parties_proposed"] += len(prop_parties)
        counts["parties_expected_right"] += sum(1 for e in exp_parties if any(fits(e, p) for p in prop_parties))
        counts["parties_proposed_right"] += sum(1 for p in prop_parties if any(fits(e, p) for e in exp_parties))
    return counts


def ratio(numerator, denominator):
    return numerator / denominator if denominator else 0.0


def f1(precision, recall):
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def summary(counts):
    precision = ratio(counts["matched"], counts["proposed"])
    recall = ratio(counts["matched"], counts["expected"])
    party_p = ratio(counts["parties_proposed_right"], counts["parties_proposed"])
    party_r = ratio(counts["parties_expected_right"], counts["parties_expected"])
    return OrderedDict([
        ("documents", counts["documents"]), ("expected", counts["expected"]), ("proposed", counts["proposed"]),
        ("matched", counts["matched"]), ("precision", round(precision, 3)), ("recall", round(recall, 3)),
        ("f1", round(f1(precision, recall), 3)),
        ("dates_right", counts["dates_right"]), ("dates_expected", counts["dates_expected"]),
        ("date_accuracy", round(ratio(counts["dates_right"], counts["dates_expected"]), 3)),
        ("kinds_right", counts["kinds_right"]),
        ("party_f1", round(f1(party_p, party_r), 3)), ("failures", counts["failures"]),
    ])


def add(total, counts):
    for key, value in counts.items():
        total[key] = total.get(key, 0) + value


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold_dir", type=Path)
    parser.add_argument("outputs_dir", type=Path)
    parser.add_argument("--by", choices=["batch", "lang", "kind", "doc"], help="also report per group")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    args = parser.parse_args(argv)

    gold_files = sorted(args.gold_dir.glob("*.gold.json"))
    if not gold_files:
        parser.error(f"no *.gold.json in {args.gold_dir}")
    groups, total = OrderedDict(), {}
    for gold_file in gold_files:
        name = gold_file.name[: -len(".gold.json")]
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        counts = score_document(gold, proposed_agreements(args.outputs_dir / f"{name}.json"))
        add(total, counts)
        if args.by:
            key = name if args.by == "doc" else str(gold.get(args.by, "?"))
            add(groups.setdefault(key, {}), counts)

    report = OrderedDict((key, summary(value)) for key, value in groups.items())
    report["all"] = summary(total)
    if args.json:
        json.dump(report, sys.stdout, indent=2)
        print()
        return
    header = ["group", "docs", "exp", "prop", "match", "P", "R", "F1", "dates", "kinds", "partyF1", "fail"]
    print(" | ".join(header))
    for key, s in report.items():
        print(" | ".join(str(v) for v in [
            key, s["documents"], s["expected"], s["proposed"], s["matched"], f'{s["precision"]:.3f}',
            f'{s["recall"]:.3f}', f'{s["f1"]:.3f}', f'{s["dates_right"]}/{s["dates_expected"]}',
            f'{s["kinds_right"]}/{s["dates_right"]}', f'{s["party_f1"]:.3f}', s["failures"]]))


if __name__ == "__main__":
    main()
