#!/usr/bin/env python3
"""How many of the agreements the reading missed its suggestions hold (development parts only).

Reads every document of the development parts with suggestions (`MinutesQualityRun --suggestions 20`, the same JSON
as `./puente extract --suggestions 20`) and reports the recall of the expected agreements found among the proposals
alone, then among the proposals and the top 5, 10, 15 and 20 suggestions of each document: what a reviewer who adds the
right suggestions in one click would reach. Matching as score.py (its `fits` and `fold`): an expected agreement is
found when the folded text of a proposal, or of a suggestion, holds its folded beginning within its first 120
characters; one to one, the proposals first in their order, then the suggestions most likely first.

IN-SAMPLE: the scoring's weights were fitted on these very parts, so these figures are optimistic for minutes never
seen. The frozen parts (test, h, k, l) are refused.

Usage (from the repository, after `mvn -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt`):
  suggestions.py [--outputs DIR] [--no-run] [--parts dev c d ...] [--json]
Standard library only.
"""
import argparse
import json
import subprocess
import sys
from collections import OrderedDict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from score import CORPUS, DEVELOPMENT, FROZEN, fits, fold  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
TOPS = (0, 5, 10, 15, 20)


def run(outputs, parts):
    """Reads the parts with ten suggestions a document, in one JVM, into OUTPUTS/<name>.json."""
    classpath = (ROOT / "target/classpath.txt").read_text().strip()
    cp = f"{ROOT / 'target/test-classes'}:{ROOT / 'target/classes'}:{classpath}"
    subprocess.run(["java", "-cp", cp, "org.puente.minutes.MinutesQualityRun", "--suggestions", str(max(TOPS)),
                    str(outputs), *parts], cwd=ROOT, check=True, stderr=subprocess.DEVNULL)


def found(expected, texts):
    """How many expected agreements the texts match, one to one, in the texts' order (score.py's matching)."""
    matched = [False] * len(expected)
    for text in texts:
        folded = fold(text)
        for i, item in enumerate(expected):
            if not matched[i] and fits(folded, item["starts_with"]):
                matched[i] = True
                break
    return sum(matched)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--outputs", type=Path, default=ROOT / "target/minutes-suggestions")
    parser.add_argument("--no-run", action="store_true", help="score the outputs already in --outputs")
    parser.add_argument("--parts", nargs="+", default=DEVELOPMENT)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    refused = [p for p in args.parts if p not in DEVELOPMENT]
    if refused:
        parser.error(f"not development parts: {refused}" + (" (frozen: never read while tuning)"
                                                             if FROZEN & set(refused) else ""))
    if not args.no_run:
        args.outputs.mkdir(parents=True, exist_ok=True)
        run(args.outputs, args.parts)
    groups = OrderedDict()
    for part in args.parts:
        for gold_path in sorted((CORPUS / part).glob("*.gold.json")):
            name = gold_path.name[: -len(".gold.json")]
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            try:
                output = json.loads((args.outputs / f"{name}.json").read_text(encoding="utf-8"))
            except (OSError, ValueError):
                output = {}
            proposals = [a.get("text", "") for a in output.get("agreements") or []]
            suggestions = [s.get("text", "") for s in output.get("suggestions") or []]
            row = {"documents": 1, "expected": len(gold["agreements"]), "proposed": len(proposals)}
            for top in TOPS:
                row[f"found+{top}"] = found(gold["agreements"], proposals + suggestions[:top])
                row[f"shown+{top}"] = len(suggestions[:top])
            for key in (("batch", gold["batch"]), ("all", "all")):
                total = groups.setdefault(key, OrderedDict())
                for field, value in row.items():
                    total[field] = total.get(field, 0) + value
    groups.move_to_end(("all", "all"))
    figures = OrderedDict()
    for (grouping, key), t in groups.items():
        f = OrderedDict(t)
        for top in TOPS:
            f[f"recall+{top}"] = t[f"found+{top}"] / t["expected"] if t["expected"] else None
        figures[f"{grouping}:{key}"] = f
    if args.json:
        print(json.dumps(figures, indent=2))
        return 0
    print("in-sample: the scoring's weights were fitted on these development parts")
    # a suggestion is right when it adds an expected agreement the proposals did not match: precision = right / shown
    head = "{:<12} {:>4} {:>4} {:>5}" + " {:>13}" * len(TOPS) + " {:>15}" * (len(TOPS) - 1)
    print(head.format("group", "docs", "exp", "prop", "R proposals", *(f"R +{t}" for t in TOPS[1:]),
                      *(f"right/shown+{t}" for t in TOPS[1:])))
    for group, f in figures.items():
        cells = [f"{f[f'found+{top}']} {f[f'recall+{top}']:.3f}" if f[f"recall+{top}"] is not None else "-"
                 for top in TOPS]
        shown = [f"{f[f'found+{t}'] - f['found+0']}/{f[f'shown+{t}']}" for t in TOPS[1:]]
        print(head.format(group, f["documents"], f["expected"], f["proposed"], *cells, *shown))
    return 0


if __name__ == "__main__":
    sys.exit(main())
