#!/usr/bin/env python3
"""How often a sentence of prose that carries a deadline is an agreement (issue 9, branch dated5).

Reads DatedProseExport's table (every candidate of the development parts, in ScoringFeatureExport's order, with the
deadlines, dates and responsible parties its item would carry) and the engine's outputs, labels each candidate as
fit_scoring.py does (one-to-one in order over all candidates), and counts, per class of prose candidate and per
language and batch: how many there are, how many fit an expected agreement ("right", the class's precision), how many
of those fit one the output misses ("new": what keeping the class could add), and how many of the new ones would carry
the expected date.

Usage: dated_prose.py DATED.tsv OUTPUTS [--by lang|batch] [--rows CLASS]
"""
import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from score import load_output  # noqa: E402
from fit_scoring import CORPUS, fitting, gold_starts, labels  # noqa: E402
from misses import matched  # noqa: E402


def gold():
    """Each development document's expected starts_with, the days of each one's dates, and its batch."""
    starts, batches, _ = gold_starts()
    dates = {}
    for doc in starts:
        data = json.loads((CORPUS / (doc + ".gold.json")).read_text(encoding="utf-8"))
        dates[doc] = [[f"{d['start']}/{d['end']}" for d in e.get("dates") or []] for e in data["agreements"]]
    return starts, dates, batches


def matched_by_output(outputs, starts):
    """For each document, the expected agreements its output matches (score.py's one-to-one in order)."""
    return {doc: matched(expected, load_output(Path(outputs) / (doc.split("/", 1)[1] + ".json")) or [])
            for doc, expected in starts.items()}


CLASSES = {
    "prose": lambda r: True,
    "date": lambda r: bool(r["dates"]),
    "deadline": lambda r: bool(r["deadlines"]),
    "deadline+party": lambda r: bool(r["deadlines"]) and (r["directory"] > 0 or r["named"] > 0),
    "deadline+dirparty": lambda r: bool(r["deadlines"]) and r["directory"] > 0,
    "deadline+task": lambda r: bool(r["deadlines"]) and ("T" in r["features"] or "W" in r["features"]),
    "deadline+task+party": lambda r: bool(r["deadlines"]) and ("T" in r["features"] or "W" in r["features"])
    and (r["directory"] > 0 or r["named"] > 0),
    "deadline+instr": lambda r: bool(r["deadlines"]) and "I" in r["features"],
    "deadline+(task|instr|acting|states)": lambda r: bool(r["deadlines"]) and any(c in r["features"] for c in "TWIAS"),
    "date+instr": lambda r: bool(r["dates"]) and "I" in r["features"],
    "date+acting": lambda r: bool(r["dates"]) and "A" in r["features"],
    "date+will": lambda r: bool(r["dates"]) and "W" in r["features"],
    "date+states": lambda r: bool(r["dates"]) and "S" in r["features"],
    "date+party": lambda r: bool(r["dates"]) and (r["directory"] > 0 or r["named"] > 0),
    "date+(instr|acting|will|states)": lambda r: bool(r["dates"]) and any(c in r["features"] for c in "IAWS"),
    "deadline no verb": lambda r: bool(r["deadlines"]) and not any(c in r["features"] for c in "TWIAS"),
}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("table")
    ap.add_argument("outputs")
    ap.add_argument("--by", default="lang")
    ap.add_argument("--rows", default="")
    ap.add_argument("--where", default="", help="only candidates of this model/where (prose, units, told, all)")
    a = ap.parse_args()
    starts, gdates, batches = gold()
    lines = Path(a.table).read_text(encoding="utf-8").splitlines()
    head = lines[0].split("\t")
    rows = []
    for line in lines[1:]:
        cells = line.split("\t", len(head) - 1)
        r = dict(zip(head, cells))
        r["directory"], r["named"] = int(r["directory"]), int(r["named"])
        r["deadlines"] = [d for d in r["deadlines"].split(",") if d]
        r["dates"] = [d for d in r["dates"].split(",") if d]
        rows.append(r)
    docs = [r["document"] for r in rows]
    fl = fitting(docs, [r["text"] for r in rows], starts)
    y = labels(docs, fl)
    done = matched_by_output(a.outputs, starts)
    counts = defaultdict(lambda: [0, 0, 0, 0, 0])
    shown = []
    for i, r in enumerate(rows):
        if a.where == "told":
            if abs(float(r["where"]) - 0.65) > 1e-9:
                continue
        elif a.where != "all" and r["model"] != "prose.":
            continue
        if a.where == "prose" and abs(float(r["where"]) - 0.5) > 1e-9:
            continue
        if a.where == "units" and abs(float(r["where"]) - 0.5) < 1e-9:
            continue
        doc = r["document"]
        new = [e for e in fl[i] if e not in done[doc]]
        dated_right = bool(new) and any(set(gdates[doc][e]) & set(r["dates"]) for e in new)
        has_gdate = bool(new) and any(gdates[doc][e] for e in new)
        lang = r["lang"]
        key = lang if a.by == "lang" else batches[doc]
        for name, test in CLASSES.items():
            if test(r):
                for k in (key, "all"):
                    c = counts[(name, k)]
                    c[0] += 1
                    c[1] += int(y[i])
                    c[2] += int(bool(new))
                    c[3] += int(has_gdate)
                    c[4] += int(dated_right)
                if name == a.rows:
                    shown.append(("NEW" if new else "ok " if y[i] else "-- ") + f" {doc} [{','.join(r['deadlines'])}] "
                                 f"{r['features']} d{r['directory']}n{r['named']} {r['text'][:200]}")
    keys = sorted({k for _, k in counts})
    print(f"{'class':38s} {'group':6s} {'n':>6s} {'right':>6s} {'P':>5s} {'new':>5s} {'Pnew':>5s} gdate dright")
    for name in CLASSES:
        for k in keys:
            if (name, k) in counts:
                n, rt, nw, gd, dr = counts[(name, k)]
                print(f"{name:38s} {k:6s} {n:6d} {rt:6d} {rt / n:5.2f} {nw:5d} {nw / n:5.2f} {gd:5d} {dr:5d}")
    for s in shown:
        print(s)


if __name__ == "__main__":
    main()
