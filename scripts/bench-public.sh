#!/usr/bin/env bash
# Load benchmark of Jalons' public pages.
#
# Builds the packaged jar, starts it against a scratch PostgreSQL database (Flyway creates the
# schema and loads the reference data), then measures with wrk, on 127.0.0.1 only:
#   - the home page                 /
#   - an objective's page           /objectifs/7-3
#   - the filtered objective list   /objectifs?axe=2&statut=a-surveiller&tri=echeance
#   - the open-data API             /api/v1/objectives, /api/v1/objectives/7-3
#   - the open-data CSV             /opendata/objectives.csv
#   - a static asset whose size is the closest to the home page's (uncompressed), as a baseline
#     of what the server does without any application work.
# Every request sends "Accept-Encoding: gzip", like a browser (server.compression is configured
# for HTML, CSS, JS, JSON and SVG), so the four URLs are measured on the same footing; the
# summary shows the Content-Encoding each one really got.
#
# Needs: a JDK 17, curl, wrk (Debian/Ubuntu: apt-get install -y wrk), and a PostgreSQL server:
#   - either BENCH_DATABASE_URL (JDBC URL of an existing database, e.g.
#     jdbc:postgresql://db.example:5432/jalons_bench) with BENCH_DATABASE_USERNAME and
#     BENCH_DATABASE_PASSWORD; that database is used as is and never dropped;
#   - or a local server on 127.0.0.1:5432 (PostgreSQL client tools needed) where the `postgres`
#     superuser can connect: the script creates a fresh database `jalons_bench` (dropping any
#     previous one) and drops it on exit. As root it runs `runuser -u postgres -- psql`, otherwise
#     `psql -U postgres -h 127.0.0.1` (set PGPASSWORD if that user needs a password; the app then
#     connects with the same password).
#
# Outputs: the table on stdout, and in target/bench/: app.log (the application's log),
# wrk-<name>.txt (raw wrk outputs, warm-ups included) and summary.txt (the printed table).
#
# The load generator runs on the same machine as the application (and its database): on a small
# machine they compete for the CPU, so compare numbers taken on the same machine only.
set -euo pipefail

usage() {
  cat <<'EOF'
Usage: scripts/bench-public.sh [options]

Load benchmark of Jalons' public pages with wrk (home, an objective page, a filtered list, the
open-data API and CSV, and a static asset of about the home page's size as a baseline).

Options:
  --no-build           use the existing target/jalons-*.jar instead of running ./mvnw package
  --port N             local port of the application (default 18080; must be free)
  --duration SECONDS   duration of each measured wrk run (default 15)
  --warmup SECONDS     duration of the warm-up wrk run before each measured one (default 5)
  --connections N      wrk connections (default 32)
  --threads N          wrk threads (default 2)
  -h, --help           print this help

Database (one of):
  BENCH_DATABASE_URL, BENCH_DATABASE_USERNAME, BENCH_DATABASE_PASSWORD
                       an existing PostgreSQL database (JDBC URL), used as is, never dropped
  otherwise            a local PostgreSQL on 127.0.0.1:5432: a scratch database `jalons_bench` is
                       created as the `postgres` superuser and dropped on exit

Requires: JDK 17, curl, wrk (apt-get install -y wrk), PostgreSQL client tools (pg_isready, psql)
for the local database. Results: stdout and target/bench/.
EOF
}

# ---------------------------------------------------------------------------------------------
# Options
# ---------------------------------------------------------------------------------------------
BUILD=1
PORT=18080
DURATION=15
WARMUP=5
CONNECTIONS=32
THREADS=2

die() { printf 'bench: error: %s\n' "$*" >&2; exit 1; }
log() { printf '[bench] %s\n' "$*" >&2; }

need_value() { [ "$#" -ge 2 ] && [ -n "$2" ] || die "option $1 needs a value (see --help)"; }
positive_int() { [[ "$2" =~ ^[1-9][0-9]*$ ]] || die "$1 must be a positive integer, got '$2'"; }

