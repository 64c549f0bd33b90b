#!/usr/bin/env python3
"""Ceilings of today's pipeline (probe17, issue 9): how far a perfect scorer could go with the candidates the engine
makes today, and how far perfect segmentation (starts) and perfect dates would take it. Measurement only.

For each document, matched as score.py matches (folded starts_with within the first 120 characters of the folded
proposed text, one to one):
- today: the engine's outputs (MinutesQualityRun), scored as score.py does;
- oracle over the candidates: the scorer keeps exactly a largest set of candidates that match distinct gold items
  (a maximum bipartite matching; precision 1), among ScoringFeatureExport's candidates (structure's items, then with
  the sentences of prose and units too). Its recall is the recall ceiling of scoring alone; "any candidate" counts
  the gold items that at least one candidate fits;
- perfect starts: a candidate that covers the item but starts elsewhere counts as fitting it: the folded starts_with
  anywhere in the candidate (it starts earlier, merged with what comes before), or the candidate starting inside the
  item (a suffix of at least 20 characters of the folded starts_with, and at least half of it, opens the candidate);
- dates: "perfect dates" counts every date of an oracle-matched item as right; "the engine's dates" takes the keep-all
  outputs (KeepAllRun: the reading with every candidate kept, items read with their dates) and an oracle matching that
  prefers, among the candidates fitting an item, one whose dates are right.
Only aggregate figures are printed (the check set is score-only: no text, gold or miss is shown).

Usage: ceilings.py --features F.tsv --outputs OUT --keep-all ALL --gold DIR [--gold DIR …] [--by lang|batch]
"""
import argparse
import json
import sys
from collections import OrderedDict, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from score import WINDOW, Counts, fold, load_output, score_document  # noqa: E402

MIN_TAIL = 20


