#!/usr/bin/env python3
"""Runs another tool of this folder with some development parts left out of DEVELOPMENT (default: the check set
score.CHECK, au av ax ay az ba, which engine helpers score but never read, tasks/_engine.txt), so that misses.py, prose_misses.py, told_misses.py,
body_told.py … list nothing of theirs.

Usage: dev_only.py TOOL.py ARGS…   (DROP="au av ax ay az ba bb bc" by default; DROP="" keeps every part)
"""
import os
import runpy
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import score  # noqa: E402

DROP = os.environ.get("DROP", " ".join(score.CHECK)).split()
score.DEVELOPMENT = tuple(p for p in score.DEVELOPMENT if p not in DROP)
import fit_scoring  # noqa: E402,F401  (imports DEVELOPMENT from score: the filtered one)

assert not set(DROP) & set(fit_scoring.DEVELOPMENT)
tool = sys.argv[1]
sys.argv = sys.argv[1:]
runpy.run_path(tool if "/" in tool else str(HERE / tool), run_name="__main__")
