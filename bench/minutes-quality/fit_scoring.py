#!/usr/bin/env python3
"""Fits the minutes scoring (an L2-regularised logistic regression) on the development parts of the real-minutes corpus.

Reads the candidates and features written by org.puente.minutes.ScoringFeatureExport (the development parts dev/, c/,
d/ to g/ and any later one, as org.puente.minutes.CorpusParts lists them; its frozen parts are never read). Each candidate is labelled as the scorer would match it (folded starts_with within its first
120 characters, one-to-one in document order). The model is fitted by Newton's method (IRLS, numpy) with an L2
penalty on every weight but the bias.

Honest figure: leave-one-document-out cross-validation, nested. For each held-out document, the L2 strength and the
threshold are chosen by an inner 5-fold cross-validation (by document) on the other documents only, the model is
fitted on those other documents, and the held-out document's candidates are kept or dropped by it. The kept
candidates of every document are then scored like score.py does (one-to-one, in order), so the figure is the F1 of
documents the model never saw.

Honester figure for minutes nobody tuned on: leave-one-batch-out. Each batch (dev split by its gold "batch" field, a1
a2 b1 b2 b3; then c, d, e, f, g) is held out in turn; the L2 strength and threshold are chosen by the same 5-fold
cross-validation on the other batches, the models fitted on them, and the held-out batch's candidates kept or dropped.
Printed per batch and over all. (Batches whose rules were written after reading them, dev and c above all, are still
in-sample for the rules: only the weights are held out.) The in-sample figure (fitted and measured on the same documents) is printed too,
labelled as such; it is not a result.

The weights written are fitted on every document, with the L2 strength and the threshold chosen by the 5-fold
cross-validation over all documents, or, with --cv batch, by folds of whole batches (the written table's procedure since
5 December, branch refit8: bench/minutes-quality/README.md, "Refit on 29 parts"). Only the parts present in the
features' table are fitted and counted (ScoringFeatureExport --parts / --exclude).

Usage: fit_scoring.py FEATURES.tsv [--write src/main/resources/minutes/scoring-weights.tsv] [--drop PREFIX ...]
       [--cv batch [--cv-folds K]] [--margin M] [--threshold T] [--positive-weight W] [--lang-thresholds]
       fit_scoring.py FEATURES.tsv --measure src/main/resources/minutes/scoring-weights.tsv
"""
import argparse
import json
import re
import shlex
import sys
from datetime import date
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from score import CORPUS, DEVELOPMENT, FROZEN, fits, fold  # noqa: E402

L2_GRID = (0.3, 1.0, 3.0, 10.0, 30.0)
THRESHOLDS = np.round(np.r_[0.02, np.arange(0.05, 0.91, 0.05)], 2)


def load(path, drop=()):
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    header = lines[0].split("\t")
    with_words = header[-2] == "words"
    names = header[2:-2] if with_words else header[2:-1]
    docs, models, X, words, texts = [], [], [], [], []
    for line in lines[1:]:
        cells = line.split("\t")
        docs.append(cells[0])
        models.append(cells[1])
        X.append([float(v) for v in cells[2:2 + len(names)]])
        words.append(set(cells[2 + len(names)].split()) if with_words else set())
        texts.append("\t".join(cells[2 + len(names) + with_words:]))
    X = np.array(X)
    for prefix in drop:  # ablation: a dropped feature is zeroed, so its weight stays 0
        for j, n in enumerate(names):
            if n.startswith(prefix):
                X[:, j] = 0
    return names, np.array(docs), np.array(models), X, words, texts