while [ "$#" -gt 0 ]; do
  case "$1" in
    --no-build) BUILD=0; shift ;;
    --port) need_value "$@"; PORT=$2; shift 2 ;;
    --port=*) PORT=${1#*=}; shift ;;
    --duration) need_value "$@"; DURATION=$2; shift 2 ;;
    --duration=*) DURATION=${1#*=}; shift ;;
    --warmup) need_value "$@"; WARMUP=$2; shift 2 ;;
    --warmup=*) WARMUP=${1#*=}; shift ;;
    --connections) need_value "$@"; CONNECTIONS=$2; shift 2 ;;
    --connections=*) CONNECTIONS=${1#*=}; shift ;;
    --threads) need_value "$@"; THREADS=$2; shift 2 ;;
    --threads=*) THREADS=${1#*=}; shift ;;
    -h|--help) usage; exit 0 ;;
    *) usage >&2; die "unknown argument: $1" ;;
  esac
done
positive_int --port "$PORT"
positive_int --duration "$DURATION"
positive_int --warmup "$WARMUP"
positive_int --connections "$CONNECTIONS"
positive_int --threads "$THREADS"
[ "$PORT" -le 65535 ] || die "--port must be at most 65535"
[ "$CONNECTIONS" -ge "$THREADS" ] || die "--connections ($CONNECTIONS) must be at least --threads ($THREADS)"

cd "$(dirname "$0")/.."
PROJECT_DIR=$(pwd)
OUT_DIR="$PROJECT_DIR/target/bench"
BASE_URL="http://127.0.0.1:$PORT"
GZIP_HEADER='Accept-Encoding: gzip'

# ---------------------------------------------------------------------------------------------
# Prerequisites (checked before the build, to fail fast)
# ---------------------------------------------------------------------------------------------
if ! command -v wrk >/dev/null 2>&1; then
  cat >&2 <<'EOF'
bench: error: wrk is not installed. It is the HTTP load generator this benchmark uses.
  Debian/Ubuntu:  sudo apt-get install -y wrk     (as root: apt-get install -y wrk)
  Fedora:         sudo dnf install -y wrk
  Other systems:  build it from https://github.com/wg/wrk
EOF
  exit 1
fi
command -v curl >/dev/null 2>&1 || die "curl is not installed (Debian/Ubuntu: apt-get install -y curl)"
command -v java >/dev/null 2>&1 || die "java is not on the PATH: a JDK 17 is needed"

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
port_in_use "$PORT" && die "port $PORT is already in use on 127.0.0.1: choose another one with --port N"

# ---------------------------------------------------------------------------------------------
# Cleanup: always stop the application and drop the scratch database we created
# ---------------------------------------------------------------------------------------------
APP_PID=
CREATED_DB=
cleanup() {
  local status=$?
  trap - EXIT INT TERM
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
    log "stopping the application (pid $APP_PID)"
    kill "$APP_PID" 2>/dev/null || true
    for _ in $(seq 1 30); do
      kill -0 "$APP_PID" 2>/dev/null || break
      sleep 0.5
    done
    if kill -0 "$APP_PID" 2>/dev/null; then
      log "the application did not stop within 15 s: killing it"
      kill -9 "$APP_PID" 2>/dev/null || true
    fi
    wait "$APP_PID" 2>/dev/null || true
  fi
  if [ -n "$CREATED_DB" ]; then
    log "dropping the scratch database $CREATED_DB"
    local_psql -c "drop database if exists ${CREATED_DB} with (force)" >/dev/null 2>&1 \
      || log "warning: could not drop the database $CREATED_DB"
  fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# psql as the local `postgres` superuser (peer authentication when root, TCP otherwise)
local_psql() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- psql -X -q -w -v ON_ERROR_STOP=1 -d postgres "$@"
  else
    psql -X -q -w -v ON_ERROR_STOP=1 -U postgres -h 127.0.0.1 -p 5432 -d postgres "$@"
  fi
}