def covers(candidate_folded, start_folded):
    """The candidate covers the item but may start elsewhere (see the module's comment)."""
    if start_folded and start_folded in candidate_folded:
        return True
    n = len(start_folded)
    for cut in range(1, n - max(MIN_TAIL, n // 2) + 1):
        tail = start_folded[cut:]
        if start_folded[cut - 1] == " " and candidate_folded.startswith(tail):  # the item's words from a word on
            return True
    return False


def max_matching(edges, n_items, prefer=None):
    """Kuhn's augmenting paths: the largest set of (item, candidate) pairs, one to one. edges[item] = candidates fitting
    it, tried in the order given (prefer puts the preferred ones first, so ties go their way)."""
    owner = {}

    def augment(item, seen):
        for c in edges[item]:
            if c in seen:
                continue
            seen.add(c)
            if c not in owner or augment(owner[c], seen):
                owner[c] = item
                return True
        return False

    for item in range(n_items):
        augment(item, set())
    return {item: c for c, item in owner.items()}


def read_candidates(path):
    """Each document's candidates: (model, folded text), in the export's order."""
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    header = lines[0].split("\t")
    ntext = len(header) - 1
    docs = defaultdict(list)
    for line in lines[1:]:
        cells = line.split("\t")
        docs[cells[0].split("/", 1)[1]].append((cells[1], fold("\t".join(cells[ntext:]))))
    return docs


class Tally(Counts):
    """A document's (or a group's) counts, summed as score.py's Counts are."""
    FIELDS = ("docs", "expected", "dates", "today_m", "today_p", "today_dates", "any_struct", "any_all",
              "or_struct", "or_all", "cover_all", "or_starts", "or_dates_perfect", "keep_m", "keep_dates",
              "keep_dates_perfect", "cand_struct", "cand_all")


def document(gold, candidates, today, keep_all):
    t = Tally()
    items = gold["agreements"]
    starts = [fold(e["starts_with"]) for e in items]
    t.docs, t.expected, t.dates = 1, len(items), sum(len(e["dates"]) for e in items)
    s = score_document(gold, today)
    t.today_m, t.today_p, t.today_dates = s.matched, s.proposed, s.dates_right
    struct = [i for i, (m, _) in enumerate(candidates) if m == ""]
    t.cand_struct, t.cand_all = len(struct), len(candidates)
    fit = [[i for i, (_, c) in enumerate(candidates) if 0 <= c.find(st) < WINDOW] for st in starts]
    fit_struct = [[i for i in f if candidates[i][0] == ""] for f in fit]
    cover = [[i for i, (_, c) in enumerate(candidates) if covers(c, st)] for st in starts]
    t.any_struct = sum(1 for f in fit_struct if f)
    t.any_all = sum(1 for f in fit if f)
    t.cover_all = sum(1 for f in cover if f)
    t.or_struct = len(max_matching(fit_struct, len(items)))
    oracle = max_matching(fit, len(items))
    t.or_all = len(oracle)
    t.or_dates_perfect = sum(len(items[e]["dates"]) for e in oracle)
    t.or_starts = len(max_matching(cover, len(items)))
    # the engine's dates on the items it would make of every candidate (KeepAllRun), an oracle preferring right dates
    proposed = keep_all or []
    folded = [fold(a.get("text", "")) for a in proposed]

    def right(e, p):
        got = [(d.get("start"), d.get("end")) for d in proposed[p].get("dates") or [] if isinstance(d, dict)]
        return sum(1 for d in items[e]["dates"] if (d["start"], d["end"]) in got)

    edges = []
    for e, st in enumerate(starts):
        ps = [p for p, c in enumerate(folded) if 0 <= c.find(st) < WINDOW]
        edges.append(sorted(ps, key=lambda p: -right(e, p)))
    chosen = max_matching(edges, len(items))
    t.keep_m = len(chosen)
    t.keep_dates = sum(right(e, p) for e, p in chosen.items())
    t.keep_dates_perfect = sum(len(items[e]["dates"]) for e in chosen)
    return t


def f1(m, p, e):
    return 2 * m / (p + e) if p + e else 0.0


def report(label, t):
    e = t.expected
    print(f"{label}: {t.docs} documents, {e} expected, {t.dates} dates; candidates {t.cand_struct} structure's, "
          f"{t.cand_all} with prose and units")
    print(f"  today                      F1 {f1(t.today_m, t.today_p, e):.3f} (P {t.today_m / max(t.today_p, 1):.3f}, "
          f"R {t.today_m / e:.3f}; {t.today_m}/{t.today_p}/{e}), dates {t.today_dates}/{t.dates}")
    print(f"  today without its misfits   F1 {f1(t.today_m, t.today_m, e):.3f} (P 1, R {t.today_m / e:.3f}): the"
          " scorer's errors of keeping only")
    for name, m, dates in (("oracle, structure's items", t.or_struct, None),
                           ("oracle, every candidate", t.or_all, t.or_dates_perfect),
                           ("oracle, perfect starts", t.or_starts, None),
                           ("oracle over keep-all items", t.keep_m, t.keep_dates_perfect)):
        extra = f", dates if perfect {dates}/{t.dates} ({dates / max(t.dates, 1):.3f})" if dates is not None else ""
        print(f"  {name:26s} F1 {f1(m, m, e):.3f} (P 1, R {m / e:.3f}; {m}/{e}){extra}")
    print(f"  any candidate fits         {t.any_all}/{e} ({t.any_all / e:.3f}); structure's only {t.any_struct}/{e}; "
          f"covered by any (perfect starts) {t.cover_all}/{e} ({t.cover_all / e:.3f})")
    print(f"  engine's dates on oracle-kept items {t.keep_dates}/{t.dates} ({t.keep_dates / max(t.dates, 1):.3f}) "
          f"of {t.keep_dates_perfect} dates their items carry")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--features", required=True, type=Path)
    parser.add_argument("--outputs", required=True, type=Path)
    parser.add_argument("--keep-all", required=True, type=Path)
    parser.add_argument("--gold", action="append", type=Path, required=True)
    parser.add_argument("--by", choices=("lang", "batch"), action="append", default=[])
    args = parser.parse_args()
    candidates = read_candidates(args.features)
    total, groups = Tally(), OrderedDict()
    for folder in args.gold:
        for path in sorted(folder.glob("*.gold.json")):
            name = path.name[:-len(".gold.json")]
            gold = json.loads(path.read_text(encoding="utf-8"))
            t = document(gold, candidates.get(name, []), load_output(args.outputs / f"{name}.json"),
                         load_output(args.keep_all / f"{name}.json"))
            total.add(t)
            for by in args.by:
                key = gold["lang"] if by == "lang" else folder.name
                groups.setdefault(f"{by}:{key}", Tally()).add(t)
    for key, t in sorted(groups.items()):
        report(key, t)
    report("all", total)


if __name__ == "__main__":
    main()
