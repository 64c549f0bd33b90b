#!/usr/bin/env bash
# Start-up, memory and shutdown of `./puente run` (the demo run), as a person starts it: the time from the command
# to the first page (`/` answering 200) on an empty data folder and on the existing one, the memory of the whole
# (the JVM plus the embedded PostgreSQL's processes) after start and after a 60 s load of public pages
# (16 connections), and the time from SIGTERM to the exit. The baseline measured in the same run is a bare JVM
# (`java -version`), which no change to Puente can make faster. Memory: RSS summed over the processes (counts PostgreSQL's shared buffers once per
# process that touched them) and PSS (shared pages split between the processes: the honest total).
# Usage: ./puente bench startup [load-seconds]
set -euo pipefail
cd "$(dirname "$0")/../.."
source bench/lib/puente.sh
LOAD_SECS="${1:-60}"
PORT="${BENCH_STARTUP_PORT:-18090}"
work_dir startup
need_tools wrk
t0=$(date +%s); ./puente build; say "./puente build (jar and class-data-sharing archive): $(( $(date +%s) - t0 )) s"
PID=""
trap '[ -n "$PID" ] && kill "$PID" 2>/dev/null; wait 2>/dev/null || true' EXIT
now_ms() { date +%s%3N; }

# ./puente run in its own session; START_MS: ms from the command to the first 200 on /
start_puente() {
  local log=$1 t0
  t0=$(now_ms)
  PUENTE_PORT="$PORT" PUENTE_DATA_DIR="$DIR/data" setsid ./puente run >"$log" 2>&1 &
  PID=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "http://127.0.0.1:$PORT/")" = 200 ]; do
    kill -0 "$PID" 2>/dev/null || { say "Puente exited; see $log"; exit 1; }
    sleep 0.1
  done
  START_MS=$(( $(now_ms) - t0 ))
  # ready: the start-up work after the first page (demo data, search index) is done
  until [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "http://127.0.0.1:$PORT/actuator/health/readiness")" = 200 ]; do
    kill -0 "$PID" 2>/dev/null || { say "Puente exited; see $log"; exit 1; }
    sleep 0.2
  done
  READY_MS=$(( $(now_ms) - t0 ))
}
# every process of the run's session (the JVM and the document parser JVMs it starts) and the embedded
# PostgreSQL's postmaster with its children (PostgreSQL detaches into a session of its own): "RSS-MB PSS-MB count"
memory() {
  local pm pids
  pm=$(head -1 "$DIR/data/postgres/postmaster.pid")
  pids="$(ps -o pid= -s "$PID" | tr '\n' ' ') $pm $(ps -o pid= --ppid "$pm" | tr '\n' ' ')"
  local rss=0 pss=0 n=0 p
  for p in $pids; do
    [ -r "/proc/$p/smaps_rollup" ] || continue
    rss=$((rss + $(awk '/^Rss:/ {print $2}' "/proc/$p/smaps_rollup")))
    pss=$((pss + $(awk '/^Pss:/ {print $2}' "/proc/$p/smaps_rollup")))
    n=$((n + 1))
  done
  echo "$((rss / 1024)) $((pss / 1024)) $n"
}
# STOP_MS: SIGTERM to the exit of the JVM, its children and PostgreSQL, in ms
stop_puente() {
  local t0 pm
  pm=$(head -1 "$DIR/data/postgres/postmaster.pid")
  t0=$(now_ms)
  kill -TERM "$PID"
  while kill -0 "$PID" 2>/dev/null || kill -0 "$pm" 2>/dev/null || [ -n "$(ps -o pid= -s "$PID")" ]; do
    sleep 0.05
    if [ $(( $(now_ms) - t0 )) -gt 120000 ]; then say "still running 120 s after SIGTERM"; break; fi
  done
  PID=""
  STOP_MS=$(( $(now_ms) - t0 ))
}

say "baseline: a bare JVM"
t0=$(now_ms); java -version >/dev/null 2>&1; JVM_MS=$(( $(now_ms) - t0 ))

say "first run on an empty data folder"
start_puente "$DIR/run-empty.log"; EMPTY_MS=$START_MS; EMPTY_READY_MS=$READY_MS
read -r E_RSS E_PSS E_N < <(memory)
stop_puente; EMPTY_STOP_MS=$STOP_MS


say "second run on the existing data folder"
start_puente "$DIR/run-existing.log"; EXISTING_MS=$START_MS; EXISTING_READY_MS=$READY_MS
sleep 5
read -r S_RSS S_PSS S_N < <(memory)
say "load: $LOAD_SECS s of public pages, 16 connections"
LOAD=$(wrk -t2 -c16 -d"${LOAD_SECS}s" --timeout 5s -s bench/startup/pages.lua "http://127.0.0.1:$PORT" | awk '/^RESULT/ {print $3, $4, $5 + $6}')
read -r L_RSS L_PSS L_N < <(memory)
stop_puente

echo
printf '%-46s %10s\n' 'bare JVM (java -version), ms' "$JVM_MS"
printf '%-46s %10s   (%.1f x bare JVM)\n' 'command → first page, empty data folder, ms' "$EMPTY_MS" "$(awk -v a="$EMPTY_MS" -v b="$JVM_MS" 'BEGIN {print a / b}')"
printf '%-46s %10s   (%.1f x bare JVM)\n' 'command → first page, existing data folder, ms' "$EXISTING_MS" "$(awk -v a="$EXISTING_MS" -v b="$JVM_MS" 'BEGIN {print a / b}')"
printf '%-46s %10s\n' 'command → ready (start-up work done), empty, ms' "$EMPTY_READY_MS"
printf '%-46s %10s\n' 'command → ready, existing data folder, ms' "$EXISTING_READY_MS"
printf '%-46s %10s\n' 'memory, empty-folder run: RSS MB / PSS MB' "$E_RSS / $E_PSS ($E_N)"
printf '%-46s %10s\n' 'memory after start: RSS MB / PSS MB (processes)' "$S_RSS / $S_PSS ($S_N)"
printf '%-46s %10s\n' "memory after ${LOAD_SECS} s load: RSS MB / PSS MB" "$L_RSS / $L_PSS ($L_N)"
printf '%-46s %10s\n' 'load: req/s p99-ms errors' "$LOAD"
printf '%-46s %10s\n' 'SIGTERM → exit (empty-folder run), ms' "$EMPTY_STOP_MS"
printf '%-46s %10s\n' 'SIGTERM → exit (after the load), ms' "$STOP_MS"
echo "JVM options: ${PUENTE_JAVA_OPTS:-the default of ./puente run}"
echo "Spring AOT bean definitions: $(grep -q 'Starting AOT-processed' "$DIR/run-existing.log" && echo on || echo "off (PUENTE_AOT=off, another profile or a SPRING_* variable)")"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg); cores: $(nproc)"