# ---------------------------------------------------------------------------------------------
# Database (before the build, to fail fast)
# ---------------------------------------------------------------------------------------------
if [ -n "${BENCH_DATABASE_URL:-}" ]; then
  DB_URL=$BENCH_DATABASE_URL
  DB_USER=${BENCH_DATABASE_USERNAME:-}
  DB_PASSWORD=${BENCH_DATABASE_PASSWORD:-}
  log "database: $DB_URL (from BENCH_DATABASE_URL, used as is)"
elif command -v pg_isready >/dev/null 2>&1 && pg_isready -q -h 127.0.0.1 -p 5432; then
  command -v psql >/dev/null 2>&1 || die "psql is not installed (PostgreSQL client tools)"
  if [ "$(id -u)" -eq 0 ]; then
    id -u postgres >/dev/null 2>&1 || die "running as root but there is no 'postgres' system user; set BENCH_DATABASE_URL instead"
  fi
  DB_NAME=jalons_bench
  log "database: fresh $DB_NAME on the local PostgreSQL (127.0.0.1:5432)"
  local_psql -c "set client_min_messages = warning" \
             -c "drop database if exists ${DB_NAME} with (force)" \
             -c "create database ${DB_NAME} encoding 'UTF8' template template0" \
    || die "could not create the database $DB_NAME as the 'postgres' superuser on 127.0.0.1:5432
  (if that user needs a password, export PGPASSWORD; or set BENCH_DATABASE_URL to a database of your own)"
  CREATED_DB=$DB_NAME
  DB_URL="jdbc:postgresql://127.0.0.1:5432/${DB_NAME}"
  DB_USER=postgres
  DB_PASSWORD=${PGPASSWORD:-}
else
  cat >&2 <<'EOF'
bench: error: no PostgreSQL database to benchmark against. Either:
  1. point the benchmark at a scratch database you own (Flyway fills it on startup):
       export BENCH_DATABASE_URL=jdbc:postgresql://HOST:5432/DBNAME
       export BENCH_DATABASE_USERNAME=USER BENCH_DATABASE_PASSWORD=PASSWORD
  2. or run a local PostgreSQL server on 127.0.0.1:5432 (checked with pg_isready, from the
     PostgreSQL client tools) where the 'postgres' superuser can connect; the script then creates
     and drops a database 'jalons_bench' itself. On Debian/Ubuntu:
       apt-get install -y postgresql && pg_ctlcluster <version> main start
EOF
  exit 1
fi

# ---------------------------------------------------------------------------------------------
# Build
# ---------------------------------------------------------------------------------------------
if [ "$BUILD" -eq 1 ]; then
  log "building the jar (./mvnw -q -B -DskipTests package)"
  ./mvnw -q -B -DskipTests package
fi
JAR=$(ls -t target/jalons-*.jar 2>/dev/null | grep -v '\.original$' | head -n 1 || true)
[ -n "$JAR" ] && [ -f "$JAR" ] || die "no target/jalons-*.jar found: run without --no-build"
log "jar: $JAR"
mkdir -p "$OUT_DIR"

# ---------------------------------------------------------------------------------------------
# Start the application
# ---------------------------------------------------------------------------------------------
APP_LOG="$OUT_DIR/app.log"
log "starting the application on $BASE_URL (log: ${APP_LOG#"$PROJECT_DIR"/})"
SPRING_DATASOURCE_URL=$DB_URL SPRING_DATASOURCE_USERNAME=$DB_USER SPRING_DATASOURCE_PASSWORD=$DB_PASSWORD \
  java -Xmx512m -jar "$JAR" --server.port="$PORT" --server.address=127.0.0.1 >"$APP_LOG" 2>&1 &
APP_PID=$!

