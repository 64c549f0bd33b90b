#!/usr/bin/env python3
"""Writes a variant of ScoringFeatureExport's table for the prose experiments of branch prose6 (a training aid).

Each candidate gets one 0/1 column per opening class of prose_openings.py (cls.instruct, cls.body, cls.verb_first,
cls.impersonal, cls.will), appended after the named features (0 for the structure's items). With --only CLASS ...,
the prose model's candidates outside those classes are left out of the table, so that fit_scoring.py (without
--no-prose) fits its prose model on the classes alone: a model and threshold of their own, every other sentence of
prose kept out as --no-prose keeps it.

Usage: prose_classes.py FEATURES.tsv OUT.tsv [--only instruct body impersonal ...]
"""
import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from prose_openings import CLASSES, opening  # noqa: E402

NAMES = [c for c, _ in CLASSES]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("features")
    parser.add_argument("out")
    parser.add_argument("--only", nargs="*", help="the opening classes whose prose candidates stay in the table")
    args = parser.parse_args()
    lines = Path(args.features).read_text(encoding="utf-8").splitlines()
    header = lines[0].split("\t")
    at = header.index("words")
    out = ["\t".join(header[:at] + ["cls." + n.replace(" ", "_") for n in NAMES] + header[at:])]
    written = set()
    for line in lines[1:]:
        cells = line.split("\t")
        cls = opening(cells[-1]) if cells[1] == "prose." else None
        if cells[1] == "prose." and args.only is not None and cls not in args.only:
            if cells[0] in written:
                continue
            # a document's first sentence left out stays, as a model no one fits or keeps ("none."), so that every
            # document keeps a row (fit_scoring.py's word vocabulary is built per document) and its text fits nothing
            cells = cells[:1] + ["none."] + cells[2:-1] + [""]
        written.add(cells[0])
        out.append("\t".join(cells[:at] + [str(float(cls == n)) for n in NAMES] + cells[at:]))
    Path(args.out).write_text("\n".join(out) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
