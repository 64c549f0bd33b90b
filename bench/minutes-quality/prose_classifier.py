#!/usr/bin/env python3
"""A sentence classifier for the prose model's candidates, measured held out by batch (branch prose7, issue 9).

Reads ScoringFeatureExport's table (its words column holds the folded words of ScoringWords and the Snowball stems of
ProseStems, `s:es:aprob`). The structure's model is chosen and fitted as fit_scoring.py does (its functions); the prose
model is an L2 logistic regression over the named features and, with --words, sparse word columns of the chosen kinds
(s: stems, w: words, f: first word …), each in the vocabulary of a fit only when the candidates of at least --min-docs
documents of at least --min-batches batches *among the fitted documents* hold it. It is fitted by L-BFGS (scipy) on
sparse columns, since Newton's method over a few thousand word columns is too slow for nested cross-validation.

The prose model's L2 strength and threshold are chosen by a cross-validation inside the training documents only, its
folds made of whole batches (--inner-folds, default 5), beside the structure's items that the structure's own choice
keeps. Printed:
  - the prose candidates' recall: expected agreements that only a sentence of prose fits;
  - leave-one-batch-out: per held-out batch, the prose items kept and how many are right, at the chosen threshold and
    at fixed ones; the whole engine's F1 per batch without and with prose;
  - --group PARTS: the same, trained on every other part and scored on these parts together (aa ab ac ad);
  - --write DIR: the weights fitted on every document (scoring-weights.tsv rows for "prose.", scoring-words.tsv rows).
Never reads a frozen part (fit_scoring.gold_starts asserts it).
"""
import argparse
import sys
from pathlib import Path

import numpy as np
from scipy import sparse
from scipy.optimize import minimize

sys.path.insert(0, str(Path(__file__).resolve().parent))
import fit_scoring as fs  # noqa: E402

L2_GRID = (1.0, 3.0, 10.0, 30.0)
THRESHOLDS = np.round(np.arange(0.10, 0.91, 0.05), 2)


class Data:
    def __init__(self, path, kinds, min_docs, min_batches, word_l2):
        names, docs, groups, X, word_sets, texts = fs.load(path)
        self.names, self.docs, self.groups, self.X, self.texts = names, docs, groups, X, texts
        self.starts, self.batches, _ = fs.gold_starts()
        assert set(docs) <= set(self.starts), "only the development parts may be read"
        self.fit_lists = fs.fitting(docs, texts, self.starts)
        y = fs.labels(docs, self.fit_lists)
        items = np.flatnonzero(groups == "")
        y[items] = fs.labels(docs[items], [self.fit_lists[i] for i in items])
        self.y = y
        self.prose = groups == "prose."
        self.min_docs, self.min_batches, self.word_l2 = min_docs, min_batches, word_l2
        prefixes = tuple(k + ":" for k in kinds)
        vocab = {}
        rows, cols = [], []
        for i, ws in enumerate(word_sets):
            if not self.prose[i]:
                continue
            for w in ws:
                if w.startswith(prefixes):
                    rows.append(i)
                    cols.append(vocab.setdefault(w, len(vocab)))
        self.vocabulary = sorted(vocab, key=vocab.get)
        self.W = sparse.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(docs), len(vocab)))
        self.W.data[:] = 1
        documents = sorted(self.starts)
        self.documents = documents
        index = {d: i for i, d in enumerate(documents)}
        doc_of_row = np.array([index[d] for d in docs])
        # which documents hold each word (a document x word 0/1 matrix)
        D = sparse.csr_matrix((np.ones(len(rows)), (doc_of_row[rows], cols)), shape=(len(documents), len(vocab)))
        D.data[:] = 1
        self.in_doc = D.tocsc()
        self.doc_batch = np.array([self.batches[d] for d in documents])

    def columns(self, fitted):
        """The words of a fit on these documents: held by >= min_docs documents of >= min_batches batches of them."""
        rows = np.zeros(len(self.documents), bool)
        rows[[self.documents.index(d) for d in fitted]] = True
        held = self.in_doc[rows]
        counts = np.asarray(held.sum(axis=0)).ravel()
        keep = []
        batches = self.doc_batch[rows]
        held = held.tocsc()
        for j in np.flatnonzero(counts >= self.min_docs):
            docs_j = held.indices[held.indptr[j]:held.indptr[j + 1]]
            if len(set(batches[docs_j])) >= self.min_batches:
                keep.append(j)
        return np.array(keep, int)

    def design(self, cols):
        return sparse.hstack([sparse.csr_matrix(self.X), self.W[:, cols]]).tocsr()