http_status() { curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$1" 2>/dev/null || true; }

STARTUP_TIMEOUT=${BENCH_STARTUP_TIMEOUT:-240}
deadline=$((SECONDS + STARTUP_TIMEOUT))
until [ "$(http_status "$BASE_URL/api/v1/axes")" = 200 ]; do
  if ! kill -0 "$APP_PID" 2>/dev/null; then
    tail -n 40 "$APP_LOG" >&2 || true
    die "the application exited during startup (full log: $APP_LOG)"
  fi
  if [ "$SECONDS" -ge "$deadline" ]; then
    tail -n 40 "$APP_LOG" >&2 || true
    die "the application did not answer 200 on /api/v1/axes within ${STARTUP_TIMEOUT} s (BENCH_STARTUP_TIMEOUT) (full log: $APP_LOG)"
  fi
  sleep 1
done
log "application ready"

# ---------------------------------------------------------------------------------------------
# URLs, and the static asset of about the home page's size
# ---------------------------------------------------------------------------------------------
# the home page's size as the browser sees it once decompressed (no Accept-Encoding: plain body)
home_plain_bytes=$(curl -sf --max-time 10 -o /dev/null -w '%{size_download}' "$BASE_URL/") \
  || die "GET / failed"
[ "$home_plain_bytes" -gt 0 ] || die "GET / returned an empty body"

# the closest file by size under static/, among the usual asset types (any file if none)
STATIC_ROOT=src/main/resources/static
pick_static() {
  local pattern=$1
  find "$STATIC_ROOT" -type f -regextype posix-extended -regex "$pattern" -printf '%s %P\n' \
    | awk -v target="$home_plain_bytes" '
        { d = $1 - target; if (d < 0) d = -d
          if (best == "" || d < bestd) { best = $0; bestd = d } }
        END { if (best != "") print best }'
}
picked=$(pick_static '.*\.(css|js|svg|png|woff2)')
[ -n "$picked" ] || picked=$(pick_static '.*')
[ -n "$picked" ] || die "no file under $STATIC_ROOT"
static_bytes=${picked%% *}
static_path=${picked#* }
STATIC_URL="/$static_path"

NAMES=(home objective list api-list api-one csv static)
declare -A URLS=(
  [home]="/"
  [objective]="/objectifs/7-3"
  [list]="/objectifs?axe=2&statut=a-surveiller&tri=echeance"
  [api-list]="/api/v1/objectives"
  [api-one]="/api/v1/objectives/7-3"
  [csv]="/opendata/objectives.csv"
  [static]="$STATIC_URL"
)

printf '\nStatic asset: %s (%s bytes on disk) — home page: %s bytes uncompressed\n' \
  "$STATIC_ROOT/$static_path" "$static_bytes" "$home_plain_bytes"

# Check every URL once, as wrk will request it: 200, non-empty body; note the response's size
# (headers + body as sent) to check later that wrk's responses were the same.
declare -A WIRE_BYTES RESPONSE_BYTES PLAIN_BYTES ENCODING CONTENT_TYPE
for name in "${NAMES[@]}"; do
  url="$BASE_URL${URLS[$name]}"
  headers_file="$OUT_DIR/headers-$name.txt"
  result=$(curl -s --max-time 10 -H "$GZIP_HEADER" -D "$headers_file" -o /dev/null \
    -w '%{http_code} %{size_download} %{size_header}' "$url") || die "GET ${URLS[$name]} failed"
  read -r code body_bytes header_bytes <<<"$result"
  [ "$code" = 200 ] || die "GET ${URLS[$name]} answered $code, not 200 (see $APP_LOG)"
  WIRE_BYTES[$name]=$body_bytes
  RESPONSE_BYTES[$name]=$((body_bytes + header_bytes))
  PLAIN_BYTES[$name]=$(curl -s --max-time 10 --compressed -o /dev/null -w '%{size_download}' "$url")
  [ "${PLAIN_BYTES[$name]}" -gt 0 ] || die "GET ${URLS[$name]} returned an empty body"
  ENCODING[$name]=$(tr -d '\r' <"$headers_file" | awk -F': *' 'tolower($1) == "content-encoding" { print $2 }')
  ENCODING[$name]=${ENCODING[$name]:-identity}
  CONTENT_TYPE[$name]=$(tr -d '\r' <"$headers_file" | awk -F': *' 'tolower($1) == "content-type" { sub(/;.*/, "", $2); print $2 }')
done

# ---------------------------------------------------------------------------------------------
# Load
# ---------------------------------------------------------------------------------------------
run_wrk() { # name, duration -> raw output on stdout
  wrk --latency -t "$THREADS" -c "$CONNECTIONS" -d "${2}s" -H "$GZIP_HEADER" "$BASE_URL${URLS[$1]}"
}

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)
log "wrk: $THREADS threads, $CONNECTIONS connections, ${WARMUP}s warm-up + ${DURATION}s per URL"
for name in "${NAMES[@]}"; do
  raw="$OUT_DIR/wrk-$name.txt"
  log "warming up $name (${URLS[$name]})"
  run_wrk "$name" "$WARMUP" >"$OUT_DIR/wrk-$name-warmup.txt"
  log "measuring $name"
  run_wrk "$name" "$DURATION" >"$raw"
done

# ---------------------------------------------------------------------------------------------
# Results
# ---------------------------------------------------------------------------------------------
# wrk prints latencies like "812.00us", "1.23ms", "2.01s" and sizes like "1.23MB" (powers of 1024)
to_ms() {
  awk -v v="$1" 'BEGIN {
    n = v + 0; u = v; sub(/^[0-9.]+/, "", u)
    if (u == "us") n /= 1000; else if (u == "s") n *= 1000; else if (u == "m") n *= 60000
    printf "%.2f", n }'
}
to_bytes() {
  awk -v v="$1" 'BEGIN {
    n = v + 0; u = v; sub(/^[0-9.]+/, "", u)
    if (u == "KB") n *= 1024; else if (u == "MB") n *= 1048576; else if (u == "GB") n *= 1073741824
    printf "%.0f", n }'
}
wrk_field() { # file, awk program -> value
  awk "$2" "$1"
}

