#!/usr/bin/env bash
# Two nodes on one PostgreSQL behind nginx (round robin, no sticky sessions); one node is killed (kill -9) in the
# middle of the load. Checks: the signed-in session keeps working through the surviving node; every reminder due
# is sent exactly once although both nodes run the scheduler (the reminder job is made due every 10 s during the
# run); every uploaded document is extracted, including those the killed node had taken; writes acknowledged are
# all stored. Usage: ./puente bench twonodes [users] [seconds]
set -euo pipefail
cd "$(dirname "$0")/../.."
source bench/lib/puente.sh
USERS="${1:-100}"; SECONDS_="${2:-120}"
cleanup() { nginx_stop "$DIR"; stop_started; }
pg_bench twonodes cleanup wrk psql nginx
say "node A on $BENCH_PORT, then node B on $BENCH_PORT2"
start_node "$BENCH_PORT" "$DIR/node-a.log" $(db_env puente); NODE_A=$NODE_PID
start_node "$BENCH_PORT2" "$DIR/node-b.log" $(db_env puente); NODE_B=$NODE_PID
nginx_start "$DIR" "  client_max_body_size 60m;
  upstream puente { server 127.0.0.1:$BENCH_PORT max_fails=1 fail_timeout=30s; server 127.0.0.1:$BENCH_PORT2 max_fails=1 fail_timeout=30s; }
  server {
    listen 127.0.0.1:$BENCH_LB_PORT;
    location / {
      proxy_pass http://puente;
      proxy_set_header Host \$host:\$server_port;
      proxy_set_header X-Forwarded-For \$remote_addr;
      proxy_set_header X-Forwarded-Proto http;
      proxy_next_upstream error timeout http_502 http_503;
    }
  }"
LB="http://127.0.0.1:$BENCH_LB_PORT"

say "ten meetings in two days, followed with a 2-day reminder by seven accounts"
for account in st-crm st-csm fp-panama fp-chile fp-mexico observer-oim admin; do
  read -r S C < <(sign_in "$BENCH_LB_PORT" "$account"); echo "$account $S $C" >> "$DIR/sessions.txt"
done
read -r _ SESSION CSRF < <(grep '^st-crm ' "$DIR/sessions.txt")
START=$(date -d '+2 days' +%F)
for i in $(seq 1 10); do
  id=$(curl -s -H "Cookie: SESSION=$SESSION" -H "X-CSRF-TOKEN: $CSRF" -H 'Content-Type: application/json' \
    -d "{\"titleEs\":\"Seguimiento-bench $i\",\"kind\":\"WORKING_MEETING\",\"precision\":\"DAYS\",\"startDate\":\"$START\",\"status\":\"CONFIRMED\",\"visibility\":\"PUBLIC\",\"processes\":[\"CRM\"]}" \
    "$LB/api/v1/meetings" | grep -o '"id":"[^"]*"' | head -1 | cut -d'"' -f4)
  while read -r _ S C; do
    curl -s -o /dev/null -H "Cookie: SESSION=$S" --data "reminderDays=2&_csrf=$C" "$LB/meetings/$id/subscription"
  done < "$DIR/sessions.txt"
done
EXPECTED=$(psql_do puente "select count(*) from meeting_subscription s join meeting m on m.id = s.meeting_id where m.title_es like 'Seguimiento-bench %'")
export SESSION CSRF TAG="two-$(date +%s)" ACKED="$DIR/acked.txt"
: > "$ACKED"
say "load through nginx: $USERS users, $SECONDS_ s; node B is killed at 40 s"
wrk -t2 -c"$USERS" -d"${SECONDS_}s" --timeout 30s -s bench/load/mix.lua "$LB" > "$DIR/wrk.txt" &
WRK=$!
( for _ in $(seq 1 $((SECONDS_ / 10))); do
    psql_do puente "update scheduled_tasks set execution_time = now() where task_name = 'meeting-reminders'"; sleep 10
  done ) &
DUE=$!
sleep 40
say "kill -9 node B ($NODE_B)"
kill -9 "$NODE_B"
session_after=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: SESSION=$SESSION" "$LB/meetings/new")
wait "$WRK"; wait "$DUE" || true
cat "$DIR/wrk.txt"
echo "signed-in page through nginx right after the kill: HTTP $session_after (200 = the session survived)"
say "waiting up to 150 s for the extractions node B had taken (dead after 4 missed 15 s heartbeats)"
for _ in $(seq 1 30); do
  left=$(psql_do puente "select count(*) from document_version where extraction_status in ('PENDING','RUNNING')")
  [ "$left" -eq 0 ] && break; sleep 5
done
psql_do puente "update scheduled_tasks set execution_time = now() where task_name = 'meeting-reminders'"; sleep 15
SENT=$(psql_do puente "select count(*) from outbox_message where subject ~ '^(Recordatorio|Reminder|Rappel|Lembrete)' and subject like '%Seguimiento-bench %'")
DISTINCT=$(psql_do puente "select count(*) from (select distinct recipients, subject from outbox_message where subject ~ '^(Recordatorio|Reminder|Rappel|Lembrete)' and subject like '%Seguimiento-bench %') x")
echo "reminders due: $EXPECTED; in the outbox: $SENT ($DISTINCT distinct recipient and meeting)"
echo "documents not extracted: $(psql_do puente "select count(*) from document_version where extraction_status in ('PENDING','RUNNING')")"
acked_m=$(grep -c '^meeting ' "$ACKED" || true); acked_d=$(grep -c '^document ' "$ACKED" || true)
ids() { grep "^$1 " "$ACKED" | awk '{print "'"'"'" $2 "'"'"'"}' | paste -sd, -; }
found_m=0; found_d=0
[ "$acked_m" -gt 0 ] && found_m=$(psql_do puente "select count(*) from meeting where id in ($(ids meeting))")
[ "$acked_d" -gt 0 ] && found_d=$(psql_do puente "select count(*) from document where id in ($(ids document))")
echo "acknowledged writes: $((acked_m + acked_d)); lost: $((acked_m - found_m + acked_d - found_d))"
echo "node A still serving: HTTP $(health "$BENCH_PORT")"
