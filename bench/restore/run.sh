#!/usr/bin/env bash
# Backup while writing, then restore: pg_dump -Fc runs while a write load goes on, the dump is restored into a new
# database, a second node starts on it, and the row counts (each between the counts just before and just after the
# dump, since pg_dump reads one consistent snapshot) and one document's bytes (same SHA-256 from both nodes) are
# checked. Usage: ./puente bench restore [users] [seconds]
set -euo pipefail
cd "$(dirname "$0")/../.."
source bench/lib/puente.sh
USERS="${1:-50}"; SECONDS_="${2:-60}"
pg_bench restore stop_started wrk psql
start_node "$BENCH_PORT" "$DIR/node.log" $(db_env puente)
read -r SESSION CSRF < <(sign_in "$BENCH_PORT" st-crm)
export SESSION CSRF TAG="restore-$(date +%s)" ACKED="$DIR/acked.txt"
TABLES="meeting document document_version agreement audit_entry spring_session"
counts() { for t in $TABLES; do printf '%s=%s ' "$t" "$(psql_do puente "select count(*) from $t")"; done; }
wrk -t2 -c"$USERS" -d"${SECONDS_}s" --timeout 30s -s bench/load/mix.lua "http://127.0.0.1:$BENCH_PORT" > "$DIR/wrk.txt" &
WRK=$!
sleep $((SECONDS_ / 3))
BEFORE=$(counts)
say "pg_dump during the load"
T0=$(date +%s.%N)
"$PG_BIN/pg_dump" -h 127.0.0.1 -p "$BENCH_PG_PORT" -U postgres -Fc -d puente -f "$DIR/puente.dump"
T1=$(date +%s.%N)
AFTER=$(counts)
wait "$WRK"
say "restore into a new database"
psql_do postgres "create database restored"
"$PG_BIN/pg_restore" -h 127.0.0.1 -p "$BENCH_PG_PORT" -U postgres -d restored --no-owner "$DIR/puente.dump"
T2=$(date +%s.%N)
echo "dump: $(du -h "$DIR/puente.dump" | cut -f1) in $(awk -v a="$T0" -v b="$T1" 'BEGIN {printf "%.1f", b - a}') s during the load; restore in $(awk -v a="$T1" -v b="$T2" 'BEGIN {printf "%.1f", b - a}') s"
ok=0; bad=0
for t in $TABLES; do
  b=$(echo "$BEFORE" | tr ' ' '\n' | grep "^$t=" | cut -d= -f2); a=$(echo "$AFTER" | tr ' ' '\n' | grep "^$t=" | cut -d= -f2)
  r=$("$PG_BIN/psql" -X -At -h 127.0.0.1 -p "$BENCH_PG_PORT" -U postgres -d restored -c "select count(*) from $t")
  if [ "$r" -ge "$b" ] && [ "$r" -le "$a" ]; then verdict=ok; ok=$((ok + 1)); else verdict=MISMATCH; bad=$((bad + 1)); fi
  echo "  $t: before dump $b, restored $r, after dump $a — $verdict"
done
say "a node on the restored database"
start_node "$BENCH_PORT2" "$DIR/node-restored.log" $(db_env restored)
DOC=$("$PG_BIN/psql" -X -At -h 127.0.0.1 -p "$BENCH_PG_PORT" -U postgres -d restored -c \
  "select document_id || '/' || number from document_version v join document d on d.id = v.document_id where d.confidentiality = 'PUBLIC' order by v.uploaded_at desc limit 1")
ORIG=$(curl -s "http://127.0.0.1:$BENCH_PORT/documents/${DOC%/*}/versions/${DOC#*/}" | sha256sum | cut -c1-16)
REST=$(curl -s "http://127.0.0.1:$BENCH_PORT2/documents/${DOC%/*}/versions/${DOC#*/}" | sha256sum | cut -c1-16)
echo "document $DOC: SHA-256 ${ORIG}… from the original node, ${REST}… from the restored node — $([ "$ORIG" = "$REST" ] && echo same || echo DIFFERENT)"
echo "tables checked: $ok consistent, $bad not; restored node health: HTTP $(health "$BENCH_PORT2")"