declare -A RPS P50 P90 P99 NON2XX REQUESTS SOCKET_ERRORS AVG_BYTES
for name in "${NAMES[@]}"; do
  raw="$OUT_DIR/wrk-$name.txt"
  RPS[$name]=$(wrk_field "$raw" '/^Requests\/sec:/ { print $2 }')
  P50[$name]=$(to_ms "$(wrk_field "$raw" '/^ +50% / { print $2 }')")
  P90[$name]=$(to_ms "$(wrk_field "$raw" '/^ +90% / { print $2 }')")
  P99[$name]=$(to_ms "$(wrk_field "$raw" '/^ +99% / { print $2 }')")
  NON2XX[$name]=$(wrk_field "$raw" '/Non-2xx or 3xx responses:/ { n = $NF } END { print n + 0 }')
  REQUESTS[$name]=$(wrk_field "$raw" '/ requests in / { print $1 }')
  SOCKET_ERRORS[$name]=$(wrk_field "$raw" '/Socket errors:/ { gsub(/,/, ""); print "connect " $4 ", read " $6 ", write " $8 ", timeout " $10 }')
  read_bytes=$(to_bytes "$(wrk_field "$raw" '/ requests in / { print $(NF-1) }')")
  AVG_BYTES[$name]=$(awk -v b="$read_bytes" -v r="${REQUESTS[$name]:-0}" 'BEGIN { if (r > 0) printf "%.0f", b / r; else print 0 }')
  [ -n "${RPS[$name]}" ] || die "could not parse wrk's output in $raw"
done

