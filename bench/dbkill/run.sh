#!/usr/bin/env bash
# Kills PostgreSQL (kill -9 on the postmaster) in the middle of a write-heavy load and starts it again.
# Checks: every write acknowledged with 2xx/3xx is in the database afterwards (ids logged by wrk, looked up
# after the run); /actuator/health goes DOWN, then UP; the node recovers without being restarted (same process,
# a write after the outage succeeds). The baseline is the same load before the kill.
# Usage: ./puente bench dbkill [users] [seconds]      (needs Debian's postgresql, wrk; installs them if missing)
set -euo pipefail
cd "$(dirname "$0")/../.."
source bench/lib/puente.sh
USERS="${1:-100}"; SECONDS_="${2:-120}"
cleanup() { stop_started; kill "${SAMPLER:-0}" 2>/dev/null || true; }
pg_bench dbkill cleanup wrk psql
say "node on $BENCH_PORT"
start_node "$BENCH_PORT" "$DIR/node.log" $(db_env puente)
NODE=$NODE_PID
read -r SESSION CSRF < <(sign_in "$BENCH_PORT" st-crm)
export SESSION CSRF TAG="kill-$(date +%s)" ACKED="$DIR/acked.txt"
: > "$ACKED"
( while true; do echo "$(date +%s.%N | cut -c1-14) $(health "$BENCH_PORT")"; sleep 0.5; done ) > "$DIR/health.txt" &
SAMPLER=$!
say "load: $USERS users for $SECONDS_ s; the postmaster is killed at 40 s and started again 10 s later"
wrk -t2 -c"$USERS" -d"${SECONDS_}s" --timeout 30s -s bench/load/mix.lua "http://127.0.0.1:$BENCH_PORT" \
  > "$DIR/wrk.txt" &
WRK=$!
sleep 40
KILLED_AT=$(date +%s.%N | cut -c1-14)
say "kill -9 postmaster $(postmaster_pid "$PG")"
kill -9 "$(postmaster_pid "$PG")"
sleep 10
say "starting PostgreSQL again"
pg_start "$PG"
STARTED_AT=$(date +%s.%N | cut -c1-14)
wait "$WRK"
sleep 3
kill "$SAMPLER"
cat "$DIR/wrk.txt"

first_down=$(awk -v t="$KILLED_AT" '$1 >= t && $2 != 200 {print $1; exit}' "$DIR/health.txt")
up_again=$(awk -v t="$STARTED_AT" '$1 >= t && $2 == 200 {print $1; exit}' "$DIR/health.txt")
echo "health: DOWN $(awk -v a="$first_down" -v k="$KILLED_AT" 'BEGIN {printf "%.1f", a - k}') s after the kill," \
  "UP again $(awk -v a="$up_again" -v s="$STARTED_AT" 'BEGIN {printf "%.1f", a - s}') s after PostgreSQL restarted"
echo "node process after the outage: $(kill -0 "$NODE" 2>/dev/null && echo "the same, pid $NODE (not restarted)" || echo GONE)"

acked_meetings=$(grep -c '^meeting ' "$ACKED" || true)
acked_documents=$(grep -c '^document ' "$ACKED" || true)
ids() { grep "^$1 " "$ACKED" | awk '{print "'"'"'" $2 "'"'"'"}' | paste -sd, -; }
found_meetings=0; found_documents=0
[ "$acked_meetings" -gt 0 ] && found_meetings=$(psql_do puente "select count(*) from meeting where id in ($(ids meeting))")
[ "$acked_documents" -gt 0 ] && found_documents=$(psql_do puente "select count(*) from document where id in ($(ids document))")
echo "acknowledged writes: $acked_meetings meetings, $acked_documents documents"
echo "found in the database: $found_meetings meetings, $found_documents documents"
echo "acknowledged writes lost: $((acked_meetings - found_meetings + acked_documents - found_documents))"
after=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: SESSION=$SESSION" -H "X-CSRF-TOKEN: $CSRF" \
  -H 'Content-Type: application/json' -d '{"titleEs":"after-the-outage","kind":"WORKING_MEETING","precision":"DAYS","startDate":"2028-04-01","status":"TENTATIVE","visibility":"PUBLIC","processes":["CRM"]}' \
  "http://127.0.0.1:$BENCH_PORT/api/v1/meetings")
echo "a write after the outage, same session: HTTP $after"
echo "pending extractions left: $(psql_do puente "select count(*) from document_version where extraction_status in ('PENDING','RUNNING')")"
