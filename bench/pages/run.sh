#!/usr/bin/env bash
# Public pages against static files: the demo run of Puente (its own embedded database in BENCH_DIR) and nginx
# serving the very same HTML bytes, fetched from Puente just before, as static files; wrk with 64 connections for
# 10 s on each page, anonymous, in Spanish and in English (Accept-Language, as a browser sends it), then
# /agreements/mine signed in as the focal point fp-panama with 16 connections. Prints req/s, p99, errors and the
# ratio Puente / nginx for each page, and the load average (the machine may be shared).
# Usage: ./puente bench pages [connections] [seconds]
# BENCH_PAGES_ONLY=mine: only the signed-in part (/agreements/mine, 16 connections, with nginx's figure beside it).
set -euo pipefail
cd "$(dirname "$0")/../.."
source bench/lib/puente.sh
CONNS="${1:-64}"; SECS="${2:-10}"
PORT="${BENCH_PAGES_PORT:-18080}"; NGINX_PORT="${BENCH_PAGES_NGINX_PORT:-18081}"
work_dir pages; mkdir -p "$DIR/www"
need_tools wrk nginx
build_jar
cleanup() { nginx_stop "$DIR"; stop_started; }
trap cleanup EXIT
say "Puente (demo) on $PORT, embedded PostgreSQL in $DIR/data"
start_node "$PORT" "$DIR/puente.log" PUENTE_DATA_DIR="$DIR/data"
URL="http://127.0.0.1:$PORT"
MEETING=$(curl -s -H 'Accept-Language: es' "$URL/meetings" | grep -o 'href="/meetings/[0-9a-f-]\{36\}"' | head -1 | cut -d'"' -f2)
PAGES=(/ /meetings /agreements /documents /glossary "$MEETING")
for lang in es en; do
  for page in "${PAGES[@]}"; do
    f="$DIR/www/$(echo "$page" | tr '/' '_')-$lang.html"
    curl -s -H "Accept-Language: $lang" -o "$f" "$URL$page"
  done
done
nginx_start "$DIR" "  server { listen 127.0.0.1:$NGINX_PORT; root $DIR/www; }"
# wrk URL [headers…] → "req/s p99-ms errors" (errors: socket errors, timeouts and answers that are not 2xx/3xx)
run_wrk() {
  local url=$1 c=$2; shift 2
  local args=()
  for h in "$@"; do args+=(-H "$h"); done
  wrk -t2 -c"$c" -d"${SECS}s" --timeout 5s "${args[@]}" -s bench/pages/report.lua "$url" \
    | awk '/^RESULT/ {printf "%s %s %d\n", $3, $4, $5 + $6}'
}
printf '%-22s %-4s %10s %10s %7s %10s %10s %8s\n' page lang 'Puente/s' 'p99 ms' errors 'nginx/s' 'p99 ms' ratio
[ "${BENCH_PAGES_ONLY:-}" = mine ] && PAGES=()
[ ${#PAGES[@]} -gt 0 ] && say "warm-up: each page 3 s, 8 connections"
for page in "${PAGES[@]}"; do SECS=3 run_wrk "$URL$page" 8 'Accept-Language: es' >/dev/null; done
for lang in es en; do
  for page in "${PAGES[@]}"; do
    read -r prs pp99 perr < <(run_wrk "$URL$page" "$CONNS" "Accept-Language: $lang")
    f="$(echo "$page" | tr '/' '_')-$lang.html"
    read -r nrs np99 nerr < <(run_wrk "http://127.0.0.1:$NGINX_PORT/$f" "$CONNS")
    label="$page"; [ "$page" = "$MEETING" ] && label="/meetings/{id}"
    printf '%-22s %-4s %10s %10s %7s %10s %10s %8.4f\n' "$label" "$lang" "$prs" "$pp99" "$perr" "$nrs" "$np99" \
      "$(awk -v a="$prs" -v b="$nrs" 'BEGIN {print a / b}')"
  done
done
read -r SESSION _ < <(sign_in "$PORT" fp-panama)
mine="$DIR/www/mine-es.html"
curl -s -H "Cookie: SESSION=$SESSION" -H 'Accept-Language: es' -o "$mine" "$URL/agreements/mine"
SECS=3 run_wrk "$URL/agreements/mine" 8 "Cookie: SESSION=$SESSION" >/dev/null
read -r prs pp99 perr < <(run_wrk "$URL/agreements/mine" 16 "Cookie: SESSION=$SESSION" 'Accept-Language: es')
read -r nrs np99 nerr < <(run_wrk "http://127.0.0.1:$NGINX_PORT/mine-es.html" 16)
printf '%-22s %-4s %10s %10s %7s %10s %10s %8.4f\n' "/agreements/mine (16c)" es "$prs" "$pp99" "$perr" "$nrs" "$np99" \
  "$(awk -v a="$prs" -v b="$nrs" 'BEGIN {print a / b}')"
echo "signed-in page as fp-panama: $(grep -c 'fp-panama' "$mine" || true) mentions of the account in the page saved"
echo "anonymous / : $(curl -s -o /dev/null -D - "$URL/" | grep -ci '^set-cookie: SESSION' || true) SESSION cookie(s) set; Cache-Control: $(curl -s -o /dev/null -D - "$URL/" | grep -i '^cache-control' | cut -d' ' -f2- | tr -d '\r')"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg); cores: $(nproc)"