class Words:
    """
    The candidates' words (org.puente.minutes.ScoringWords: w: a word, b: two neighbouring words, f: the first word,
    f2: the first two) as 0/1 columns, for the models in WORD_MODELS only. A word is in the vocabulary of a fit when
    the candidates of at least MIN_DOCS documents of at least MIN_BATCHES batches among the fitted documents hold it,
    so that no document's own words (names, places, its topic) are learned. Its L2 strength is the other weights'
    times WORD_L2.
    """

    KINDS = ()  # none: no variant beat the named features alone in leave-one-batch-out (docs/minutes-reading.md)
    MIN_DOCS = 5
    MIN_BATCHES = 2
    WORD_L2 = 3.0

    def __init__(self, words, docs, batches):
        kinds = {k + ":" for k in self.KINDS}
        counted = {}
        for ws, d in zip(words, docs):
            for w in ws:
                if w[:w.index(":") + 1] in kinds:
                    counted.setdefault(w, set()).add(d)
        documents = sorted(set(docs))
        self.documents = {d: i for i, d in enumerate(documents)}
        self.batches = np.array([batches[d] for d in documents])
        # any fit's vocabulary is part of the vocabulary over all documents
        self.vocabulary = sorted(w for w, ds in counted.items() if len(ds) >= self.MIN_DOCS
                                 and len({batches[d] for d in ds}) >= self.MIN_BATCHES)
        column = {w: j for j, w in enumerate(self.vocabulary)}
        self.W = np.zeros((len(words), len(self.vocabulary)))
        self.in_doc = np.zeros((len(documents), len(self.vocabulary)), bool)
        for i, (ws, d) in enumerate(zip(words, docs)):
            for w in ws:
                if w in column:
                    self.W[i, column[w]] = 1
                    self.in_doc[self.documents[d], column[w]] = True

    def columns(self, fitted):
        """The vocabulary of a fit on these documents (indices into self.vocabulary)."""
        rows = np.zeros(len(self.documents), bool)
        rows[[self.documents[d] for d in fitted if d in self.documents]] = True  # a document without a candidate has no row
        held = self.in_doc[rows]
        many = held.sum(axis=0) >= self.MIN_DOCS
        spread = np.array([len(set(self.batches[rows][held[:, j]])) >= self.MIN_BATCHES if many[j] else False
                           for j in range(held.shape[1])], bool)
        return np.flatnonzero(many & spread)

    def design(self, X, fitted):
        """The features and the words of a fit on these documents, and each column's L2 scale."""
        cols = self.columns(fitted)
        scale = np.r_[np.ones(X.shape[1]), np.full(len(cols), self.WORD_L2)]
        return np.hstack([X, self.W[:, cols]]), scale, cols


def gold_starts(parts=DEVELOPMENT):
    """
    Each document's expected starts_with, its batch (dev's own batch field, else its part) and its language, for the
    development parts given (those of the features' table: a part listed in CorpusParts but not exported, a batch
    left out of the fit, is neither fitted nor counted).
    """
    starts, batches, langs = {}, {}, {}
    for part in parts:
        assert part in DEVELOPMENT and part not in FROZEN, part
        for g in (CORPUS / part).glob("*.gold.json"):
            doc = f"{part}/{g.name[:-len('.gold.json')]}"
            gold = json.loads(g.read_text(encoding="utf-8"))
            starts[doc] = [e["starts_with"] for e in gold["agreements"]]
            batches[doc] = gold.get("batch", part) if part == "dev" else part
            langs[doc] = gold.get("lang", "")
    return starts, batches, langs


def fitting(docs, texts, starts):
    """For each candidate, the expected agreements of its document it fits (indices, in order)."""
    return [[e for e, s in enumerate(starts[d]) if fits(fold(t), s)] for d, t in zip(docs, texts)]


def matches(kept, docs, fit_lists):
    """How many expected agreements the kept candidates match, one-to-one in order, as score.py counts."""
    matched = 0
    taken = {}
    for i in np.flatnonzero(kept):
        used = taken.setdefault(docs[i], set())
        for e in fit_lists[i]:
            if e not in used:
                used.add(e)
                matched += 1
                break
    return matched


def labels(docs, fit_lists):
    """1 for the candidate that the scorer would match when every candidate is kept."""
    y = np.zeros(len(docs))
    taken = {}
    for i in range(len(docs)):
        used = taken.setdefault(docs[i], set())
        for e in fit_lists[i]:
            if e not in used:
                used.add(e)
                y[i] = 1
                break
    return y


def fit(X, y, l2, scale=None, w0=None):
    """
    Newton's method; scale: each weight's L2 strength as a multiple of l2 (the words'), w0: where to start. Each
    matching candidate counts POSITIVE_WEIGHT times (--positive-weight; 1: plain logistic regression).
    """
    w = np.zeros(X.shape[1]) if w0 is None else w0.copy()
    penalty = l2 * (np.ones(X.shape[1]) if scale is None else scale)
    penalty[0] = 1e-6
    counts = np.where(y == 1, POSITIVE_WEIGHT, 1.0)
    for _ in range(50):
        p = 1 / (1 + np.exp(-np.clip(X @ w, -30, 30)))
        grad = X.T @ (counts * (p - y)) + penalty * w
        hess = (X * (counts * p * (1 - p))[:, None]).T @ X + np.diag(penalty)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w


