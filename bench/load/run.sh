#!/usr/bin/env bash
# 200 concurrent users for 5 minutes against one node on the embedded database: anonymous reads, searches,
# calendar feeds, signed-in edits (JSON API with a session and its CSRF token) and uploads (the upload form).
# Each simulated person is a wrk connection with its own signed-in session (USERS secretariat accounts bench-NNN
# are created first through the administrators' form; wrk runs one thread per connection, see mix.lua).
# Phases, all in the same run on the same node:
#   baseline   1 person, 20 s, no pause: the latency of an unloaded server
#   saturation USERS people, SECONDS, no pause between requests: how much the server serves, and how it refuses
#   people     only with THINK_MS > 0: USERS people who pause 0.5–1.5 × THINK_MS before each request, as people do
# Prints wrk's figures (requests, errors, non-2xx, p50/p90/p99), the writes acknowledged and the machine's load
# average before each phase. Usage: [THINK_MS=3000] ./puente bench load [users] [seconds]
# Figures (3 December 2026, 2 cores shared, load average 27-42: 200 people without pause 11,650 requests, 8 non-2xx
# (all 503 + Retry-After), 1 timeout, p99 16.2 s, 2,273 writes acknowledged; with 3 s pauses 7,561 requests, 81 non-2xx,
# 11 timeouts, p99 20.2 s; a second run at load 48-60 gave 3 500s, see there): see docs/operations.md, "Under attack
# and failure, measured".
set -euo pipefail
cd "$(dirname "$0")/../.."
source bench/lib/puente.sh
USERS="${1:-200}"; SECONDS_="${2:-300}"; THINK_MS="${THINK_MS:-0}"
DIR="${BENCH_DIR:-target/bench-load}"; rm -rf "$DIR"; mkdir -p "$DIR"
need_tools wrk
build_jar
trap stop_started EXIT
say "starting one node on $BENCH_PORT (embedded PostgreSQL in $DIR/data)"
start_node "$BENCH_PORT" "$DIR/node.log" PUENTE_DATA_DIR="$DIR/data"
URL="http://127.0.0.1:$BENCH_PORT"
say "$USERS people: creating their accounts and signing each in"
people "$BENCH_PORT" "$USERS" "$DIR/sessions.txt"
say "$(wc -l < "$DIR/sessions.txt") sessions"
export SESSIONS="$DIR/sessions.txt" TAG="load-$(date +%s)"
unset SESSION CSRF
say "warm-up (30 s, 10 people)"
THINK_MS=0 ACKED="$DIR/acked-warmup.txt" wrk -t10 -c10 -d30s -s bench/load/mix.lua "$URL" >/dev/null

# phase NAME PEOPLE SECONDS THINK_MS
phase() {
  local name=$1 n=$2 secs=$3 think=$4
  : > "$DIR/acked-$name.txt"; : > "$DIR/refused-$name.txt"
  echo "== $name: $n people, $secs s, pause ${think} ms; load average before: $(cut -d' ' -f1-3 /proc/loadavg)" \
    | tee "$DIR/$name.txt"
  THINK_MS="$think" ACKED="$DIR/acked-$name.txt" REFUSED="$DIR/refused-$name.txt" wrk -t"$n" -c"$n" -d"${secs}s" --timeout 30s \
    -s bench/load/mix.lua "$URL" | tee -a "$DIR/$name.txt"
  echo "writes acknowledged: $(wc -l < "$DIR/acked-$name.txt"); load average after: $(cut -d' ' -f1-3 /proc/loadavg)" \
    | tee -a "$DIR/$name.txt"
  if [ -s "$DIR/refused-$name.txt" ]; then
    echo "answers >= 400 (count status request):"; sort "$DIR/refused-$name.txt" | uniq -c | sort -rn | head
  fi | tee -a "$DIR/$name.txt"
}
p99() { grep -o 'p99 [0-9.]* ms' "$DIR/$1.txt" | awk '{print $2}'; }

phase baseline 1 20 0
phase saturation "$USERS" "$SECONDS_" 0
echo "p99 saturation / p99 of one person: $(awk -v a="$(p99 saturation)" -v b="$(p99 baseline)" 'BEGIN {printf "%.1f", a / b}')"
if [ "$THINK_MS" -gt 0 ]; then
  phase people "$USERS" "$SECONDS_" "$THINK_MS"
  echo "p99 people / p99 of one person: $(awk -v a="$(p99 people)" -v b="$(p99 baseline)" 'BEGIN {printf "%.1f", a / b}')"
fi
echo "node log: $(grep -c 'Database unavailable' "$DIR/node.log" || true) requests answered 503 for want of a connection," \
  "$(grep -c 'parser children are busy' "$DIR/node.log" || true) uploads refused 503 for want of a parser," \
  "$(grep -ci 'ERROR' "$DIR/node.log" || true) ERROR lines"
