#!/usr/bin/env python3
"""Does a non-linear model over the same candidates beat the logistic scoring? Gradient-boosted trees, judged by LOBO.

Reads the table of org.puente.minutes.ScoringFeatureExport (development parts only, as fit_scoring.py does) and
fits small gradient-boosted decision trees (logistic loss, Newton leaves, shrinkage, depth 2-3, a few hundred trees
at most; numpy only) over every candidate, the structure's items and the sentences of prose alike, with the group as
one more column. Optional derived columns (--extra): document-level ones (whether the document has any decision
heading, its share of list items and of the structure's items, how many candidates it has) and the candidate's rank
among the document's candidates.

The protocol and the figure are fit_scoring.py's (its helpers are imported, not copied): leave-one-batch-out; for
each held-out batch the number of trees, the depth and the threshold are chosen by the same 5-fold cross-validation
by document over the other batches (fit_scoring.folds, the same THRESHOLDS grid, the F1 of the kept candidates
matched one-to-one in order as score.py counts), the trees are fitted on the other batches and the held-out batch's
candidates kept or dropped. The logistic baselines are measured in the same run by fit_scoring.held_out:
  - "logistic, as written": the weights on main (--no-prose: every structure item kept, no prose);
  - "logistic, choosing": the same regression allowed to drop structure items and to keep prose (its thresholds
    chosen by the same cross-validation), i.e. a linear model choosing among the same candidates as the trees.

Also printed: the F1 per held-out batch, and an oracle bound: the best F1 over all documents if each document's
cut-off (how many of its candidates, taken in the model's order, are kept) were chosen with hindsight, for the
held-out probabilities of each model. A high bound with a low figure means the ranking is right and the cut-off
wrong; a low bound means the ranking is wrong.

Usage: fit_trees.py FEATURES.tsv [--extra] [--depths 2 3] [--trees 300] [--rate 0.1] [--write scoring-trees.tsv]
"""
import argparse
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import fit_scoring as fs  # noqa: E402

STAGES = (10, 25, 50, 100, 200)  # the numbers of trees the cross-validation chooses among
BINS = 32


def extra_columns(names, X, docs, groups):
    """Document-level columns and the candidate's rank in its document (computed from the table alone)."""
    col = {n: j for j, n in enumerate(names)}
    out = {n: np.zeros(len(docs)) for n in ("doc.any_decisions", "doc.share_list", "doc.share_structure",
                                             "doc.log_candidates", "doc.log_structure", "doc.share_action_list",
                                             "rank.in_doc", "rank.structure", "near.prev_structure",
                                             "near.next_structure", "near.structure_gap")}
    for d in np.unique(docs):
        sel = np.flatnonzero(docs == d)
        structure = groups[sel] == ""
        out["doc.any_decisions"][sel] = X[sel, col["ctx.heading_decisions"]].max()
        out["doc.share_list"][sel] = X[sel, col["ctx.list_item"]].mean()
        out["doc.share_structure"][sel] = structure.mean()
        out["doc.log_candidates"][sel] = np.log1p(len(sel))
        out["doc.log_structure"][sel] = np.log1p(structure.sum())
        out["doc.share_action_list"][sel] = X[sel, col["ctx.action_list"]].mean()
        out["rank.in_doc"][sel] = np.arange(len(sel)) / max(1, len(sel) - 1)
        out["rank.structure"][sel] = np.cumsum(structure) / max(1, structure.sum())
        order = sel[np.argsort(X[sel, col["ctx.position"]], kind="stable")]  # the document's order
        is_s = groups[order] == ""
        out["near.prev_structure"][order[1:]] = is_s[:-1]
        out["near.next_structure"][order[:-1]] = is_s[1:]
        at = X[order, col["ctx.position"]]
        gap = np.abs(at[:, None] - at[is_s][None, :]) if is_s.any() else np.ones((len(order), 1))
        out["near.structure_gap"][order] = np.where(is_s, 0, gap.min(axis=1))
    return list(out), np.column_stack(list(out.values()))


