# Shared helpers of the failure and load benchmarks (sourced, not run). They start Puente from target/puente.jar,
# an external PostgreSQL from Debian's packages, and nginx, all on loopback ports, and stop everything they started.
# Ports: BENCH_PORT (default 8103) and BENCH_PORT2 (8113) for the nodes, BENCH_LB_PORT (8123) for nginx,
# BENCH_PG_PORT (5533) for PostgreSQL. Work files go to BENCH_DIR (default target/bench-<name>).

BENCH_PORT="${BENCH_PORT:-8103}"
BENCH_PORT2="${BENCH_PORT2:-8113}"
BENCH_LB_PORT="${BENCH_LB_PORT:-8123}"
BENCH_PG_PORT="${BENCH_PG_PORT:-5533}"
PG_BIN="${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}"
DEMO_PASSWORD=puente-demo-2017
STARTED_PIDS=()

say() { printf '%s  %s\n' "$(date +%T)" "$*" >&2; }

# work_dir NAME: sets DIR to BENCH_DIR or target/bench-NAME (absolute), emptied and open to the postgres user
work_dir() {
  DIR="$(pwd)/${BENCH_DIR:-target/bench-$1}"
  rm -rf "$DIR"; mkdir -p "$DIR"; chmod 777 "$DIR"
}

