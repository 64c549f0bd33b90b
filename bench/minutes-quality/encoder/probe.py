#!/usr/bin/env python3
"""probe17 (issue 9, measurement only): a local sentence encoder's vectors as features of the scoring's logistic
regressions, measured leave-one-batch-out on the development parts and fitted on them, scored on the check set.

Inputs: ScoringFeatureExport's tables of the 42 development parts (--exclude au av ax ay az ba) and of the check set
(--parts au av ax ay az ba), and the vectors EncodeCandidates wrote for each (float32 rows of 384, in the tables'
order). The check set is never fitted on, nor used to choose anything: its candidates are only kept or dropped by
models fitted and chosen on the 42 parts, and only aggregate figures are printed.

The vectors enter as a few columns computed from the fitted documents only (each variant below):
- centroid: per model (structure's items, prose), cos(v, mean vector of the fitted candidates that match an
  agreement) − cos(v, mean vector of those that do not);
- ridge: per model, a ridge regression of the label on the 384 dimensions (lambda RIDGE), its prediction;
- pcaK: the first K principal components of the fitted candidates' vectors (no label), standardised.
The label-driven columns (centroid, ridge) of the fitted candidates are cross-fitted: each fitted candidate's value
comes from the other four of the five folds of documents that the cross-validation choosing the L2 strength and the
thresholds uses, so a candidate's column never saw its own label and the threshold is chosen on honest values; a
held-out candidate's comes from all the fitted documents.

The L2 strength and the thresholds are chosen as fit_scoring.py does (5-fold cross-validation by document over the
fitted documents, the structure's model first, then the prose model beside it; --no-prose keeps no sentence of prose).

Usage: probe.py F42.tsv V42.f32 FCHECK.tsv VCHECK.f32 [--variants table,base,centroid,ridge,pca16] [--no-prose] [--lobo]
"""
import argparse
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import fit_scoring as fs  # noqa: E402

DIM = 384
RIDGE = 30.0
TABLE = Path(__file__).resolve().parents[3] / "src/main/resources/minutes/scoring-weights.tsv"
CHECK = ("au", "av", "ax", "ay", "az", "ba")


def table(features, vectors):
    names, docs, groups, X, _, texts = fs.load(features)
    V = np.fromfile(vectors, "<f4").reshape(-1, DIM).astype(float)
    assert len(V) == len(docs), (vectors, len(V), len(docs))
    return names, docs, groups, X, texts, V


def cross_fitted(make, V, y, groups, docs, fitted_docs, rows):
    """
    A label-driven column: the fitted rows' values from the other folds, the other rows' from all fitted rows. The
    models are made from sums over the rows (make(stats)), each fold's sums taken once: a fold's complement is the
    whole minus the fold.
    """
    out = np.zeros(len(y))
    fitted = np.isin(docs, list(fitted_docs))
    for g in np.unique(groups):
        grp = groups == g
        train = fitted & grp
        if train.sum() == 0 or y[train].min() == y[train].max():
            continue
        parts = []
        for fold_docs in fs.folds(fitted_docs, 5):
            inner = train & np.isin(docs, list(fold_docs))
            parts.append((inner, stats(V[inner], y[inner])))
        whole = tuple(sum(p[1][i] for p in parts) for i in range(5))
        other = rows & grp & ~fitted
        out[other] = make(whole)(V[other])
        for inner, st in parts:
            rest = tuple(a - b for a, b in zip(whole, st))
            if inner.any() and 0 < rest[3] < rest[4]:
                out[inner] = make(rest)(V[inner])
    return out


def stats(Vs, ys):
    """The sums a model is made of: V'V, the sum of the vectors, V'y, the sum of the labels, the count."""
    return Vs.T @ Vs, Vs.sum(axis=0), Vs.T @ ys, ys.sum(), float(len(ys))