def binned(X):
    """
    Each column cut at (up to BINS-1) edges halfway between two of its values (at its quantiles when it has more
    values than bins), so that no value sits on an edge; a value goes to the bin of the edges it is above.
    """
    edges = []
    B = np.zeros(X.shape, np.int64)
    for j in range(X.shape[1]):
        values = np.unique(X[:, j])
        if len(values) > BINS:
            at = np.unique(np.searchsorted(values, np.quantile(X[:, j], np.linspace(0, 1, BINS + 1)[1:-1])))
            values = values[np.r_[0, at[at > 0]]]
        e = (values[:-1] + values[1:]) / 2
        edges.append(e)
        B[:, j] = np.searchsorted(e, X[:, j], side="right")
    return B, edges


class Trees:
    """Boosted regression trees on the logit, each a list of nodes (feature, bin edge, left, right, value)."""

    LAMBDA = 1.0  # L2 on leaf values
    MIN_HESS = 1.0  # a leaf holds at least this much hessian

    def __init__(self, depth, rate):
        self.depth, self.rate, self.trees, self.base = depth, rate, [], 0.0

    def fit(self, B, edges, y, n):
        p0 = min(max(y.mean(), 1e-4), 1 - 1e-4)
        self.base = float(np.log(p0 / (1 - p0)))
        self.edges = edges
        nb = max(len(e) for e in edges) + 1
        offsets = np.arange(B.shape[1]) * nb
        flat = B + offsets
        z = np.full(len(y), self.base)
        for _ in range(n):
            p = 1 / (1 + np.exp(-z))
            g, h = p - y, np.maximum(p * (1 - p), 1e-6)
            tree = []
            self._grow(tree, flat, B, g, h, np.arange(len(y)), 0, nb)
            self.trees.append(tree)
            z += self._eval(tree, B, binned=True)
        return self

    def _grow(self, tree, flat, B, g, h, rows, level, nb):
        at = len(tree)
        G, H = g[rows].sum(), h[rows].sum()
        tree.append([-1, 0, -1, -1, -self.rate * G / (H + self.LAMBDA)])
        if level == self.depth or len(rows) < 2:
            return
        F = B.shape[1]
        hg = np.bincount(flat[rows].ravel(), np.repeat(g[rows], F), F * nb).reshape(F, nb).cumsum(axis=1)
        hh = np.bincount(flat[rows].ravel(), np.repeat(h[rows], F), F * nb).reshape(F, nb).cumsum(axis=1)
        gl, hl = hg[:, :-1], hh[:, :-1]
        gr, hr = G - gl, H - hl
        gain = gl ** 2 / (hl + self.LAMBDA) + gr ** 2 / (hr + self.LAMBDA) - G ** 2 / (H + self.LAMBDA)
        gain[(hl < self.MIN_HESS) | (hr < self.MIN_HESS)] = -np.inf
        j, b = np.unravel_index(np.argmax(gain), gain.shape)
        if not np.isfinite(gain[j, b]) or gain[j, b] <= 1e-9:
            return
        left = rows[B[rows, j] <= b]
        right = rows[B[rows, j] > b]
        tree[at][0], tree[at][1] = int(j), int(b)
        tree[at][2] = len(tree)
        self._grow(tree, flat, B, g, h, left, level + 1, nb)
        tree[at][3] = len(tree)
        self._grow(tree, flat, B, g, h, right, level + 1, nb)

    def _eval(self, tree, B, binned=True):
        out = np.zeros(len(B))
        stack = [(0, np.arange(len(B)))]
        while stack:
            node, rows = stack.pop()
            j, b, left, right, value = tree[node]
            if j < 0:
                out[rows] = value
                continue
            go = B[rows, j] <= b
            stack += [(left, rows[go]), (right, rows[~go])]
        return out

    def staged(self, B, stages):
        """The probability after each number of trees in stages."""
        z = np.full(len(B), self.base)
        out = {}
        for k, tree in enumerate(self.trees, 1):
            z += self._eval(tree, B)
            if k in stages:
                out[k] = 1 / (1 + np.exp(-z))
        return out

    def rows(self, names):
        """The trees as a table: tree, node, feature, threshold (x < t goes left), left, right, value."""
        out = []
        for t, tree in enumerate(self.trees):
            for k, (j, b, left, right, value) in enumerate(tree):
                if j < 0:
                    out.append(f"{t}\t{k}\t-\t0\t-1\t-1\t{float(value)!r}")
                else:
                    out.append(f"{t}\t{k}\t{names[j]}\t{float(self.edges[j][b])!r}\t{left}\t{right}\t0")
        return out


