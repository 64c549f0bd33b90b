#!/usr/bin/env python3
"""Fits the minutes scoring (a logistic regression) on the development parts of the real-minutes corpus.

Reads the candidates and features written by org.puente.minutes.ScoringFeatureExport (dev/ and c/ only; the frozen
test part is never read), labels each candidate as the scorer would match it (folded starts_with within its first
120 characters, one-to-one in document order), fits an L2-regularised logistic regression by gradient descent
(numpy), picks the threshold that gives the best F1 in leave-one-document-out cross-validation, reports that
cross-validated figure beside keeping every candidate (the hand table), and writes the weights table.

Usage: fit_scoring.py FEATURES.tsv [--write src/main/resources/minutes/scoring-weights.tsv]
"""
import argparse
import json
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from score import fits, fold  # noqa: E402

CORPUS = Path(__file__).resolve().parents[2] / "src/test/resources/minutes/corpus"


def load(path):
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    header = lines[0].split("\t")
    names = header[2:-1]
    docs, X, texts = [], [], []
    for line in lines[1:]:
        cells = line.split("\t")
        docs.append(cells[0])
        X.append([float(v) for v in cells[2:2 + len(names)]])
        texts.append("\t".join(cells[2 + len(names):]))
    return names, docs, np.array(X), texts


def labels(docs, texts):
    y = np.zeros(len(docs))
    expected_total = sum(len(json.loads(g.read_text(encoding="utf-8"))["agreements"])
                         for part in ("dev", "c") for g in (CORPUS / part).glob("*.gold.json"))
    for doc in sorted(set(docs)):
        part, name = doc.split("/", 1)
        assert part in ("dev", "c"), doc
        gold = json.loads((CORPUS / part / f"{name}.gold.json").read_text(encoding="utf-8"))
        expected = [e["starts_with"] for e in gold["agreements"]]
        taken = [False] * len(expected)
        for i in [i for i, d in enumerate(docs) if d == doc]:
            folded = fold(texts[i])
            for e, start in enumerate(expected):
                if not taken[e] and fits(folded, start):
                    taken[e] = True
                    y[i] = 1
                    break
    return y, expected_total


def fit(X, y, l2=0.5, steps=4000, rate=0.5):
    w = np.zeros(X.shape[1])
    for _ in range(steps):
        p = 1 / (1 + np.exp(-X @ w))
        grad = X.T @ (p - y) / len(y) + l2 * np.r_[0, w[1:]] / len(y)
        w -= rate * grad
    return w


def f1(kept, y, expected):
    matched = float((kept * y).sum())
    proposed = float(kept.sum())
    p = matched / proposed if proposed else 0
    r = matched / expected
    return (2 * p * r / (p + r) if p + r else 0), p, r


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("features")
    parser.add_argument("--write", type=Path)
    args = parser.parse_args()
    names, docs, X, texts = load(args.features)
    y, expected = labels(docs, texts)
    docs = np.array(docs)
    # leave one document out: each document scored by weights fitted on the others
    probs = np.zeros(len(y))
    for doc in sorted(set(docs)):
        test = docs == doc
        w = fit(X[~test], y[~test])
        probs[test] = 1 / (1 + np.exp(-X[test] @ w))
    print(f"candidates {len(y)}, matching {int(y.sum())}, expected {expected}")
    print("keep all (hand table): F1 %.3f P %.3f R %.3f" % f1(np.ones(len(y)), y, expected))
    # the best cross-validated F1; among equals the lowest threshold, which keeps the most
    best = max((round(f1((probs >= t).astype(float), y, expected)[0], 6), -t) for t in np.arange(0.05, 0.95, 0.05))
    best = (best[0], -best[1])
    print("fitted, leave-one-document-out, threshold %.2f: F1 %.3f P %.3f R %.3f"
          % ((best[1],) + f1((probs >= best[1]).astype(float), y, expected)))
    w = fit(X, y)
    for n, v in zip(names, w):
        print(f"  {n:28s} {v:+.3f}")
    if args.write:
        rows = ["# Minutes scoring: logistic regression weights, fitted by bench/minutes-quality/fit_scoring.py on the",
                "# development parts (dev/, c/) of the real-minutes corpus; a candidate is kept when its probability is at",
                "# least the threshold (chosen by leave-one-document-out cross-validation). See docs/minutes-reading.md."]
        rows += [f"{n}\t{v:.4f}" for n, v in zip(names, w)] + [f"threshold\t{best[1]:.2f}"]
        args.write.write_text("\n".join(rows) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