def prob(X, w):
    return 1 / (1 + np.exp(-np.clip(X @ w, -30, 30)))


def figures(kept, docs, fit_lists, expected):
    matched = matches(kept, docs, fit_lists)
    proposed = int(kept.sum())
    p = matched / proposed if proposed else 0.0
    r = matched / expected if expected else 0.0
    return (2 * p * r / (p + r) if p + r else 0.0), p, r, matched, proposed


def folds(documents, k, seed=7):
    """
    The inner cross-validation's folds: k folds of documents (--cv document), or whole batches (--cv batch: one fold
    per batch with --cv-folds 0, else the batches dealt into k folds), so that the L2 strength and the thresholds are
    chosen for batches the fit did not see, as the engine meets new minutes.
    """
    if CV == "batch":
        groups = sorted({BATCHES[d] for d in documents})
        if CV_FOLDS:
            order = np.random.default_rng(seed).permutation(groups)
            groups = [set(order[i::CV_FOLDS]) for i in range(min(CV_FOLDS, len(groups)))]
        else:
            groups = [{g} for g in groups]
        return [{d for d in documents if BATCHES[d] in g} for g in groups]
    order = np.random.default_rng(seed).permutation(sorted(documents))
    return [set(order[i::k]) for i in range(k)]


MODELS = ("", "prose.")
WORD_MODELS = ("prose.",)  # the models that weigh the candidate's words (Words); the structure's weighs none
NBASE = 0  # how many named features come before the words' columns


def own(X, scale, model):
    """A model's columns: the named features, and the words for the models in WORD_MODELS."""
    return (X, scale) if model in WORD_MODELS else (X[:, :NBASE], scale[:NBASE])
# the cross-validation chooses the structure's threshold as it does the prose's (--keep-structure: keep every item, as
# until 4 December night, when the features could not tell its true items from its false ones and it chose 0)
CHOOSE_STRUCTURE = True
CV, CV_FOLDS = "document", 5  # --cv, --cv-folds: how the inner cross-validation folds the documents
BATCHES = {}  # each document's batch (gold_starts)
POSITIVE_WEIGHT = 1.0  # --positive-weight
LANG_THRESHOLDS = False  # --lang-thresholds
CAND_LANG = np.array([])  # each candidate's document's language
MARGIN = 0.0  # --margin: the structure's threshold is the lowest whose 5-fold F1 is within this of the best
KEEP_PROSE = True  # --no-prose: the prose model keeps nothing, whatever the cross-validation would choose
# --threshold: the structure's threshold set, only its L2 strength chosen by the cross-validation (refit14: on 42 parts
# most choices rose to 0.30 or 0.35, which drops the seed minuta's sixth agreement and t's, x's and b3's items just above
# 0.25; bench/minutes-quality/README.md, "Refit on 42 parts")
FIXED_THRESHOLD = None


def cv_probs(X, y, docs, group, subset, scale, k=5):
    """Per L2 strength, each candidate of the group in the subset scored by a model fitted on the other folds."""
    inside = np.isin(docs, list(subset)) & group
    probs = {l2: np.full(len(y), -1.0) for l2 in L2_GRID}
    for fold_docs in folds(subset, k):
        test = inside & np.isin(docs, list(fold_docs))
        train = inside & ~test
        w = None
        for l2 in sorted(L2_GRID, reverse=True):  # from the strongest, each fit starting from the last
            if train.any() and y[train].min() != y[train].max():
                w = fit(X[train], y[train], l2, scale, w)
                probs[l2][test] = prob(X[test], w)
    return probs