def fit_sparse(A, y, l2, nnamed, word_l2, w0=None):
    penalty = np.r_[1e-6, np.full(nnamed - 1, l2), np.full(A.shape[1] - nnamed, l2 * word_l2)]

    def loss(w):
        z = A @ w
        p = 1 / (1 + np.exp(-np.clip(z, -30, 30)))
        ll = np.sum(np.logaddexp(0, z) - y * z)
        return ll + 0.5 * np.sum(penalty * w * w), A.T @ (p - y) + penalty * w

    w = np.zeros(A.shape[1]) if w0 is None else w0
    return minimize(loss, w, jac=True, method="L-BFGS-B", options={"maxiter": 500}).x


def prob(A, w):
    return 1 / (1 + np.exp(-np.clip(A @ w, -30, 30)))


def batch_folds(data, fitted, k):
    """k folds of whole batches among the fitted documents (largest batches spread first)."""
    by_batch = {}
    for d in fitted:
        by_batch.setdefault(data.batches[d], set()).add(d)
    order = sorted(by_batch, key=lambda b: (-len(by_batch[b]), b))
    folds = [set() for _ in range(min(k, len(order)))]
    for n, b in enumerate(order):
        folds[n % len(folds)] |= by_batch[b]
    return folds


def structure_kept(data, fitted, test):
    """The structure's items kept in the test rows by its model chosen and fitted on the fitted documents only."""
    fs.MODELS = ("",)
    fs.KEEP_PROSE = False
    fs.NBASE = data.X.shape[1]
    scale = np.ones(data.X.shape[1])
    inside = np.isin(data.docs, list(fitted))
    _, chosen = fs.choose(data.X, data.y, data.docs, data.groups, data.fit_lists, data.starts, fitted, scale)
    w = fs.fit(data.X[inside & (data.groups == "")], data.y[inside & (data.groups == "")], chosen[""][0], scale)
    kept = np.zeros(len(data.y), bool)
    sel = test & (data.groups == "")
    kept[sel] = fs.prob(data.X[sel], w) >= chosen[""][1]
    return kept


def choose_prose(data, fitted, inner_folds):
    """The prose model's L2 strength and threshold with the best F1 of a cross-validation by batch inside fitted."""
    expected = sum(len(data.starts[d]) for d in fitted)
    inside = np.isin(data.docs, list(fitted))
    probs = {l2: np.full(len(data.y), -1.0) for l2 in L2_GRID}
    struct = np.zeros(len(data.y), bool)
    for fold in batch_folds(data, fitted, inner_folds):
        train_docs = set(fitted) - fold
        test = np.isin(data.docs, list(fold))
        struct |= structure_kept(data, train_docs, test)
        cols = data.columns(train_docs)
        A = data.design(cols)
        rows = np.isin(data.docs, list(train_docs)) & data.prose
        w = None
        for l2 in sorted(L2_GRID, reverse=True):
            w = fit_sparse(A[rows], data.y[rows], l2, data.X.shape[1], data.word_l2, w)
            sel = test & data.prose
            probs[l2][sel] = prob(A[sel], w)
    best = (fs.figures(struct & inside, data.docs, data.fit_lists, expected)[0], L2_GRID[0], 1.01)
    for l2 in L2_GRID:
        for t in THRESHOLDS:
            kept = (struct & inside) | (inside & data.prose & (probs[l2] >= t))
            f = fs.figures(kept, data.docs, data.fit_lists, expected)[0]
            if f > best[0] + 1e-9:
                best = (f, l2, t)
    return best