def centroid(st):
    _, sv, svy, sy, n = st
    pos = svy / sy
    neg = (sv - svy) / (n - sy)
    pos /= np.linalg.norm(pos)
    neg /= np.linalg.norm(neg)
    return lambda W: W @ pos - W @ neg


def ridge(st):
    G, sv, svy, sy, n = st
    mu, ybar = sv / n, sy / n
    w = np.linalg.solve(G - n * np.outer(mu, mu) + RIDGE * np.eye(len(mu)), svy - n * mu * ybar)
    return lambda W: (W - mu) @ w * 4  # about the scale of a logit


def pca(V, fitted, k):
    mean = V[fitted].mean(axis=0)
    _, _, vt = np.linalg.svd(V[fitted] - mean, full_matrices=False)
    P = (V - mean) @ vt[:k].T
    return P / P[fitted].std(axis=0)


def columns(variant, V, y, groups, docs, fitted_docs):
    rows = np.ones(len(y), bool)
    fitted = np.isin(docs, list(fitted_docs))
    if variant == "base":
        return np.zeros((len(y), 0))
    if variant == "centroid":
        return cross_fitted(centroid, V, y, groups, docs, fitted_docs, rows)[:, None]
    if variant == "ridge":
        return cross_fitted(ridge, V, y, groups, docs, fitted_docs, rows)[:, None]
    if variant.startswith("pca"):
        return pca(V, fitted, int(variant[3:]))
    if variant.startswith("ridge+pca"):
        return np.hstack([columns("ridge", V, y, groups, docs, fitted_docs), pca(V, fitted, int(variant[9:]))])
    raise ValueError(variant)


def run(variant, X, V, y, docs, groups, fit_lists, starts, fitted_docs, test):
    """Chooses and fits on fitted_docs, keeps or drops the test rows; returns the kept mask (test rows only)."""
    E = columns(variant, V, y, groups, docs, fitted_docs)
    Xe = np.hstack([X, E])
    fs.NBASE = Xe.shape[1]
    scale = np.ones(Xe.shape[1])
    _, chosen = fs.choose(Xe, y, docs, groups, fit_lists, starts, set(fitted_docs), scale)
    fitted = np.isin(docs, list(fitted_docs))
    weights = fs.fit_all(Xe, y, groups, fitted, chosen, scale)
    return fs.keep(Xe, groups, test, weights, chosen), chosen


