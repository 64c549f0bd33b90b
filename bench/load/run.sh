#!/usr/bin/env bash
# 200 concurrent users for 5 minutes against one node on the embedded database: anonymous reads, searches,
# calendar feeds, signed-in edits (JSON API with a session and its CSRF token) and uploads (the upload form).
# Prints wrk's figures (requests, errors, p50/p90/p99) and, as the baseline measured in the same run, a 20 s
# single-user run of the same mix. Usage: ./puente bench load [users] [seconds]
set -euo pipefail
cd "$(dirname "$0")/../.."
source bench/lib/puente.sh
USERS="${1:-200}"; SECONDS_="${2:-300}"
DIR="${BENCH_DIR:-target/bench-load}"; rm -rf "$DIR"; mkdir -p "$DIR"
need_tools wrk
build_jar
trap stop_started EXIT
say "starting one node on $BENCH_PORT (embedded PostgreSQL in $DIR/data)"
start_node "$BENCH_PORT" "$DIR/node.log" PUENTE_DATA_DIR="$DIR/data"
read -r SESSION CSRF < <(sign_in "$BENCH_PORT" st-crm)
export SESSION CSRF TAG="load-$(date +%s)" ACKED="$DIR/acked.txt"
URL="http://127.0.0.1:$BENCH_PORT"
say "warm-up (30 s, 10 users)"
wrk -t2 -c10 -d30s -s bench/load/mix.lua "$URL" >/dev/null
say "baseline: 1 user, 20 s"
wrk -t1 -c1 -d20s --timeout 30s -s bench/load/mix.lua "$URL" | tee "$DIR/baseline.txt"
say "load: $USERS users, $SECONDS_ s"
wrk -t2 -c"$USERS" -d"${SECONDS_}s" --timeout 30s -s bench/load/mix.lua "$URL" | tee "$DIR/load.txt"
p99() { grep -o 'p99 [0-9.]* ms' "$1" | awk '{print $2}'; }
echo "p99 under load / p99 of one user: $(awk -v a="$(p99 "$DIR/load.txt")" -v b="$(p99 "$DIR/baseline.txt")" 'BEGIN {printf "%.1f", a / b}')"
echo "writes acknowledged: $(wc -l < "$ACKED")"