cpu_model=$(awk -F': *' '/^model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null || true)
ratio=$(awk -v h="${RPS[home]}" -v s="${RPS[static]}" 'BEGIN { if (s > 0) printf "%.1f", 100 * h / s; else print "n/a" }')

{
  printf '\nJalons public pages — wrk %s threads, %s connections, %ss per URL (after %ss warm-up), Accept-Encoding: gzip\n\n' \
    "$THREADS" "$CONNECTIONS" "$DURATION" "$WARMUP"
  fmt='%-10s %-52s %10s %9s %9s %9s %9s\n'
  printf "$fmt" name URL 'req/s' 'p50 ms' 'p90 ms' 'p99 ms' 'non-2xx'
  printf "$fmt" ---------- ---------------------------------------------------- ---------- --------- --------- --------- ---------
  for name in "${NAMES[@]}"; do
    printf "$fmt" "$name" "${URLS[$name]}" "${RPS[$name]}" "${P50[$name]}" "${P90[$name]}" "${P99[$name]}" "${NON2XX[$name]}"
  done
  printf '\nhome req/s / static req/s = %s %%\n' "$ratio"
  for name in api-list api-one csv; do
    printf '%s req/s / home req/s = %s %%\n' "$name" \
      "$(awk -v a="${RPS[$name]}" -v h="${RPS[home]}" 'BEGIN { if (h > 0) printf "%.1f", 100 * a / h; else print "n/a" }')"
  done
  printf '\nResponses: body as sent and uncompressed (one curl each, before the load), and wrk'"'"'s requests,\n'
  printf 'average bytes read per response (headers included; curl'"'"'s response with headers in brackets), socket errors:\n'
  for name in "${NAMES[@]}"; do
    printf '  %-10s %-16s %-8s %7s B sent, %7s B plain | wrk: %6s req, %6s B/resp [%s], socket errors: %s\n' \
      "$name" "${CONTENT_TYPE[$name]}" "${ENCODING[$name]}" "${WIRE_BYTES[$name]}" "${PLAIN_BYTES[$name]}" \
      "${REQUESTS[$name]}" "${AVG_BYTES[$name]}" "${RESPONSE_BYTES[$name]}" "${SOCKET_ERRORS[$name]:-none}"
  done
  printf '\nMachine: %s CPUs, %s (load average before the runs: %s; wrk and the app share them)\n' \
    "$(nproc)" "${cpu_model:-unknown CPU}" "$LOAD_BEFORE"
  printf 'Date: %s\n' "$(date -u '+%Y-%m-%d %H:%M:%S UTC')"
  printf 'Static asset: %s (%s bytes), home page %s bytes uncompressed\n' \
    "$STATIC_ROOT/$static_path" "$static_bytes" "$home_plain_bytes"
  printf 'Raw wrk outputs and the application log: %s/\n' "${OUT_DIR#"$PROJECT_DIR"/}"
} | tee "$OUT_DIR/summary.txt"

# Sanity checks: failed requests, responses that were not the page, text sent uncompressed.
for name in "${NAMES[@]}"; do
  if [ "${NON2XX[$name]}" != 0 ]; then
    log "warning: $name got ${NON2XX[$name]} non-2xx/3xx responses out of ${REQUESTS[$name]} (see $APP_LOG)"
  fi
  if [ -n "${SOCKET_ERRORS[$name]:-}" ]; then
    log "warning: $name had socket errors (timeout = no response within wrk's 2 s): ${SOCKET_ERRORS[$name]}"
  fi
  if ! awk -v a="${AVG_BYTES[$name]}" -v e="${RESPONSE_BYTES[$name]}" 'BEGIN { d = a - e; if (d < 0) d = -d; exit !(d <= 0.1 * e) }'; then
    log "warning: $name: wrk read ${AVG_BYTES[$name]} bytes per response on average, curl ${RESPONSE_BYTES[$name]}: not every response was the page"
  fi
  case "${CONTENT_TYPE[$name]}" in
    text/*|application/javascript|application/json|image/svg+xml)
      if [ "${ENCODING[$name]}" = identity ] && [ "${PLAIN_BYTES[$name]}" -ge 2048 ]; then
        log "note: $name (${CONTENT_TYPE[$name]}, ${PLAIN_BYTES[$name]} bytes) was sent uncompressed although the request accepts gzip"
      fi ;;
  esac
done
