#!/usr/bin/env python3
"""probe17 (measurement only): how well the candidates can be ranked, per model (structure's items, sentences of
prose and units), by the named features, by the sentence encoder's vectors alone (a ridge
regression; the share of agreements among the 25 nearest candidates), and by both: area under the ROC
curve and the share of agreements among the top-ranked, each candidate scored by a model fitted without its batch
(leave-one-batch-out on the 42 development parts; the logistic regressions at L2 1, the vectors' by a ridge
regression as in probe.py). In-sample figures (fitted and scored on the same candidates) are printed as the
optimistic bound of each representation. The check set is not read.

Usage: rank.py F42.tsv V42.f32
"""
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))
import fit_scoring as fs  # noqa: E402
from probe import DIM, ridge, stats  # noqa: E402


KNN = 25


def auc(score, y):
    order = np.argsort(score, kind="stable")
    ranks = np.empty(len(y))
    ranks[order] = np.arange(1, len(y) + 1)
    pos = y == 1
    n1, n0 = pos.sum(), (~pos).sum()
    return (ranks[pos].sum() - n1 * (n1 + 1) / 2) / (n1 * n0)


def top(score, y, share):
    k = max(1, int(len(y) * share))
    return y[np.argsort(-score, kind="stable")[:k]].mean()


def main():
    names, docs, groups, X, _, texts = fs.load(sys.argv[1])
    V = np.fromfile(sys.argv[2], "<f4").reshape(-1, DIM).astype(float)
    parts = [p for p in fs.DEVELOPMENT if p in {d.split("/")[0] for d in docs}]
    starts, batches, _ = fs.gold_starts(parts)
    fit_lists = fs.fitting(docs, texts, starts)
    y = fs.labels(docs, fit_lists)
    items = np.flatnonzero(groups == "")
    y[items] = fs.labels(docs[items], [fit_lists[i] for i in items])
    batch = np.array([batches[d] for d in docs])
    for g, label in (("", "structure's items"), ("prose.", "sentences of prose and units")):
        grp = groups == g
        Xg, Vg, yg, bg = X[grp], V[grp], y[grp], batch[grp]
        held = {k: np.zeros(len(yg)) for k in ("named", "vectors", "both", "knn")}
        per = {b: stats(Vg[bg == b], yg[bg == b]) for b in sorted(set(bg))}  # each batch's sums, taken once
        total = tuple(sum(st[i] for st in per.values()) for i in range(5))

        def without(*bs):
            return tuple(total[i] - sum(per[b][i] for b in bs) for i in range(5))

        for b in sorted(set(bg)):
            test, train = bg == b, bg != b
            w = fs.fit(Xg[train], yg[train], 1.0)
            held["named"][test] = Xg[test] @ w
            r = ridge(without(b))
            held["vectors"][test] = r(Vg[test])
            # both: the named features and the vectors' ridge score, its training values cross-fitted by batch
            r_train = np.zeros(len(yg))
            for b2 in sorted(set(bg[train])):
                inner = bg == b2
                r_train[inner] = ridge(without(b, b2))(Vg[inner])
            w2 = fs.fit(np.c_[Xg[train], r_train[train]], yg[train], 1.0)
            held["both"][test] = np.c_[Xg[test], r(Vg[test])] @ w2
            # a nonlinear reading of the vectors: the share of agreements among the KNN most similar candidates
            # of the other batches (cosine; the vectors are of unit length)
            Vt, yt = Vg[train].astype(np.float32), yg[train]
            rows = np.flatnonzero(test)
            for at in range(0, len(rows), 2000):
                sim = Vg[rows[at:at + 2000]].astype(np.float32) @ Vt.T
                nearest = np.argpartition(-sim, KNN, axis=1)[:, :KNN]
                held["knn"][rows[at:at + 2000]] = yt[nearest].mean(axis=1)
        ins = {"named": Xg @ fs.fit(Xg, yg, 1.0), "vectors": ridge(stats(Vg, yg))(Vg)}
        print(f"{label}: {len(yg)} candidates, {int(yg.sum())} agreements ({yg.mean():.3f})")
        for k in ("named", "vectors", "both", "knn"):
            s = held[k]
            print(f"  {k:8s} held out by batch: AUC {auc(s, yg):.3f}; agreements among the top 1 % {top(s, yg, .01):.2f},"
                  f" 5 % {top(s, yg, .05):.2f}, 10 % {top(s, yg, .10):.2f}"
                  + (f"   (in-sample AUC {auc(ins[k], yg):.3f})" if k in ins else ""))


if __name__ == "__main__":
    main()