def figures(kept, sel, docs, fit_lists, expected):
    f, p, r, m, n = fs.figures(kept & sel, docs, fit_lists, expected)
    return f"{f:.3f} (P {p:.3f}, R {r:.3f}; {m}/{n}/{expected})"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("f42")
    parser.add_argument("v42")
    parser.add_argument("fcheck")
    parser.add_argument("vcheck")
    parser.add_argument("--variants", default="base,centroid,ridge,pca16")
    parser.add_argument("--no-prose", action="store_true")
    parser.add_argument("--lobo", action="store_true", help="also leave-one-batch-out on the 42 parts (slow)")
    parser.add_argument("--l2", default="1,10", help="the L2 strengths the cross-validation chooses among")
    args = parser.parse_args()
    fs.L2_GRID = tuple(float(v) for v in args.l2.split(","))
    fs.KEEP_PROSE = not args.no_prose
    names, docs42, groups42, X42, texts42, V42 = table(args.f42, args.v42)
    _, docsc, groupsc, Xc, textsc, Vc = table(args.fcheck, args.vcheck)
    assert not set(d.split("/")[0] for d in docs42) & set(CHECK), "the check set must not be in the fitted table"
    assert set(d.split("/")[0] for d in docsc) <= set(CHECK)
    docs = np.r_[docs42, docsc]
    groups = np.r_[groups42, groupsc]
    X = np.vstack([X42, Xc])
    V = np.vstack([V42, Vc])
    texts = texts42 + textsc
    parts = [p for p in fs.DEVELOPMENT if p in {d.split("/")[0] for d in docs}]
    starts, batches, langs = fs.gold_starts(parts)
    fs.BATCHES = batches
    fit_lists = fs.fitting(docs, texts, starts)
    y = fs.labels(docs, fit_lists)
    items = np.flatnonzero(groups == "")
    y[items] = fs.labels(docs[items], [fit_lists[i] for i in items])  # the structure's items among themselves
    check = np.array([d.split("/")[0] in CHECK for d in docs])
    dev_docs = sorted(d for d in starts if d.split("/")[0] not in CHECK)
    check_docs = sorted(d for d in starts if d.split("/")[0] in CHECK)
    cand_lang = np.array([langs[d] for d in docs])
    # only the 42 parts' labels reach a fit: the check rows' labels are zeroed so that no code path can learn them
    y_fit = np.where(check, 0.0, y)
    print(f"42 parts: {len(dev_docs)} documents, {int((~check).sum())} candidates; check set: {len(check_docs)} "
          f"documents, {int(check.sum())} candidates; prose {'never kept' if args.no_prose else 'chosen by the CV'}; "
          f"L2 among {fs.L2_GRID}")
    groupings = [("all", lambda d: True)] + [(lang, (lambda l: lambda d: langs[d] == l)(lang))
                                              for lang in ("en", "es", "fr", "pt")]
    pairs = [("au+av", ("au", "av")), ("ax+ay", ("ax", "ay")), ("az+ba", ("az", "ba"))]
    for variant in args.variants.split(","):
        t0 = time.time()
        if variant == "table":  # the engine's weights as written (fitted on parts up to x), candidates kept by them
            kept = fs.measured(TABLE, names, X, groups)
            chosen = "as written"
        else:
            kept, chosen = run(variant, X, V, y_fit, docs, groups, fit_lists, starts, dev_docs, check)
        line = [f"{variant}: check set (fitted on the 42) chosen {chosen}"]
        for label, member in groupings + [(p, (lambda ps: lambda d: d.split('/')[0] in ps)(ps)) for p, ps in pairs]:
            ds = [d for d in check_docs if member(d)]
            sel = np.isin(docs, ds)
            line.append(f"  {label:6s} {figures(kept, sel, docs, fit_lists, sum(len(starts[d]) for d in ds))}")
        in_sample = kept if variant == "table" else run(variant, X, V, y_fit, docs, groups, fit_lists, starts, dev_docs,
                                                        ~check)[0]
        line.append(f"  42 parts in-sample (not a result) {figures(in_sample, ~check, docs, fit_lists, sum(len(starts[d]) for d in dev_docs))}")
        print("\n".join(line), flush=True)
        if args.lobo and variant != "table":
            held = sorted({batches[d] for d in dev_docs})
            kept = np.zeros(len(y), bool)
            for b in held:
                test = np.isin(docs, [d for d in dev_docs if batches[d] == b])
                fitted_docs = [d for d in dev_docs if batches[d] != b]
                k, _ = run(variant, X, V, y_fit, docs, groups, fit_lists, starts, fitted_docs, test)
                kept |= k
            out = [f"{variant}: leave-one-batch-out on the 42 parts ({len(held)} batches)"]
            for label, member in groupings:
                ds = [d for d in dev_docs if member(d)]
                sel = np.isin(docs, ds)
                out.append(f"  {label:6s} {figures(kept, sel, docs, fit_lists, sum(len(starts[d]) for d in ds))}")
            per = []
            for b in held:
                ds = [d for d in dev_docs if batches[d] == b]
                per.append(f"{b} {fs.figures(kept & np.isin(docs, ds), docs, fit_lists, sum(len(starts[d]) for d in ds))[0]:.3f}")
            out.append("  by batch: " + ", ".join(per))
            print("\n".join(out), flush=True)
        print(f"  ({time.time() - t0:.0f} s)", flush=True)


if __name__ == "__main__":
    main()
