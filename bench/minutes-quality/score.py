#!/usr/bin/env python3
"""Scores extracted agreements against the real-minutes corpus (issue 9).

Implements the "Scoring" section of src/test/resources/minutes/corpus/README.md:
- folding: lower-case, strip accents (NFD, drop marks), drop * _ ` |, collapse whitespace;
- an expected agreement is matched by a proposed one when the folded proposed text contains the folded
  starts_with beginning within its first 120 characters; one-to-one, in document order (each proposed agreement
  matches at most one expected: the first unmatched one it fits);
- precision = matched / proposed, recall = matched / expected, F1, micro-averaged over the documents of a group;
- dates, end to end: an expected date is right when its agreement was matched and the matching proposed agreement
  has a date with the same start and end; divided by all expected dates; kind accuracy among the dates right;
- parties (secondary), over matched agreements: an expected party is right when the folded label of some proposed
  responsible party contains it or is contained in it (recall); a proposed party is right when it fits some
  expected party the same way (precision); party F1;
- a document whose output is missing, empty or not JSON (error exit) counts as 0 proposed and as a failure.

Usage:
  score.py --outputs DIR [--gold DIR ...] [--by batch|split|lang|document] [--json]

Gold files are <name>.gold.json under the --gold folders (default: the corpus dev/ and test/ folders); the engine's
output for <name> is DIR/<name>.json, the JSON printed by `./puente extract` (an object with "agreements", each
with "text", "responsible" [{"label"}] and "dates" [{"start", "end", "kind"}]). Standard library only.
"""
import argparse
import json
import re
import sys
import unicodedata
from collections import OrderedDict
from pathlib import Path

WINDOW = 120
CORPUS = Path(__file__).resolve().parents[2] / "src/test/resources/minutes/corpus"
PARTS = Path(__file__).resolve().parents[2] / "src/test/java/org/puente/minutes/CorpusParts.java"


def parts(name):
    """A list of parts as org.puente.minutes.CorpusParts declares it (the one list the tuning aids share)."""
    declared = re.search(name + r"\s*=\s*List\.of\(([^)]*)\)", PARTS.read_text(encoding="utf-8")).group(1)
    return tuple(re.findall(r'"([^"]+)"', declared))


DEVELOPMENT = parts("DEVELOPMENT")
FROZEN = parts("FROZEN")
# The check set: development parts that engine helpers score but never read (tasks/_engine.txt); the tools that print
# a part's lines (misses, structure_misses, seg_misses, unmatched_causes) leave them out unless DROP says otherwise.
CHECK = ("au", "av", "ax", "ay", "az", "ba", "bb", "bc", "bd", "be", "bf")


def readable(parts=None):
    """The parts a tool may print lines of: development, not frozen, not in DROP (default: the check set)."""
    import os
    drop = os.environ.get("DROP", " ".join(CHECK)).split()
    return [p for p in (parts or DEVELOPMENT) if p in DEVELOPMENT and p not in FROZEN and p not in drop]


def fold(text):
    text = unicodedata.normalize("NFD", (text or "").lower())
    text = "".join(c for c in text if unicodedata.category(c) != "Mn")
    text = re.sub(r"[*_`|]", "", text)
    return re.sub(r"\s+", " ", text).strip()


def fits(proposed_folded, starts_with):
    at = proposed_folded.find(fold(starts_with))
    return 0 <= at < WINDOW