def cv_choose(B, edges, y, docs, fit_lists, starts, subset, depths, rate, always, k=5):
    """
    Depth, number of trees and threshold with the best k-fold F1 over the subset (fit_scoring's folds); the
    candidates in always are kept whatever their score, and the trees are fitted on the others only.
    """
    inside = np.isin(docs, list(subset))
    expected = sum(len(starts[d]) for d in subset)
    probs = {(d, n): np.full(len(y), -1.0) for d in depths for n in STAGES}
    for fold_docs in fs.folds(subset, k):
        test = inside & np.isin(docs, list(fold_docs))
        train = inside & ~test & ~always
        for depth in depths:
            model = Trees(depth, rate).fit(B[train], edges, y[train], max(STAGES))
            for n, p in model.staged(B[test], STAGES).items():
                probs[(depth, n)][test] = p
    best = (-1, None, None)
    for key, p in probs.items():
        for t in fs.THRESHOLDS:
            f = fs.figures(inside & (always | (p >= t)), docs, fit_lists, expected)[0]
            if f > best[0] + 1e-9:
                best = (f, key, t)
    return best


def lobo_trees(B, edges, y, docs, fit_lists, starts, batches, depths, rate, always):
    kept, probs, chosen = np.zeros(len(y), bool), np.zeros(len(y)), {}
    for b in sorted(set(batches.values())):
        held = {d for d in starts if batches[d] == b}
        test = np.isin(docs, list(held))
        fitted = set(starts) - held
        f, (depth, n), t = cv_choose(B, edges, y, docs, fit_lists, starts, fitted, depths, rate, always)
        model = Trees(depth, rate).fit(B[~test & ~always], edges, y[~test & ~always], n)
        probs[test] = model.staged(B[test], {n})[n]
        kept[test] = always[test] | (probs[test] >= t)
        chosen[b] = (depth, n, float(t), round(f, 3))
    return kept, probs, chosen


def lobo_logistic(X, word_sets, y, docs, groups, fit_lists, starts, batches, choosing):
    """fit_scoring's leave-one-batch-out: as written (--no-prose) or choosing (structure threshold, prose kept)."""
    fs.CHOOSE_STRUCTURE, fs.KEEP_PROSE, fs.Words.KINDS = choosing, choosing, ()
    documents = sorted(starts)
    held = [{d for d in documents if batches[d] == b} for b in sorted(set(batches.values()))]
    words = fs.Words(word_sets, docs, batches)
    kept, _ = fs.held_out(X, words, y, docs, groups, fit_lists, starts, documents, held)
    # the held-out probability of every candidate (structure's and prose) under the same fits, for the oracle
    probs = np.zeros(len(y))
    for h in held:
        test = np.isin(docs, list(h))
        Xs, scale, _ = words.design(X, set(documents) - h)
        _, chosen = fs.choose(Xs, y, docs, groups, fit_lists, starts, set(documents) - h, scale)
        w = fs.fit_all(Xs, y, groups, ~test, chosen, scale)
        for m in fs.MODELS:
            sel = test & (groups == m)
            probs[sel] = fs.prob(Xs[sel], w[m])
    return kept, probs


