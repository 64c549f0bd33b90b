#!/usr/bin/env bash
# Runs `./puente extract` on every document of the real-minutes corpus and scores the outputs.
# Usage: bench/minutes-quality/run.sh [OUTPUT_DIR] [PART]   (from anywhere; default: target/minutes-quality, dev)
# Parts: development: dev, c, d, e, f, g, i, j, m, n, o, p, q, r, s, t, u, v, w, x, y, z, aa, ab, ac, ad, ae, af, ag, ah, ai, aj, ak, al, am, an, ao, ap, aq, ar, as, at, au, av, ax, ay, az, ba, bb, bc, bd, be, bf, bg (each a folder of corpus/), devc (dev and c), development (all of them);
# frozen: test (the frozen test part), h (batch h), k (batch k), l (batch l), aw (documents of batches au and av whose repository has a frozen document), frozen (all five); all (every part).
# Each document is run with its gold meeting_date and lang; stdout goes to OUTPUT_DIR/<name>.json, stderr and the
# exit status beside it. A document that exits with an error (for instance a language the CLI refuses) gets no JSON
# and counts as 0 proposed. The frozen parts (test, h, k, l, aw) are scored only for final figures, never while tuning (see corpus/README.md).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
out="${1:-$root/target/minutes-quality}"
part="${2:-dev}"
corpus="$root/src/test/resources/minutes/corpus"
development=(dev c d e f g i j m n o p q r s t u v w x y z aa ab ac ad ae af ag ah ai aj ak al am an ao ap aq ar as at au av ax ay az ba bb bc bd be bf bg); frozen=(test h k l aw)
case "$part" in dev|c|d|e|f|g|i|j|m|n|o|p|q|r|s|t|u|v|w|x|y|z|aa|ab|ac|ad|ae|af|ag|ah|ai|aj|ak|al|am|an|ao|ap|aq|ar|as|at|au|av|ax|ay|az|ba|bb|bc|bd|be|bf|bg|test|h|k|l|aw) names=("$part") ;; devc) names=(dev c) ;; development) names=("${development[@]}") ;;
  frozen) names=("${frozen[@]}") ;; all) names=("${development[@]}" "${frozen[@]}") ;;
  *) echo "part must be dev, c, d, e, f, g, i, j, m, n, o, p, q, r, s, t, u, v, w, x, y, z, aa, ab, ac, ad, ae, af, ag, ah, ai, aj, ak, al, am, an, ao, ap, aq, ar, as, at, au, av, ax, ay, az, ba, bb, bc, bd, be, bf, bg, devc, development, test, h, k, l, aw, frozen or all" >&2; exit 2 ;; esac
dirs=(); for name in "${names[@]}"; do [ -d "$corpus/$name" ] && dirs+=("$corpus/$name"); done
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