def choose(X, y, docs, groups, fit_lists, starts, subset, scale, k=5):
    """
    The L2 strength and threshold of each model with the best F1 in a k-fold cross-validation by document over the
    subset: the structure's model first (no prose kept), then the prose model beside the structure's choice.
    """
    inside = np.isin(docs, list(subset))
    expected = sum(len(starts[d]) for d in subset)
    chosen = {}
    kept_before = np.zeros(len(y), bool)
    for model in MODELS:
        group = groups == model
        if model == "" and not CHOOSE_STRUCTURE:
            # --keep-structure: the structure's items are all kept (its model only gives their confidence)
            chosen[model] = (L2_GRID[1], 0.0)
            kept_before = inside & group
            continue
        if model == "prose." and not KEEP_PROSE:
            chosen[model] = (L2_GRID[0], 1.01)
            continue
        Xm, sm = own(X, scale, model)
        probs = cv_probs(Xm, y, docs, group, subset, sm, k)
        if model == "" and FIXED_THRESHOLD is not None:
            best = (-1.0, L2_GRID[1], FIXED_THRESHOLD)
        elif model == "":
            best = (figures(inside & group, docs, fit_lists, expected)[0], L2_GRID[1], 0.0)  # keeping all of them
        else:
            best = (figures(kept_before, docs, fit_lists, expected)[0], L2_GRID[0], 1.01)  # keeping none of the group
        tried = [best]
        for l2 in L2_GRID:
            for t in (THRESHOLDS if model != "" or FIXED_THRESHOLD is None else (FIXED_THRESHOLD,)):
                kept = kept_before | (inside & group & (probs[l2] >= t))
                f = figures(kept, docs, fit_lists, expected)[0]
                tried.append((f, l2, t))
                if f > best[0] + 1e-9:
                    best = (f, l2, t)
        if model == "" and MARGIN > 0:
            # the lowest threshold (then the strongest L2) within MARGIN of the best F1: the cross-validation's F1 is
            # flat near its best, and a higher threshold there drops items of the batches the folds weigh least
            best = min((c for c in tried if c[0] >= best[0] - MARGIN), key=lambda c: (c[2], -c[1]))
        chosen[model] = best[1:]
        if model == "" and LANG_THRESHOLDS:
            # --lang-thresholds: then each language's threshold in turn (two rounds), the others held
            by_lang = {lang: best[2] for lang in sorted(set(CAND_LANG[inside & group]))}
            for _ in range(2):
                for lang in by_lang:
                    scores = []
                    for t in np.r_[0.0, THRESHOLDS]:
                        kept = inside & group & (probs[best[1]] >= thresholds(by_lang | {lang: t}, best[2]))
                        scores.append((figures(kept, docs, fit_lists, expected)[0], -abs(t - best[2]), t))
                    by_lang[lang] = max(scores)[2]
            chosen[model] = (best[1], best[2], by_lang)
        kept_before = kept_before | (inside & group & (probs[best[1]] >= threshold_of(chosen[model])))
    return figures(kept_before, docs, fit_lists, expected)[0], chosen


def thresholds(by_lang, default):
    """Each candidate's threshold by the language of its document (gold "lang"; the engine would guess it)."""
    return np.array([by_lang.get(lang, default) for lang in CAND_LANG])


def threshold_of(choice):
    """A model's threshold: one number, or one per candidate when it was chosen per language."""
    return thresholds(choice[2], choice[1]) if len(choice) > 2 else choice[1]


def fit_all(X, y, groups, train, chosen, scale):
    weights = {}
    for m in MODELS:
        Xm, sm = own(X, scale, m)
        weights[m] = fit(Xm[train & (groups == m)], y[train & (groups == m)], chosen[m][0], sm)
    return weights


def keep(X, groups, test, weights, chosen):
    kept = np.zeros(len(groups), bool)
    for m in MODELS:
        sel = test & (groups == m)
        kept[sel] = prob(X[sel][:, :len(weights[m])], weights[m]) >= np.broadcast_to(threshold_of(chosen[m]), sel.shape)[sel]
    return kept


def held_out(X, words, y, docs, groups, fit_lists, starts, documents, test_sets):
    """
    The candidates kept when each set of documents is scored by models chosen and fitted without it (and with the
    vocabulary of the other documents only).
    """
    kept = np.zeros(len(y), bool)
    probs = np.zeros(len(y))  # the prose model's probability of each held-out sentence
    for held in test_sets:
        test = np.isin(docs, list(held))
        fitted = set(documents) - set(held)
        Xs, scale, _ = words.design(X, fitted)
        _, chosen_in = choose(Xs, y, docs, groups, fit_lists, starts, fitted, scale)
        weights = fit_all(Xs, y, groups, ~test, chosen_in, scale)
        kept |= keep(Xs, groups, test, weights, chosen_in)
        probs[test] = prob(Xs[test], weights["prose."])
    return kept, probs


