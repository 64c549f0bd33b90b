#!/usr/bin/env bash
# Runs `./puente extract` on every document of the real-minutes corpus and scores the outputs.
# Usage: bench/minutes-quality/run.sh [OUTPUT_DIR] [dev|c|devc|test|d|e|f|g|all]   (from anywhere; default: target/minutes-quality, dev)
# Parts: dev (corpus/dev), c (batch c, development), devc (both), test (frozen), d (batch d, frozen), e (batch e, frozen),
# f (batch f, frozen), g (batch g, frozen), all (dev, c, test, d, e, f, g).
# Each document is run with its gold meeting_date and lang; stdout goes to OUTPUT_DIR/<name>.json, stderr and the
# exit status beside it. A document that exits with an error (for instance a language the CLI refuses) gets no JSON
# and counts as 0 proposed. The test part and batches d, e, f and g are frozen: score them only for final figures, never while tuning.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
out="${1:-$root/target/minutes-quality}"
part="${2:-dev}"
corpus="$root/src/test/resources/minutes/corpus"
case "$part" in dev) dirs=("$corpus/dev") ;; c) dirs=("$corpus/c") ;; devc) dirs=("$corpus/dev" "$corpus/c") ;;
  test) dirs=("$corpus/test") ;; d) dirs=("$corpus/d") ;; e) dirs=("$corpus/e") ;; f) dirs=("$corpus/f") ;; g) dirs=("$corpus/g") ;;
  all) dirs=("$corpus/dev" "$corpus/c" "$corpus/test" "$corpus/d" "$corpus/e" "$corpus/f" "$corpus/g") ;;
  *) echo "part must be dev, c, devc, test, d, e, f, g or all" >&2; exit 2 ;; esac
mkdir -p "$out"
for dir in "${dirs[@]}"; do
  for gold in "$dir"/*.gold.json; do
    name="$(basename "$gold" .gold.json)"
    file="$(ls "$dir/$name".* | grep -v '\.gold\.json$' | head -1)"
    read -r date lang < <(/usr/bin/python3 -c 'import json,sys; g=json.load(open(sys.argv[1])); print(g["meeting_date"], g["lang"])' "$gold")
    set +e
    "$root/puente" extract --meeting-date "$date" --lang "$lang" "$file" >"$out/$name.json" 2>"$out/$name.err"
    echo $? >"$out/$name.exit"
    set -e
  done
done
golds=()
for dir in "${dirs[@]}"; do golds+=(--gold "$dir"); done
exec /usr/bin/python3 "$root/bench/minutes-quality/score.py" --outputs "$out" "${golds[@]}"