def held_out(data, test_docs, inner_folds):
    """Structure kept, prose probabilities and the chosen (F1, L2, threshold) for test_docs, fitted without them."""
    fitted = set(data.documents) - set(test_docs)
    test = np.isin(data.docs, list(test_docs))
    struct = structure_kept(data, fitted, test)
    chosen = choose_prose(data, fitted, inner_folds)
    cols = data.columns(fitted)
    A = data.design(cols)
    rows = np.isin(data.docs, list(fitted)) & data.prose
    w = fit_sparse(A[rows], data.y[rows], chosen[1], data.X.shape[1], data.word_l2)
    probs = np.zeros(len(data.y))
    sel = test & data.prose
    probs[sel] = prob(A[sel], w)
    return struct, probs, chosen


def report(data, label, groups_of_docs, struct, probs, thresholds):
    """Per group: expected, F1 without prose, prose kept/right at the chosen threshold, F1 with it."""
    print(f"\n{label}")
    print("  batch  expected  no-prose F1 (m/p)   prose kept/right/new @t   with-prose F1 (m/p)")
    tot = {"s": np.zeros(len(data.y), bool), "w": np.zeros(len(data.y), bool)}
    for name, members, t in groups_of_docs:
        sel = np.isin(data.docs, list(members))
        expected = sum(len(data.starts[d]) for d in members)
        k_struct = struct & sel
        k_prose = sel & data.prose & (probs >= t)
        f0, _, _, m0, n0 = fs.figures(k_struct, data.docs, data.fit_lists, expected)
        f1, _, _, m1, n1 = fs.figures(k_struct | k_prose, data.docs, data.fit_lists, expected)
        print(f"  {name:5s}  {expected:5d}     {f0:.3f} ({m0}/{n0})     {int(k_prose.sum()):4d}/{int(data.y[k_prose].sum()):3d}/{m1 - m0:+3d} @{t:.2f}"
              f"      {f1:.3f} ({m1}/{n1})  {f1 - f0:+.3f}")
        tot["s"] |= k_struct
        tot["w"] |= k_struct | k_prose
    exp = sum(len(data.starts[d]) for _, ms, _ in groups_of_docs for d in ms)
    f0, p0, r0, m0, n0 = fs.figures(tot["s"], data.docs, data.fit_lists, exp)
    f1, p1, r1, m1, n1 = fs.figures(tot["w"], data.docs, data.fit_lists, exp)
    kp = tot["w"] & data.prose
    print(f"  all    {exp:5d}     {f0:.3f} (P {p0:.3f} R {r0:.3f}; {m0}/{n0})   prose {int(kp.sum())} kept, "
          f"{int(data.y[kp].sum())} right ({data.y[kp].mean() if kp.any() else 0:.2f}), {m1 - m0:+d} matched   "
          f"{f1:.3f} (P {p1:.3f} R {r1:.3f}; {m1}/{n1})")
    sel = np.zeros(len(data.y), bool)
    for _, ms, _ in groups_of_docs:
        sel |= np.isin(data.docs, list(ms))
    print("  held-out prose precision at fixed thresholds (kept / right / precision):")
    for t in thresholds:
        k = sel & data.prose & (probs >= t)
        print(f"    {t:.2f}: {int(k.sum())} / {int(data.y[k].sum())} / {data.y[k].mean() if k.any() else 0:.2f}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("features")
    ap.add_argument("--words", default="s", help="word kinds: s (stems), w, b, f, f2; empty: none")
    ap.add_argument("--min-docs", type=int, default=8)
    ap.add_argument("--min-batches", type=int, default=3)
    ap.add_argument("--word-l2", type=float, default=1.0)
    ap.add_argument("--inner-folds", type=int, default=5)
    ap.add_argument("--lobo", action="store_true", help="leave-one-batch-out over every development batch")
    ap.add_argument("--group", nargs="*", default=[], help="parts held out together (trained on the others)")
    ap.add_argument("--only", nargs="*", default=[], help="LOBO over these batches only (quick looks)")
    ap.add_argument("--write", type=Path, help="directory for prose-weights.tsv and prose-words.tsv (fit on all)")
    args = ap.parse_args()
    kinds = tuple(k for k in args.words.split(",") if k)
    data = Data(args.features, kinds, args.min_docs, args.min_batches, args.word_l2)
    print(f"documents {len(data.documents)}, candidates {len(data.y)}, prose {int(data.prose.sum())} "
          f"(right {int(data.y[data.prose].sum())}); word kinds {kinds or 'none'}, vocabulary over all "
          f"{len(data.columns(data.documents))} (>= {args.min_docs} docs, >= {args.min_batches} batches), word L2 x {args.word_l2}")
    everything = np.ones(len(data.y), bool)
    expected = sum(len(s) for s in data.starts.values())
    m_struct = fs.matches(data.groups == "", data.docs, data.fit_lists)
    m_all = fs.matches(everything, data.docs, data.fit_lists)
    print(f"recall ceiling: structure's items {m_struct}/{expected}, with every prose candidate {m_all}/{expected}: "
          f"{m_all - m_struct} of the {expected - m_struct} agreements the structure cannot hold have a prose candidate")
    fixed = (0.3, 0.4, 0.5, 0.6, 0.7)
    batches = sorted(set(data.batches.values()))
    if args.lobo or args.only:
        structs = np.zeros(len(data.y), bool)
        probs = np.zeros(len(data.y))
        rows = []
        for b in (args.only or batches):
            members = {d for d in data.documents if data.batches[d] == b}
            s, p, chosen = held_out(data, members, args.inner_folds)
            structs |= s
            sel = np.isin(data.docs, list(members))
            probs[sel] = p[sel]
            rows.append((b, members, chosen[2]))
            print(f"  held out {b}: chosen L2 {chosen[1]}, threshold {chosen[2]} (inner F1 {chosen[0]:.3f})", flush=True)
        report(data, "leave-one-batch-out", rows, structs, probs, fixed)
    if args.group:
        members = {d for d in data.documents if d.split("/")[0] in args.group}
        s, p, chosen = held_out(data, members, args.inner_folds)
        print(f"  group {args.group}: chosen L2 {chosen[1]}, threshold {chosen[2]} (inner F1 {chosen[0]:.3f})")
        rows = [(part, {d for d in members if d.startswith(part + "/")}, chosen[2]) for part in args.group]
        report(data, f"trained without {' '.join(args.group)}, scored on them", rows, s, p, fixed)
    if args.write:
        chosen = choose_prose(data, set(data.documents), args.inner_folds)
        cols = data.columns(data.documents)
        A = data.design(cols)
        w = fit_sparse(A[data.prose], data.y[data.prose], chosen[1], data.X.shape[1], data.word_l2)
        print(f"fitted on all: L2 {chosen[1]}, threshold {chosen[2]} (inner F1 {chosen[0]:.3f})")
        args.write.mkdir(parents=True, exist_ok=True)
        (args.write / "prose-weights.tsv").write_text(
            "".join(f"prose.{n}\t{v:.4f}\n" for n, v in zip(data.names, w[:len(data.names)]))
            + f"prose.threshold\t{chosen[2]:.2f}\n", encoding="utf-8")
        words = [(data.vocabulary[c], v) for c, v in zip(cols, w[len(data.names):])]
        (args.write / "prose-words.tsv").write_text(
            "".join(f"prose.\t{t}\t{v:.4f}\n" for t, v in words if abs(v) >= 5e-5), encoding="utf-8")
        for lang in ("es", "en", "pt", "fr"):
            own = sorted((v, t) for t, v in words if t.startswith(f"s:{lang}:"))
            print(f"  {lang} highest: " + " ".join(f"{t[5:]} {v:+.2f}" for v, t in own[::-1][:15]))
            print(f"  {lang} lowest:  " + " ".join(f"{t[5:]} {v:+.2f}" for v, t in own[:10]))


if __name__ == "__main__":
    main()