def ranking(label, probs, y, groups):
    """How many agreements the held-out sentences of prose ranked highest hold (its precision at 25, 50, 100)."""
    order = np.argsort(-probs[groups == "prose."], kind="stable")
    hits = y[groups == "prose."][order]
    print(f"{label}: of the sentences of prose ranked highest, agreements in the top "
          + ", ".join(f"{k}: {int(hits[:k].sum())} ({hits[:k].mean():.2f})" for k in (25, 50, 100)))


def by_batch(label, kept, docs, fit_lists, starts, batches):
    """Figures of the kept candidates per batch, then over all (score.py's micro-average)."""
    print(f"{label}: batch  F1     P      R      matched/proposed/expected")
    for b in sorted(set(batches.values())):
        members = {d for d in starts if batches[d] == b}
        sel = np.isin(docs, list(members))
        expected = sum(len(starts[d]) for d in members)
        f, p, r, m, n = figures(kept & sel, docs, fit_lists, expected)
        print(f"  {b:5s}  {f:.3f}  {p:.3f}  {r:.3f}  {m}/{n}/{expected}")
    f, p, r, m, n = figures(kept, docs, fit_lists, sum(len(s) for s in starts.values()))
    print(f"  all    {f:.3f}  {p:.3f}  {r:.3f}  {m}/{n}")


def measured(table, names, X, groups):
    """
    The candidates a written table keeps (--measure): the weights on main are fixed, so on a batch they were not fitted
    on their figure is as honest as leave-one-batch-out's, the comparison for a refit (refit14; no word features).
    """
    weights = {}
    for line in Path(table).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, value = line.split("\t")
            weights[name] = float(value)
    kept = np.zeros(len(groups), bool)
    for m in ("", "prose."):
        w = np.array([weights.get(m + n, 0.0) for n in names])
        kept[groups == m] = prob(X[groups == m], w) >= weights[m + "threshold"]
    return kept