def oracle(probs, docs, fit_lists, expected, ranked, always):
    """
    Best overall F1 when each document keeps its always candidates and the top-k of its ranked ones by probability,
    k chosen with hindsight per document.
    """
    curves = []  # per document: (matched, proposed) for k = 0..n
    for d in np.unique(docs):
        sel = np.flatnonzero((docs == d) & ranked & ~always)
        order = sel[np.argsort(-probs[sel], kind="stable")]
        kept = (docs == d) & always
        curve = [(fs.matches(kept, docs, fit_lists), int(kept.sum()))]
        for k, i in enumerate(order, 1):
            kept[i] = True
            curve.append((fs.matches(kept, docs, fit_lists), curve[0][1] + k))
        curves.append(np.array(curve))
    lam = 0.5
    for _ in range(50):  # Dinkelbach: maximise 2M - lam (P + E) per document, then update lam = 2M / (P + E)
        m = p = 0
        for c in curves:
            best = np.argmax(2 * c[:, 0] - lam * c[:, 1])
            m, p = m + c[best, 0], p + c[best, 1]
        new = 2 * m / (p + expected)
        if abs(new - lam) < 1e-12:
            break
        lam = new
    return lam, m, p


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("features")
    parser.add_argument("--extra", action="store_true", help="add the document-level, rank and neighbour columns")
    parser.add_argument("--prose-only", action="store_true",
                        help="keep every structure item (as written) and let the trees choose among the prose only")
    parser.add_argument("--depths", nargs="*", type=int, default=[2, 3])
    parser.add_argument("--rate", type=float, default=0.1)
    parser.add_argument("--min-hess", type=float, default=Trees.MIN_HESS, help="a leaf's least hessian (regularises)")
    parser.add_argument("--write", type=Path, help="the trees table to write (fitted on every document)")
    args = parser.parse_args()
    Trees.MIN_HESS = args.min_hess
    names, docs, groups, X, word_sets, texts = fs.load(args.features)
    fs.NBASE = len(names)
    starts, batches, _ = fs.gold_starts()
    assert set(docs) <= set(starts), "only the development parts may be read"
    fit_lists = fs.fitting(docs, texts, starts)
    y = fs.labels(docs, fit_lists)
    expected = sum(len(s) for s in starts.values())
    tree_names = names[1:] + ["group.prose"]  # the bias is no column for trees
    T = np.column_stack([X[:, 1:], (groups == "prose.").astype(float)])
    if args.extra:
        more, M = extra_columns(names, X, docs, groups)
        tree_names, T = tree_names + more, np.column_stack([T, M])
    B, edges = binned(T)
    print(f"documents {len(starts)}, candidates {len(y)}, matching {int(y.sum())}, expected {expected}, "
          f"columns {len(tree_names)}, depths {args.depths}, rate {args.rate}")
    results = {}
    for label, choosing in (("logistic, as written (--no-prose)", False), ("logistic, choosing", True)):
        results[label] = lobo_logistic(X, word_sets, y, docs, groups, fit_lists, starts, batches, choosing)
    always = (groups == "") if args.prose_only else np.zeros(len(y), bool)
    kept, probs, chosen = lobo_trees(B, edges, y, docs, fit_lists, starts, batches, args.depths, args.rate, always)
    results["trees"] = (kept, probs)
    print("trees chosen per held-out batch (depth, trees, threshold, inner 5-fold F1):", chosen)
    for label, (kept, probs) in results.items():
        fs.by_batch(f"LOBO {label}", kept, docs, fit_lists, starts, batches)
    every, none, structure = np.ones(len(y), bool), np.zeros(len(y), bool), groups == ""
    for label, (kept, probs) in results.items():
        for what, ranked, kept_all in (("all candidates ranked", every, none), ("structure only", structure, none),
                                       ("structure kept, prose ranked", every, structure)):
            f, m, p = oracle(probs, docs, fit_lists, expected, ranked, kept_all)
            print(f"oracle, per-document cut-off with hindsight, {label}, {what}: F1 {f:.3f} (matched {m}, proposed {p})")
    if args.write:
        f, (depth, n), t = cv_choose(B, edges, y, docs, fit_lists, starts, set(starts), args.depths, args.rate, always)
        model = Trees(depth, args.rate).fit(B[~always], edges, y[~always], n)
        kept = always | (model.staged(B, {n})[n] >= t)
        print(f"written: depth {depth}, {n} trees, threshold {t} (5-fold F1 {f:.3f}); in-sample (NOT a result) "
              "F1 %.3f P %.3f R %.3f (matched %d, proposed %d)" % fs.figures(kept, docs, fit_lists, expected))
        head = ["# Minutes scoring trees (gradient-boosted, logistic loss), fitted by bench/minutes-quality/fit_trees.py on",
                "# the development parts; score = base + sum of leaf values; kept when the probability reaches threshold.",
                f"base\t{model.base:.6f}", f"threshold\t{t:.2f}",
                "# tree\tnode\tfeature\tsplit (x < split goes left)\tleft\tright\tleaf value"]
        args.write.write_text("\n".join(head + model.rows(tree_names)) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