need_tools() {
  local missing=()
  for tool in "$@"; do command -v "$tool" >/dev/null 2>&1 || missing+=("$tool"); done
  if [ ${#missing[@]} -gt 0 ]; then
    say "installing ${missing[*]}"
    apt-get install -y -qq $(printf '%s\n' "${missing[@]}" | sed 's/^wrk$/wrk/; s/^nginx$/nginx-light/; s/^psql$/postgresql/') >/dev/null
  fi
}

build_jar() {
  if [ ! -f target/puente.jar ] || [ -n "$(find src/main pom.xml -newer target/puente.jar -print -quit)" ]; then
    say "building target/puente.jar"
    mvn -B -q -o -DskipTests package
  fi
}

# start_node PORT LOGFILE [extra env assignments…]: starts a node in the background (its pid in NODE_PID),
# waits for health UP
start_node() {
  local port=$1 log=$2; shift 2
  env PUENTE_PORT="$port" "$@" java ${BENCH_JAVA_OPTS:--Xmx1g} -jar target/puente.jar \
    --spring.profiles.active=demo >"$log" 2>&1 &
  NODE_PID=$!
  STARTED_PIDS+=("$NODE_PID")
  wait_up "$port" 600 || { say "node on $port did not start; see $log"; return 1; }
}

wait_up() {
  local port=$1 limit=${2:-300} t=0
  until curl -fs "http://127.0.0.1:$port/actuator/health" >/dev/null 2>&1; do
    sleep 1; t=$((t + 1)); if [ "$t" -ge "$limit" ]; then return 1; fi
  done
  return 0
}

health() { curl -s -o /dev/null -w '%{http_code}' --max-time 5 "http://127.0.0.1:$1/actuator/health"; }

# external PostgreSQL owned by the postgres user, in DIR, on BENCH_PG_PORT
pg_init() {
  local dir=$1
  rm -rf "$dir"; mkdir -p "$dir"; chown postgres "$dir"
  su postgres -c "$PG_BIN/initdb -D '$dir' -U postgres -A trust -E UTF8 --locale=C.UTF-8" >/dev/null
  pg_start "$dir"
  psql_do postgres "create database puente"
  psql_do puente "create extension if not exists unaccent; create extension if not exists pg_trgm;"
}

# pg_own: an external PostgreSQL of this run in DIR/pg (PG names the folder), stopped by stop_started
pg_own() {
  PG="$DIR/pg"; STARTED_PG="$PG"
  say "PostgreSQL on $BENCH_PG_PORT in $PG"
  pg_init "$PG"
}

# pg_bench NAME CLEANUP TOOL…: the start every benchmark on its own PostgreSQL shares: DIR for NAME, the tools
# installed, the jar built, CLEANUP run on exit, then PostgreSQL started in DIR/pg
pg_bench() {
  local name=$1 cleanup=$2; shift 2
  work_dir "$name"
  need_tools "$@"
  build_jar
  trap "$cleanup" EXIT
  pg_own
}

pg_start() {
  su postgres -c "$PG_BIN/pg_ctl -D '$1' -o '-p $BENCH_PG_PORT -k /tmp -c listen_addresses=127.0.0.1 -c fsync=on' -l '$1/server.log' -w start" >/dev/null
}

pg_stop() { su postgres -c "$PG_BIN/pg_ctl -D '$1' -m fast -w stop" >/dev/null 2>&1 || true; }

postmaster_pid() { head -1 "$1/postmaster.pid"; }

psql_do() { "$PG_BIN/psql" -X -q -h 127.0.0.1 -p "$BENCH_PG_PORT" -U postgres -d "$1" -v ON_ERROR_STOP=1 -At -c "$2"; }

db_env() { echo "PUENTE_DB_URL=jdbc:postgresql://127.0.0.1:$BENCH_PG_PORT/${1:-puente} PUENTE_DB_USER=postgres PUENTE_DB_PASSWORD=x"; }

# a signed-in browser session: prints "SESSION-cookie-value CSRF-token"; sign_in PORT USER [PASSWORD]
sign_in() {
  local port=$1 user=$2 password=${3:-$DEMO_PASSWORD} jar
  jar=$(mktemp)
  local token
  token=$(curl -s -c "$jar" -b "$jar" "http://127.0.0.1:$port/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
  curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "username=$user" --data-urlencode "password=$password" \
    --data-urlencode "_csrf=$token" "http://127.0.0.1:$port/login"
  token=$(curl -s -c "$jar" -b "$jar" "http://127.0.0.1:$port/meetings/new" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
  echo "$(awk '$6 == "SESSION" {print $7}' "$jar") $token"
  rm -f "$jar"
}

# people PORT COUNT FILE: creates COUNT secretariat accounts of the CRM (bench-001 …, through the administrators'
# form, signed in as admin) and signs each in once, four at a time; FILE gets one "session csrf" line per person
people() {
  local port=$1 count=$2 file=$3 admin admin_csrf pids=()
  read -r admin admin_csrf < <(sign_in "$port" admin)
  : > "$file"
  for i in $(seq -w 1 "$count"); do
    (
      local user="bench-$i" code
      code=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: SESSION=$admin" \
        --data-urlencode "username=$user" --data-urlencode "email=$user@bench.invalid" \
        --data-urlencode "displayName=Bench $i" --data-urlencode "role=SECRETARIAT" --data-urlencode "processCode=CRM" \
        --data-urlencode "language=es" --data-urlencode "password=$DEMO_PASSWORD" --data-urlencode "enabled=true" \
        --data-urlencode "_csrf=$admin_csrf" "http://127.0.0.1:$port/admin/accounts")
      [ "$code" = 302 ] || say "account $user: HTTP $code"
      sign_in "$port" "$user" >> "$file"
    ) &
    pids+=($!)
    # only these: a bare wait would also wait for the node started in the background
    if (( ${#pids[@]} == 4 )); then wait "${pids[@]}"; pids=(); fi
  done
  if (( ${#pids[@]} > 0 )); then wait "${pids[@]}"; fi
}

stop_started() {
  for pid in "${STARTED_PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${STARTED_PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  if [ -n "${STARTED_PG:-}" ]; then pg_stop "$STARTED_PG"; fi
}

# nginx_start DIR HTTP-LINES: nginx in the foreground of a background job, one worker, its pid, logs and temporary
# files in DIR, with HTTP-LINES (upstreams, servers) in its http block; nginx_stop DIR stops it
nginx_start() {
  local dir=$1
  cat > "$dir/nginx.conf" <<CONF
daemon off;
user root;
worker_processes 1;
pid $dir/nginx.pid;
error_log $dir/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  include /etc/nginx/mime.types;
  client_body_temp_path $dir/nginx-body;
  proxy_temp_path $dir/nginx-proxy;
$2
}
CONF
  nginx -c "$dir/nginx.conf" -e "$dir/nginx-error.log" &
  sleep 1
}

nginx_stop() { if [ -f "$1/nginx.pid" ]; then kill "$(cat "$1/nginx.pid")" 2>/dev/null || true; fi; }