def procedure():
    """The command that fitted the table, without its files: to be run again on the same parts when a reader changes."""
    options, skip = [], True  # the features' table first, then --write's file
    for arg in sys.argv[1:]:
        if skip:
            skip = False
        elif arg == "--write":
            skip = True
        else:
            options.append(arg)
    return "fit_scoring.py F.tsv " + shlex.join(options)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("features")
    parser.add_argument("--write", type=Path,
                        help="the weights table to write; the words' table is written beside it (scoring-words.tsv)")
    parser.add_argument("--drop", nargs="*", default=[], help="feature name prefixes to leave out (ablation)")
    parser.add_argument("--keep-structure", action="store_true",
                        help="keep every item of the structure's readers (threshold 0), whatever the cross-validation"
                             " would choose (the weights written until 4 December night)")
    parser.add_argument("--quick", action="store_true", help="skip the nested cross-validation")
    parser.add_argument("--cv", choices=("document", "batch"), default="document",
                        help="the folds of the cross-validation that chooses the L2 strength and the thresholds: 5 folds"
                             " of documents, or whole batches (group k-fold); default %(default)s")
    parser.add_argument("--cv-folds", type=int, default=0,
                        help="with --cv batch: the batches dealt into this many folds (0: one fold per batch);"
                             " default %(default)s")
    parser.add_argument("--positive-weight", type=float, default=1.0,
                        help="each matching candidate counts this many times in the fit (class weight);"
                             " default %(default)s")
    parser.add_argument("--lang-thresholds", action="store_true",
                        help="a threshold of the structure's model per language (measurement only: the engine reads"
                             " one threshold)")
    parser.add_argument("--margin", type=float, default=0.0,
                        help="choose the structure's lowest threshold whose 5-fold F1 is within this of the best;"
                             " default %(default)s")
    parser.add_argument("--measure", type=Path,
                        help="no fit: the figures per batch of this weights table, as written, on the features' table")
    parser.add_argument("--threshold", type=float,
                        help="the structure's threshold, set (the cross-validation chooses its L2 strength only)")
    parser.add_argument("--no-prose", action="store_true",
                        help="keep no sentence of prose (the weights written on 4 December: on the ten development parts"
                             " leave-one-batch-out gave 0.708 without prose, 0.702 with the prose the 5-fold choice keeps,"
                             " and weighing prose halves the extraction's throughput)")
    parser.add_argument("--units", action="store_true",
                        help="weigh the units no reader proposed (where.unit) by a model of their own (\"unit.\"), its"
                             " L2 strength and threshold chosen by the cross-validation after the structure's")
    parser.add_argument("--layout", action="store_true",
                        help="weigh the layout reader's items (where.layout) by a model of their own (\"layout.\"): a"
                             " threshold of their own, chosen by the cross-validation after the other items'")
    parser.add_argument("--words", default=",".join(Words.KINDS),
                        help="kinds of word features the prose model weighs, of w,b,f,f2 (empty: none); default %(default)s")
    parser.add_argument("--min-docs", type=int, default=Words.MIN_DOCS,
                        help="a word is weighed when the candidates of this many documents hold it; default %(default)s")
    parser.add_argument("--word-l2", type=float, default=Words.WORD_L2,
                        help="the words' L2 strength, a multiple of the other weights'; default %(default)s")
    args = parser.parse_args()
    global CHOOSE_STRUCTURE, KEEP_PROSE, NBASE, MARGIN, MODELS, CV, CV_FOLDS, BATCHES, POSITIVE_WEIGHT
    global LANG_THRESHOLDS, CAND_LANG, FIXED_THRESHOLD
    CHOOSE_STRUCTURE, KEEP_PROSE, MARGIN = not args.keep_structure, not args.no_prose, args.margin
    CV, CV_FOLDS, POSITIVE_WEIGHT = args.cv, args.cv_folds, args.positive_weight
    LANG_THRESHOLDS, FIXED_THRESHOLD = args.lang_thresholds, args.threshold
    Words.KINDS = tuple(k for k in args.words.split(",") if k)
    Words.MIN_DOCS, Words.WORD_L2 = args.min_docs, args.word_l2
    names, docs, groups, X, word_sets, texts = load(args.features, args.drop)
    NBASE = len(names)
    parts = [p for p in DEVELOPMENT if p in {d.split("/")[0] for d in docs}]
    starts, batches, langs = gold_starts(parts)
    BATCHES = batches
    CAND_LANG = np.array([langs[d] for d in docs])
    assert set(docs) <= set(starts), "only the development parts may be read"
    print("parts: " + " ".join(parts))
    words = Words(word_sets, docs, batches)
    fit_lists = fitting(docs, texts, starts)
    y = labels(docs, fit_lists)
    # the structure's items are labelled among themselves: a unit of prose listed before an item with the same words
    # ("**Cart for President.**" read as a unit, then as a motion) took its agreement, and the item, which the scorer
    # matches when no prose is kept, was labelled false (11 items on 4 December night)
    if args.units:
        # the units as a model of their own, labelled beside the structure's items only (the export lists the units
        # after the items and the sentences of prose: a sentence that fits first would leave a unit labelled false)
        MODELS = ("", "unit.", "prose.")
        groups = np.where((groups == "prose.") & (X[:, names.index("where.unit")] == 1), "unit.", groups)
        items = np.flatnonzero(groups != "prose.")
        y[items] = labels(docs[items], [fit_lists[i] for i in items])
    items = np.flatnonzero(groups == "")
    y[items] = labels(docs[items], [fit_lists[i] for i in items])
    if args.layout:  # labelled with the other items above, then weighed apart
        MODELS = ("", "layout.") + MODELS[1:]
        groups = np.where((groups == "") & (X[:, names.index("where.layout")] == 1), "layout.", groups)
    documents = sorted(starts)
    if args.write and int((groups == "prose.").sum()) <= len(documents):
        # the structure's rows alone (one row of prose a document) fit the structure's model as the whole table does,
        # but not the prose model, which --suggestions ranks with
        parser.error("--write needs the whole export: the prose model is fitted on its sentences of prose")
    expected = sum(len(s) for s in starts.values())
    everything = np.ones(len(y), bool)
    print(f"documents {len(documents)}, candidates {len(y)} ({int((groups == 'prose.').sum())} sentences of prose), "
          f"matching {int(y.sum())}, expected {expected}")
    print(f"words: {Words.KINDS or 'none'}, in >= {Words.MIN_DOCS} documents of >= {Words.MIN_BATCHES} batches, "
          f"L2 x {Words.WORD_L2}: {len(words.vocabulary)} over all documents")
    print("keep every candidate:            F1 %.3f P %.3f R %.3f (matched %d, proposed %d)"
          % figures(everything, docs, fit_lists, expected))
    print("keep the structure's, no prose:  F1 %.3f P %.3f R %.3f (matched %d, proposed %d)"
          % figures(groups == "", docs, fit_lists, expected))
    if args.measure:
        by_batch(f"the table {args.measure} as written", measured(args.measure, names, X, groups), docs, fit_lists,
                 starts, batches)
        return
    Xs, scale, cols = words.design(X, documents)
    f, chosen = choose(Xs, y, docs, groups, fit_lists, starts, set(documents), scale)
    weights = fit_all(Xs, y, groups, everything, chosen, scale)
    print(f"chosen by the cross-validation ({CV} folds) over all documents: {chosen} (its F1 {f:.3f})")
    print("in-sample (fitted and measured on the same documents, NOT a result): F1 %.3f P %.3f R %.3f "
          "(matched %d, proposed %d)" % figures(keep(Xs, groups, everything, weights, chosen), docs, fit_lists, expected))
    by_batch("keep the structure's, no prose", groups == "", docs, fit_lists, starts, batches)
    by_batch("in-sample (NOT a result)", keep(Xs, groups, everything, weights, chosen), docs, fit_lists, starts, batches)
    held = [{d for d in documents if batches[d] == b} for b in sorted(set(batches.values()))]
    kept, probs = held_out(X, words, y, docs, groups, fit_lists, starts, documents, held)
    by_batch("leave-one-batch-out (held-out batches)", kept, docs, fit_lists, starts, batches)
    ranking("leave-one-batch-out", probs, y, groups)
    if not args.quick:
        kept, probs = held_out(X, words, y, docs, groups, fit_lists, starts, documents, [{d} for d in documents])
        ranking("nested leave-one-document-out", probs, y, groups)
        print("nested leave-one-document-out (held-out documents): F1 %.3f P %.3f R %.3f (matched %d, proposed %d)"
              % figures(kept, docs, fit_lists, expected))
    for j, n in enumerate(names):
        print(f"  {n:28s} {weights[''][j]:+.3f}  prose {weights['prose.'][j]:+.3f}")
    ranked = sorted(zip(weights["prose."][NBASE:], (words.vocabulary[c] for c in cols)))
    print("  prose words, lowest:  " + " ".join(f"{w} {v:+.2f}" for v, w in ranked[:15]))
    print("  prose words, highest: " + " ".join(f"{w} {v:+.2f}" for v, w in ranked[::-1][:15]))
    if args.write:
        cv = ("5-fold cross-validation by document" if CV == "document" else
              "cross-validation by whole batches (" + (f"{CV_FOLDS} folds" if CV_FOLDS else "one fold per batch") + ")")
        rows = ["# Minutes scoring: two logistic regressions (the structure's items; \"prose.\": sentences of prose no cue",
                "# announced), fitted by bench/minutes-quality/fit_scoring.py on the development parts of the real-minutes",
                f"# corpus {' '.join(parts)} ({len(documents)} documents), {date.today().isoformat()};",
                "# a candidate is kept when its model's probability reaches that model's threshold.",
                f"# L2 strengths and thresholds chosen by {cv}. docs/minutes-reading.md.",
                "# " + procedure()]
        for m in MODELS:
            rows += [f"{m}{n}\t{v:.4f}" for n, v in zip(names, weights[m])] + [f"{m}threshold\t{chosen[m][1]:.2f}"]
        args.write.write_text("\n".join(rows) + "\n", encoding="utf-8")
        rows = ["# Minutes scoring, the candidate's words (org.puente.minutes.ScoringWords): model, word feature, weight;",
                f"# fitted with scoring-weights.tsv by bench/minutes-quality/fit_scoring.py (--words '{args.words}'"
                f" --min-docs {Words.MIN_DOCS} --word-l2 {Words.WORD_L2}). docs/minutes-reading.md."]
        for m in WORD_MODELS:
            rows += [f"{m}\t{words.vocabulary[c]}\t{v:.4f}" for c, v in zip(cols, weights[m][NBASE:]) if abs(v) >= 5e-5]
        (args.write.parent / "scoring-words.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
