#!/usr/bin/env bash
# Public pages against static files: the demo run of Puente (its own embedded database in BENCH_DIR) and nginx
# serving the very same HTML bytes, fetched from Puente just before, as static files; wrk with 64 connections for
# 10 s on each page, anonymous, in Spanish and in English (Accept-Language, as a browser sends it), then
# /agreements/mine signed in as the focal point fp-panama with 16 connections. Prints req/s, p99, errors and the
# ratio Puente / nginx for each page, and the load average (the machine may be shared).
# Usage: ./puente bench pages [connections] [seconds]
# BENCH_PAGES_ONLY=mine: only the signed-in part (/agreements/mine, 16 connections, with nginx's figure beside it).
# BENCH_PAGES_ONLY=signed: the signed-in pages (home, my actions, one agreement, a seed's minutes review, consultations
# and one consultation, documents and one document, experts, flows, directory) of each account of
# BENCH_PAGES_ACCOUNTS (default: st-crm fp-panama observer-oim), 16 connections unless [connections] is given, each
# beside nginx serving the bytes that account got; also the page's status and its size plain and gzipped (perf20).
set -euo pipefail
cd "$(dirname "$0")/../.."
source bench/lib/puente.sh
ONLY="${BENCH_PAGES_ONLY:-}"
CONNS="${1:-64}"; SECS="${2:-10}"
[ "$ONLY" = signed ] && CONNS="${1:-16}"
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
[ -n "$ONLY" ] && PAGES=()
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
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {print a / b}'; }
if [ "$ONLY" = signed ]; then
  # the addresses of one record of each kind, as the secretariat sees them (the first link of each list)
  read -r SESSION _ < <(sign_in "$PORT" st-crm)
  first() { curl -s -H "Cookie: SESSION=$SESSION" "$URL$1" | grep -o "href=\"$2/[0-9a-f-]\{36\}\"" | head -1 | cut -d'"' -f2 || true; }
  AGREEMENT=$(first /agreements/mine /agreements/items)
  REVIEW=$(first /agreements/reviews /agreements/reviews)
  CONSULTATION=$(first /consultations /consultations)
  DOCUMENT=$(first /documents /documents)
  # no draft among the demo's minutes: the list of reviews stands for the review then
  SIGNED=(/home /agreements/mine "$AGREEMENT" "${REVIEW:-/agreements/reviews}" /consultations "$CONSULTATION" /documents "$DOCUMENT"
    /experts /flows /directory)
  say "signed-in pages: ${SIGNED[*]}"
  printf '%-13s %-22s %4s %8s %7s %10s %9s %7s %10s %9s %8s\n' account page HTTP bytes gzip 'Puente/s' 'p99 ms' errors \
    'nginx/s' 'p99 ms' ratio
  for account in ${BENCH_PAGES_ACCOUNTS:-st-crm fp-panama observer-oim}; do
    read -r SESSION _ < <(sign_in "$PORT" "$account")
    for page in "${SIGNED[@]}"; do
      label=$(echo "$page" | sed 's/[0-9a-f-]\{36\}/{id}/')
      f="$account$(echo "$label" | tr '/{}' '___').html"
      code=$(curl -s -H "Cookie: SESSION=$SESSION" -H 'Accept-Language: es' -o "$DIR/www/$f" -w '%{http_code}' "$URL$page")
      gz=$(curl -s -H "Cookie: SESSION=$SESSION" -H 'Accept-Language: es' -H 'Accept-Encoding: gzip' -o /dev/null \
        -w '%{size_download}' "$URL$page")
      bytes=$(stat -c %s "$DIR/www/$f")
      if [ "$code" != 200 ]; then
        printf '%-13s %-22s %4s %8s %7s\n' "$account" "$label" "$code" "$bytes" "$gz"; continue
      fi
      SECS=1 run_wrk "$URL$page" 8 "Cookie: SESSION=$SESSION" 'Accept-Language: es' >/dev/null
      read -r prs pp99 perr < <(run_wrk "$URL$page" "$CONNS" "Cookie: SESSION=$SESSION" 'Accept-Language: es')
      read -r nrs np99 nerr < <(run_wrk "http://127.0.0.1:$NGINX_PORT/$f" "$CONNS")
      printf '%-13s %-22s %4s %8s %7s %10s %9s %7s %10s %9s %8.4f\n' "$account" "$label" "$code" "$bytes" "$gz" \
        "$prs" "$pp99" "$perr" "$nrs" "$np99" "$(ratio "$prs" "$nrs")"
    done
    echo "load average after $account: $(cut -d' ' -f1-3 /proc/loadavg)"
  done
  exit 0
fi
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