def load_output(path):
    """The engine's proposed agreements, or None when it failed (no file, empty, not JSON)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if isinstance(data, dict):
        data = data.get("agreements")
    return data if isinstance(data, list) else None


def party_labels(agreement):
    labels = []
    for party in agreement.get("responsible") or []:
        label = party.get("label") if isinstance(party, dict) else party
        if label:
            labels.append(fold(label))
    return labels


def party_fits(a, b):
    return bool(a) and bool(b) and (a in b or b in a)


def match(starts, proposed):
    """For each expected starts_with, the index of the proposed agreement matching it, or None: one to one, in
    document order (each proposed agreement matches the first unmatched expected one it fits)."""
    matched_by = [None] * len(starts)
    for p_index, agreement in enumerate(proposed):
        text = fold(agreement.get("text", ""))
        for e_index, start in enumerate(starts):
            if matched_by[e_index] is None and fits(text, start):
                matched_by[e_index] = p_index
                break
    return matched_by


def matched_documents(outputs, parts):
    """For each document of the parts: (part, name, gold, proposed, starts, matching as match() gives it, text path)."""
    for part in parts:
        for g in sorted((CORPUS / part).glob("*.gold.json")):
            name = g.name[:-10]
            gold = json.loads(g.read_text(encoding="utf-8"))
            proposed = load_output(Path(outputs) / f"{name}.json") or []
            starts = [a["starts_with"] for a in gold["agreements"]]
            text = next(p for p in (CORPUS / part).glob(name + ".*") if not p.name.endswith(".gold.json"))
            yield part, name, gold, proposed, starts, match(starts, proposed), text


def score_document(gold, proposed):
    expected = gold["agreements"]
    counts = Counts()
    counts.documents = 1
    counts.expected = len(expected)
    counts.dates_total = sum(len(e["dates"]) for e in expected)
    if proposed is None:
        counts.failures = 1
        return counts
    counts.proposed = len(proposed)
    matched_by = match([item["starts_with"] for item in expected], proposed)
    for e_index, item in enumerate(expected):
        p_index = matched_by[e_index]
        if p_index is None:
            continue
        counts.matched += 1
        agreement = proposed[p_index]
        proposed_dates = [d for d in agreement.get("dates") or [] if isinstance(d, dict)]
        for date in item["dates"]:
            same = [d for d in proposed_dates if d.get("start") == date["start"] and d.get("end") == date["end"]]
            if same:
                counts.dates_right += 1
                if any(str(d.get("kind", "")).lower() == date["kind"] for d in same):
                    counts.kinds_right += 1
        wanted = [fold(r) for r in item["responsible"]]
        got = party_labels(agreement)
        counts.parties_expected += len(wanted)
        counts.parties_proposed += len(got)
        counts.parties_expected_right += sum(1 for w in wanted if any(party_fits(w, g) for g in got))
        counts.parties_proposed_right += sum(1 for g in got if any(party_fits(w, g) for w in wanted))
    return counts


class Counts:
    FIELDS = ("documents", "failures", "expected", "proposed", "matched", "dates_total", "dates_right", "kinds_right",
              "parties_expected", "parties_proposed", "parties_expected_right", "parties_proposed_right")

    def __init__(self):
        for field in self.FIELDS:
            setattr(self, field, 0)

    def add(self, other):
        for field in self.FIELDS:
            setattr(self, field, getattr(self, field) + getattr(other, field))

    def figures(self):
        p = ratio(self.matched, self.proposed)
        r = ratio(self.matched, self.expected)
        pp = ratio(self.parties_proposed_right, self.parties_proposed)
        pr = ratio(self.parties_expected_right, self.parties_expected)
        figures = OrderedDict((field, getattr(self, field)) for field in self.FIELDS)
        figures.update(precision=p, recall=r, f1=harmonic(p, r),
                       date_accuracy=ratio(self.dates_right, self.dates_total),
                       kind_accuracy_among_right=ratio(self.kinds_right, self.dates_right),
                       party_precision=pp, party_recall=pr, party_f1=harmonic(pp, pr))
        return figures


def ratio(a, b):
    return a / b if b else None


def harmonic(p, r):
    if p is None or r is None:
        return None
    return 2 * p * r / (p + r) if p + r else 0.0


def fmt(value):
    return "-" if value is None else f"{value:.3f}"


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--outputs", required=True, type=Path, help="folder with <name>.json engine outputs")
    parser.add_argument("--gold", action="append", type=Path,
                        help="folder of <name>.gold.json files (repeatable; default: corpus dev/, c/ and test/)")
    parser.add_argument("--by", choices=("batch", "split", "lang", "document"), action="append",
                        help="grouping(s) to report (default: batch and split)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    folders = args.gold or [CORPUS / "dev", CORPUS / "c", CORPUS / "test"]
    groupings = args.by or ["batch", "split"]
    golds = sorted(p for folder in folders for p in folder.glob("*.gold.json"))
    if not golds:
        parser.error("no *.gold.json files found")
    groups = OrderedDict()
    total = Counts()
    for path in golds:
        name = path.name[: -len(".gold.json")]
        gold = json.loads(path.read_text(encoding="utf-8"))
        counts = score_document(gold, load_output(args.outputs / f"{name}.json"))
        total.add(counts)
        for grouping in groupings:
            key = (grouping, name if grouping == "document" else gold[grouping])
            groups.setdefault(key, Counts()).add(counts)
    # report grouping by grouping (all batches, then all splits...), each in order of first appearance
    groups = OrderedDict(sorted(groups.items(), key=lambda item: groupings.index(item[0][0])))
    groups[("all", "all")] = total
    if args.json:
        print(json.dumps({f"{g}:{k}": c.figures() for (g, k), c in groups.items()}, indent=2))
        return 0
    header = ("group", "docs", "fail", "exp", "prop", "match", "P", "R", "F1", "dates", "kinds", "partyF1")
    print("{:<40} {:>4} {:>4} {:>4} {:>5} {:>5} {:>6} {:>6} {:>6} {:>7} {:>6} {:>7}".format(*header))
    for (grouping, key), counts in groups.items():
        f = counts.figures()
        print("{:<40} {:>4} {:>4} {:>4} {:>5} {:>5} {:>6} {:>6} {:>6} {:>7} {:>6} {:>7}".format(
            f"{grouping}:{key}"[:40], f["documents"], f["failures"], f["expected"], f["proposed"], f["matched"],
            fmt(f["precision"]), fmt(f["recall"]), fmt(f["f1"]), f"{f['dates_right']}/{f['dates_total']}",
            f"{f['kinds_right']}/{f['dates_right']}", fmt(f["party_f1"])))
    return 0


if __name__ == "__main__":
    sys.exit(main())
