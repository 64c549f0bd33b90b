#!/usr/bin/python3
"""Reads the date expressions of expressions.tsv with Python's dateparser (Debian's python3-dateparser), the peer
Puente's temporal tagger is compared with. For each expression: search_dates(text, languages=[lang],
settings={'RELATIVE_BASE': meeting, 'PREFER_DATES_FROM': 'future'}); the first and last day are the earliest and
latest date it found (a range may come as two dates). Prints one tab-separated line per expression (first, last, or
'-' when it found nothing) and, last, '# seconds <wall> cpu <cpu> for <n> expressions' for one pass after a warm-up pass.
Usage: peer_dateparser.py expressions.tsv"""
import sys
import time
import warnings
from datetime import datetime

from dateparser.search import search_dates


def rows(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                lang, meeting, _mode, text = line.rstrip("\n").split("\t")[:4]
                yield lang, datetime.fromisoformat(meeting), text


def read(lang, meeting, text):
    found = search_dates(text, languages=[lang],
                         settings={"RELATIVE_BASE": meeting, "PREFER_DATES_FROM": "future"}) or []
    days = sorted(d.date() for _, d in found)
    return (days[0].isoformat(), days[-1].isoformat()) if days else ("-", "-")


def main():
    warnings.simplefilter("ignore")  # pytz deprecation notices of Debian's build, not about the dates
    expressions = list(rows(sys.argv[1]))
    for e in expressions:  # warm-up: dateparser loads each language's data on first use
        read(*e)
    start = time.perf_counter()
    cpu = time.process_time()
    results = [read(*e) for e in expressions]
    cpu = time.process_time() - cpu
    seconds = time.perf_counter() - start
    for first, last in results:
        print(f"{first}\t{last}")
    print(f"# seconds {seconds:.6f} cpu {cpu:.6f} for {len(expressions)} expressions")


if __name__ == "__main__":
    main()
