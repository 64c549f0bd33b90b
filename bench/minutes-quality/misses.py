#!/usr/bin/env python3
"""Lists the expected agreements of the development parts that the engine's output does not match, and why.

For each miss: the line of the text it sits on, and the candidates the readers proposed before the scoring
(org.puente.minutes.ScoringFeatureExport's table) that fit it:
- "none": no candidate fits (not segmented, or cut so that its starts_with is not within 120 characters);
- "prose p=…": only sentences of prose fit, with their probability under the weights table (below its threshold);
- "structure": a structure item fits but the output lacks it (merged, dropped as a restatement, or taken by another
  expected item in the one-to-one matching).
Only the development parts (CorpusParts.DEVELOPMENT) are read.

With --false-positives it lists instead every structure item (the candidates the engine keeps, threshold 0.00) that
matches no expected agreement when only those are kept (as fit_scoring.py's leave-one-batch-out counts them), with
where the structure found it (where.*), the nearest heading above it in the text and its shape (false_positives.py),
then the counts per group and per batch.

With --near it counts instead the near-misses by span: expected agreements not matched although an item of the output
holds their words, because the item starts too early (the words come at 120 characters or later: "early"), starts
inside them ("late") or stops before their first words end ("short"), or fits them but was taken by another expected
agreement first ("taken"); per kind, batch and language, and with --rows one line each.

Usage: misses.py OUTPUTS FEATURES.tsv [--weights src/main/resources/minutes/scoring-weights.tsv] [--part P ...]
       misses.py - FEATURES.tsv --false-positives [--part P ...]
       misses.py OUTPUTS - --near [--rows] [--part P ...]
"""
import argparse
import json
import math
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from score import fits, fold, load_output, readable  # noqa: E402
from fit_scoring import CORPUS, DEVELOPMENT, FROZEN  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]


def weights(path):
    table = {}
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        cells = line.split("\t")
        if len(cells) == 2 and not line.startswith("#"):
            table[cells[0]] = float(cells[1])
    return table


def candidates(path):
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    header = lines[0].split("\t")
    # the numeric features run from the third column up to the first text column (words, then text)
    names = header[2:min(header.index(c) for c in ("words", "text") if c in header)]
    found = {}
    for line in lines[1:]:
        cells = line.split("\t")
        x = [float(v) for v in cells[2:2 + len(names)]]
        found.setdefault(cells[0], []).append((cells[1], x, cells[header.index("text")]))
    return names, found


def probability(table, model, names, x):
    z = sum(v * table.get(model + n, 0.0) for n, v in zip(names, x))
    return 1 / (1 + math.exp(-max(-30, min(30, z))))


def matched(expected, proposed):
    """The indices of expected items matched one-to-one in order, as score.py counts."""
    done = set()
    for p in proposed:
        f = fold(p.get("text", ""))
        for e, s in enumerate(expected):
            if e not in done and fits(f, s):
                done.add(e)
                break
    return done


def missed(outputs, parts):
    """Each expected agreement of the parts that the outputs miss: (part, name, the text's lines, proposed, starts_with)."""
    for part in parts:
        assert part in DEVELOPMENT and part not in FROZEN, part + " is not a development part"
        for gold_path in sorted((CORPUS / part).glob("*.gold.json")):
            name = gold_path.name[:-len(".gold.json")]
            expected = [e["starts_with"] for e in json.loads(gold_path.read_text(encoding="utf-8"))["agreements"]]
            proposed = load_output(Path(outputs) / (name + ".json")) or []
            done = matched(expected, proposed)
            text = next(p for p in (CORPUS / part).glob(name + ".*") if not p.name.endswith(".gold.json"))
            lines = text.read_text(encoding="utf-8").splitlines()
            for e, s in enumerate(expected):
                if e not in done:
                    yield part, name, lines, proposed, s


def near_kind(e, p, taken):
    """How an item of the output holds the expected starts_with e without matching it (None when it does not)."""
    at = p.find(e)
    if at >= 0:
        return "taken" if at < 120 and taken else "early" if at >= 120 else None
    if len(p) >= 15 and e.find(p[:30]) > 0:
        return "late"
    if len(p) >= 15 and e.startswith(p):
        return "short"
    return None


def near(outputs, parts, rows):
    tally = {}
    for part in parts:
        assert part in DEVELOPMENT and part not in FROZEN, part + " is not a development part"
        for gold_path in sorted((CORPUS / part).glob("*.gold.json")):
            name = gold_path.name[:-len(".gold.json")]
            expected = [e["starts_with"] for e in json.loads(gold_path.read_text(encoding="utf-8"))["agreements"]]
            proposed = load_output(outputs / (name + ".json")) or []
            done = matched(expected, proposed)
            texts = [fold(p.get("text", "")) for p in proposed]
            for e, s in enumerate(expected):
                if e in done:
                    continue
                kinds = [(near_kind(fold(s), t, True), t) for t in texts]
                kind, t = next(((k, t) for k, t in kinds if k), (None, ""))
                if kind:
                    for key in (kind, part, name[:2], "all"):
                        tally[key] = tally.get(key, 0) + 1
                    if rows:
                        print(f"{part}/{name}\t{kind}\t{s}\t|| {t[:160]}")
    print("near-misses by span:", {k: v for k, v in sorted(tally.items(), key=lambda kv: -kv[1])})


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("outputs", type=Path)
    parser.add_argument("features")
    parser.add_argument("--weights", default=ROOT / "src/main/resources/minutes/scoring-weights.tsv")
    parser.add_argument("--part", nargs="*", default=readable())  # no check-set part unless DROP says so
    parser.add_argument("--false-positives", action="store_true",
                        help="list the structure items that match no expected agreement, grouped (OUTPUTS unused)")
    parser.add_argument("--near", action="store_true", help="count the near-misses by span (FEATURES unused)")
    parser.add_argument("--rows", action="store_true", help="with --near, one line per near-miss")
    args = parser.parse_args()
    if args.near:
        near(args.outputs, args.part, args.rows)
        return
    if args.false_positives:
        from false_positives import report
        report(args.features, args.part)
        return
    table = weights(args.weights)
    names, found = candidates(args.features)
    tally = {}
    for part, name, lines, _, s in missed(args.outputs, args.part):
        fit = [(m, x, t) for m, x, t in found.get(f"{part}/{name}", []) if fits(fold(t), s)]
        if not fit:
            why = "none"
        elif all(m == "prose." for m, _, _ in fit):
            why = "prose p=%.2f" % max(probability(table, m, names, x) for m, x, _ in fit)
        else:
            why = "structure"
        tally[why.split(" ")[0]] = tally.get(why.split(" ")[0], 0) + 1
        line = next((l.strip() for l in lines if fold(s)[:40] in fold(l)), "?")
        print(f"{part}/{name}\t{why}\t{s}\t|| {line[:200]}")
    print("misses by reason:", tally, file=sys.stderr)


if __name__ == "__main__":
    main()
