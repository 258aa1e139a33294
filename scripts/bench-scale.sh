#!/usr/bin/env bash
# The public side on the seeded data and on N times the ministry's data, in one run.
#
#   scripts/bench-scale.sh [--no-build] [--duration S] [--warmup S] [--connections N] [--factor N] ...
#
# Starts the packaged jar on a seeded database (what Flyway loads: the 2023-2027 roadmap), measures,
# stops it, then does the same on a database loaded with scripts/scale-data.sh N (100 by default;
# generated when missing), and prints per URL: req/s on each, the ratio scaled/seeded, p50 and p99,
# and the bytes of each answer (plain and gzipped). URLs: the home page, the objective list, an
# objective's page, an organisation's page, the API's objective list, the full CSV and a filtered
# CSV. Also, on each: the first call of every URL after the start (cold), the second call of the full
# CSV (curl, ms), and a check that the filtered CSV holds exactly the objectives the public list
# counts with the same filter. Then the bars it is held to (see docs/performance.md).
#
# Every request sends "Accept-Encoding: gzip", as a browser does; wrk waits up to 30 s for an answer
# (its default, 2 s, would drop the slowest answers from the percentiles).
#
# Bilans: at its start the application writes the PDF of every published semester that has none, in
# the background, and each one written clears the public caches. The generator's 20 semesters of
# 2,000 objectives have none, and each PDF takes minutes of one core: measured meanwhile, the pages
# would share the machine with it and go cold at random. By default (--bilans aside) the editions
# still PENDING are marked FAILED before the start, with the reason "set aside by bench-scale.sh"
# (an administrator's "retry" queues them again); --bilans wait waits for them (--bilan-wait bounds
# it); --bilans ignore measures while they are written. The summary says which.
#
# Databases: on the local PostgreSQL (127.0.0.1:5432) as the `postgres` superuser (as root through
# `runuser -u postgres`, otherwise `psql -U postgres -h 127.0.0.1`, PGPASSWORD if needed). They are
# created when missing and never dropped; the scaled one is loaded when it holds no synthetic data.
# scripts/bench-publication.sh changes the scaled database (6,500 objectives, one more semester):
# recreate it afterwards to compare with an earlier run.
#
# Outputs: stdout, and target/bench/scale/: summary.txt, results.tsv (one row per data set and URL),
# wrk-<set>-<name>.txt (raw wrk outputs, warm-ups apart), app-<set>.log, cold-<set>.tsv.
set -euo pipefail

usage() {
  cat <<'EOF'
Usage: scripts/bench-scale.sh [options]

Options:
  --no-build            use the existing target/jalons-*.jar instead of running ./mvnw package
  --jar PATH            run this jar (implies --no-build), e.g. a copy of an earlier build
  --port N              local port of the application (default 18180; N+1 for its management port)
  --duration SECONDS    each measured wrk run (default 10)
  --warmup SECONDS      the wrk warm-up before each measured run (default 5)
  --connections N       wrk connections (default 16)
  --threads N           wrk threads (default 2)
  --factor N            size of the scaled data, for scripts/scale-data.sh (default 100)
  --seeded-db NAME      seeded database (default jalons_bench2)
  --scaled-db NAME      scaled database (default jalons_bench100)
  --filter QUERY        the filter of the filtered CSV (default statut=a-surveiller)
  --bilans MODE         aside (default), wait or ignore: the bilans still to write (see the header)
  --bilan-wait SECONDS  with --bilans wait, how long to wait for them (default 1800)
  --only seeded|scaled  one data set only
  -h, --help            this help
EOF
}

JAR= BUILD=1 PORT=18180 DURATION=10 WARMUP=5 CONNECTIONS=16 THREADS=2 FACTOR=100
SEEDED_DB=jalons_bench2 SCALED_DB=jalons_bench100 FILTER='statut=a-surveiller' BILAN_WAIT=1800 BILANS=aside ONLY=

die() { printf 'bench-scale: error: %s\n' "$*" >&2; exit 1; }
log() { printf '[bench-scale %s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
need() { [ "$#" -ge 2 ] && [ -n "$2" ] || die "option $1 needs a value (see --help)"; }
positive() { [[ "$2" =~ ^[1-9][0-9]*$ ]] || die "$1 must be a positive integer, got '$2'"; }
dbname() { [[ "$2" =~ ^[a-z_][a-z0-9_]*$ ]] || die "$1 must be a plain database name, got '$2'"; }

while [ "$#" -gt 0 ]; do
  case "$1" in
    --no-build) BUILD=0; shift ;;
    --jar) need "$@"; JAR=$2; BUILD=0; shift 2 ;;
    --port) need "$@"; PORT=$2; shift 2 ;;
    --duration) need "$@"; DURATION=$2; shift 2 ;;
    --warmup) need "$@"; WARMUP=$2; shift 2 ;;
    --connections) need "$@"; CONNECTIONS=$2; shift 2 ;;
    --threads) need "$@"; THREADS=$2; shift 2 ;;
    --factor) need "$@"; FACTOR=$2; shift 2 ;;
    --seeded-db) need "$@"; SEEDED_DB=$2; shift 2 ;;
    --scaled-db) need "$@"; SCALED_DB=$2; shift 2 ;;
    --filter) need "$@"; FILTER=$2; shift 2 ;;
    --bilan-wait) need "$@"; BILAN_WAIT=$2; shift 2 ;;
    --bilans) need "$@"; BILANS=$2; shift 2 ;;
    --only) need "$@"; ONLY=$2; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    *) usage >&2; die "unknown argument: $1" ;;
  esac
done
for option in PORT DURATION WARMUP CONNECTIONS THREADS FACTOR BILAN_WAIT; do
  positive "--$(tr '[:upper:]_' '[:lower:]-' <<<"$option")" "${!option}"
done
dbname --seeded-db "$SEEDED_DB"
dbname --scaled-db "$SCALED_DB"
[ "$SEEDED_DB" != "$SCALED_DB" ] || die "--seeded-db and --scaled-db must differ"
case "$ONLY" in ''|seeded|scaled) ;; *) die "--only takes seeded or scaled" ;; esac
case "$BILANS" in aside|wait|ignore) ;; *) die "--bilans takes aside, wait or ignore" ;; esac
[ "$CONNECTIONS" -ge "$THREADS" ] || die "--connections must be at least --threads"
[[ "$FILTER" =~ ^[a-z]+=[A-Za-z0-9-]+(\&[a-z]+=[A-Za-z0-9-]+)*$ ]] || die "--filter must look like statut=a-surveiller&axe=2"

for tool in wrk curl psql java python3; do
  command -v "$tool" >/dev/null 2>&1 || die "$tool is not installed (Debian: apt-get install -y wrk curl postgresql-client python3; a JDK 17)"
done

cd "$(dirname "$0")/.."
PROJECT_DIR=$(pwd)
OUT="$PROJECT_DIR/target/bench/scale"
BASE="http://127.0.0.1:$PORT"
GZIP='Accept-Encoding: gzip'

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
port_in_use "$PORT" && die "port $PORT is in use: choose another one with --port"

su_psql() { # as the postgres superuser, on database $1
  local db=$1; shift
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- psql -X -q -w -v ON_ERROR_STOP=1 -d "$db" "$@"
  else
    psql -X -q -w -v ON_ERROR_STOP=1 -U postgres -h 127.0.0.1 -p 5432 -d "$db" "$@"
  fi
}
db_value() { su_psql "$1" -At -c "$2"; }
ensure_db() {
  if [ "$(db_value postgres "select count(*) from pg_database where datname = '$1'")" = 0 ]; then
    log "creating the database $1"
    su_psql postgres -c "create database $1 encoding 'UTF8' template template0"
  fi
}

APP_PID=
stop_app() {
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.5; done
    kill -0 "$APP_PID" 2>/dev/null && kill -9 "$APP_PID" 2>/dev/null
    wait "$APP_PID" 2>/dev/null || true
  fi
  APP_PID=
  # the next start needs the port: wait until nothing listens on it any more
  for _ in $(seq 1 60); do port_in_use "$PORT" || break; sleep 1; done
}
trap 'stop_app' EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

start_app() { # database, log file
  port_in_use "$PORT" && die "port $PORT is in use: another process answers there (see ss -ltnp)"
  log "starting the application on $1 (log: ${2#"$PROJECT_DIR"/})"
  SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:5432/$1" SPRING_DATASOURCE_USERNAME=postgres \
    SPRING_DATASOURCE_PASSWORD=${PGPASSWORD:-} MANAGEMENT_SERVER_PORT=$((PORT + 1)) \
    java -Xmx1g -jar "$JAR" --server.port="$PORT" --server.address=127.0.0.1 >"$2" 2>&1 &
  APP_PID=$!
  local deadline=$((SECONDS + ${BENCH_STARTUP_TIMEOUT:-900})) started=$SECONDS
  until [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$BASE/api/v1/axes" || true)" = 200 ]; do
    kill -0 "$APP_PID" 2>/dev/null || { tail -n 30 "$2" >&2; die "the application stopped during its start ($2)"; }
    [ "$SECONDS" -lt "$deadline" ] || die "no answer within ${BENCH_STARTUP_TIMEOUT:-900} s (BENCH_STARTUP_TIMEOUT)"
    sleep 1
  done
  log "ready after $((SECONDS - started)) s"
}

set_bilans_aside() { # database
  local count
  if [ "$(db_value "$1" "select to_regclass('public.bilan_edition') is not null")" != t ]; then
    BILANS_NOTE="0 pending bilan editions set aside (FAILED) before the start (database not migrated yet)"
    return
  fi
  count=$(db_value "$1" "with aside as (update bilan_edition set state = 'FAILED', failure = 'set aside by bench-scale.sh'
      where state = 'PENDING' returning 1) select count(*) from aside")
  BILANS_NOTE="$count pending bilan editions set aside (FAILED) before the start"
  log "$BILANS_NOTE"
}

wait_for_bilans() { # database
  if [ "$BILANS" = ignore ]; then
    BILANS_NOTE="bilans left to the background: $(db_value "$1" "select count(*) from bilan_edition where state = 'PENDING'") pending at the start of the measure"
    return
  fi
  local deadline=$((SECONDS + BILAN_WAIT)) started=$SECONDS pending
  while :; do
    pending=$(db_value "$1" "select count(*) from bilan_edition where state = 'PENDING'")
    [ "$pending" = 0 ] && break
    if [ "$SECONDS" -ge "$deadline" ]; then
      log "warning: $pending bilan editions still pending after ${BILAN_WAIT} s: measuring anyway (caches cleared whenever one is written)"
      BILANS_NOTE="$pending bilans still being written during the measure"
      return
    fi
    [ $(( (SECONDS - started) % 60 )) -lt 5 ] && log "waiting for $pending bilan editions being written in the background"
    sleep 5
  done
  BILANS_NOTE="bilans written (waited $((SECONDS - started)) s)"
  log "$BILANS_NOTE"
}

# ---------------------------------------------------------------------------------------------
# Build, databases
# ---------------------------------------------------------------------------------------------
if [ "$BUILD" -eq 1 ]; then
  log "building the jar (./mvnw -q -B -DskipTests package)"
  ./mvnw -q -B -DskipTests package
fi
[ -n "$JAR" ] || JAR=$(ls -t target/jalons-*.jar 2>/dev/null | grep -v '\.original$' | head -n 1 || true)
[ -n "$JAR" ] || die "no target/jalons-*.jar: run without --no-build"
mkdir -p "$OUT"

SETS=()
[ "$ONLY" != scaled ] && SETS+=(seeded)
[ "$ONLY" != seeded ] && SETS+=(scaled)
declare -A DB=([seeded]=$SEEDED_DB [scaled]=$SCALED_DB)
declare -A LABEL=([seeded]=seeded [scaled]="${FACTOR}x")

for set in "${SETS[@]}"; do ensure_db "${DB[$set]}"; done
if [[ " ${SETS[*]} " == *" scaled "* ]]; then
  if [ "$(db_value "$SCALED_DB" "select to_regclass('public.roadmap') is not null")" != t ]; then
    start_app "$SCALED_DB" "$OUT/app-migrate.log"   # Flyway creates the schema
    stop_app
  fi
  if [ "$(db_value "$SCALED_DB" "select count(*) from roadmap where code like 'SYNTH-%'")" = 0 ]; then
    log "loading ${FACTOR}x synthetic data into $SCALED_DB (scripts/scale-data.sh)"
    SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:5432/$SCALED_DB" SPRING_DATASOURCE_USERNAME=postgres \
      SPRING_DATASOURCE_PASSWORD=${PGPASSWORD:-} scripts/scale-data.sh "$FACTOR" | tee "$OUT/scale-data.txt" >&2
  fi
fi

# ---------------------------------------------------------------------------------------------
# Measures
# ---------------------------------------------------------------------------------------------
NAMES=(home list objective organisation api csv csv-filtered)
declare -A URL RPS P50 P99 PLAIN SENT COLD ERRORS ORG_OF CSV_SECOND FILTER_CHECK LOAD NOTE
to_ms() {
  awk -v v="$1" 'BEGIN { n = v + 0; u = v; sub(/^[0-9.]+/, "", u)
    if (u == "us") n /= 1000; else if (u == "s") n *= 1000; else if (u == "m") n *= 60000
    printf "%.1f", n }'
}

measure_set() {
  local set=$1 db=${DB[$1]} name url raw org
  [ "$BILANS" = aside ] && set_bilans_aside "$db"
  start_app "$db" "$OUT/app-$set.log"
  if [ "$BILANS" = aside ]; then
    # a first start records the editions of semesters that had none, as PENDING, and begins one:
    # those are set aside too, and the application restarted so that nothing is being written
    sleep 5
    local at_start=$BILANS_NOTE
    set_bilans_aside "$db"
    if [ "${BILANS_NOTE%% *}" != 0 ]; then
      stop_app
      start_app "$db" "$OUT/app-$set.log"
    fi
    BILANS_NOTE="$at_start; ${BILANS_NOTE%% before the start} after it"
  else
    wait_for_bilans "$db"
  fi
  NOTE[$set]=$BILANS_NOTE
  # the organisation with the most objectives in the current roadmap: the heaviest such page
  org=$(db_value "$db" "select lower(g.acronym) from objective o join roadmap r on r.id = o.roadmap_id and r.state = 'CURRENT'
      join objective_owner w on w.objective_id = o.id join organisation g on g.id = w.organisation_id
      group by g.acronym order by count(*) desc, g.acronym limit 1")
  ORG_OF[$set]=$org
  URL[$set,home]=/
  URL[$set,list]=/objectifs
  URL[$set,objective]=/objectifs/1-1
  URL[$set,organisation]=/organisations/$org
  URL[$set,api]=/api/v1/objectives
  URL[$set,csv]=/opendata/objectives.csv
  URL[$set,csv-filtered]="/opendata/objectives.csv?$FILTER"

  # first call after the start (cold caches), then the sizes: plain, and as sent gzipped
  : >"$OUT/cold-$set.tsv"
  for name in "${NAMES[@]}"; do
    url="$BASE${URL[$set,$name]}"
    read -r code seconds < <(curl -s -o /dev/null -H "$GZIP" -w '%{http_code} %{time_total}\n' --max-time 300 "$url")
    [ "$code" = 200 ] || die "GET ${URL[$set,$name]} answered $code on $set (see $OUT/app-$set.log)"
    COLD[$set,$name]=$(awk -v s="$seconds" 'BEGIN { printf "%.0f", s * 1000 }')
    PLAIN[$set,$name]=$(curl -s -o /dev/null -w '%{size_download}' --max-time 60 "$url")
    SENT[$set,$name]=$(curl -s -o /dev/null -H "$GZIP" -w '%{size_download}' --max-time 60 "$url")
    printf '%s\t%s\t%s\n' "$name" "${URL[$set,$name]}" "${COLD[$set,$name]}" >>"$OUT/cold-$set.tsv"
  done

  # the full CSV, called twice more: the second is what a visitor gets once it is kept
  curl -s -o /dev/null --max-time 60 "$BASE/opendata/objectives.csv"
  CSV_SECOND[$set]=$(curl -s -o /dev/null -w '%{time_total}' --max-time 60 "$BASE/opendata/objectives.csv" \
    | awk '{ printf "%.1f", $1 * 1000 }')

  # the filtered CSV holds exactly the objectives the public list counts with the same filter
  local csv_rows list_count
  csv_rows=$(curl -s --max-time 60 "$BASE/opendata/objectives.csv?$FILTER" \
    | python3 -c 'import csv, sys; print(sum(1 for _ in csv.reader(sys.stdin)) - 1)')
  list_count=$(curl -s --max-time 60 "$BASE/objectifs?$FILTER" | python3 -c '
import re, sys
m = re.search(r"<h2[^>]*id=\"results\"[^>]*>([^<]*)</h2>", sys.stdin.read())
if not m: print("?"); sys.exit()
text = m.group(1).split(",")[0]
digits = re.sub(r"\D", "", text)
print(digits if digits else ("0" if text.strip().startswith("Aucun") else "?"))')
  if [ "$csv_rows" = "$list_count" ]; then
    FILTER_CHECK[$set]="ok: $csv_rows rows in the CSV, $list_count objectives in the list"
  else
    FILTER_CHECK[$set]="MISMATCH: $csv_rows rows in the CSV, $list_count objectives in the list"
  fi

  LOAD[$set]=$(cut -d' ' -f1-3 /proc/loadavg)
  for name in "${NAMES[@]}"; do
    url="$BASE${URL[$set,$name]}"
    raw="$OUT/wrk-$set-$name.txt"
    log "$set: $name (${URL[$set,$name]}): ${WARMUP} s warm-up, ${DURATION} s measured"
    wrk --latency -t "$THREADS" -c "$CONNECTIONS" -d "${WARMUP}s" --timeout 30s -H "$GZIP" "$url" >"$OUT/wrk-$set-$name-warmup.txt"
    wrk --latency -t "$THREADS" -c "$CONNECTIONS" -d "${DURATION}s" --timeout 30s -H "$GZIP" "$url" >"$raw"
    RPS[$set,$name]=$(awk '/^Requests\/sec:/ { printf "%.0f", $2 }' "$raw")
    P50[$set,$name]=$(to_ms "$(awk '/^ +50% / { print $2 }' "$raw")")
    P99[$set,$name]=$(to_ms "$(awk '/^ +99% / { print $2 }' "$raw")")
    ERRORS[$set,$name]=$(awk '/Non-2xx or 3xx/ { n += $NF } /Socket errors/ { gsub(/,/, ""); n += $4 + $6 + $8 + $10 } END { print n + 0 }' "$raw")
    [ -n "${RPS[$set,$name]}" ] || die "could not read wrk's output $raw"
  done
  LOAD[$set]="${LOAD[$set]} -> $(cut -d' ' -f1-3 /proc/loadavg)"
  stop_app
}

for set in "${SETS[@]}"; do measure_set "$set"; done

# ---------------------------------------------------------------------------------------------
# Results
# ---------------------------------------------------------------------------------------------
kb() { awk -v b="$1" 'BEGIN { printf "%.1f", b / 1024 }'; }
{
  printf 'set\tname\turl\treq_s\tp50_ms\tp99_ms\terrors\tplain_bytes\tgzip_bytes\tcold_ms\n'
  for set in "${SETS[@]}"; do
    for name in "${NAMES[@]}"; do
      printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "${LABEL[$set]}" "$name" "${URL[$set,$name]}" \
        "${RPS[$set,$name]}" "${P50[$set,$name]}" "${P99[$set,$name]}" "${ERRORS[$set,$name]}" \
        "${PLAIN[$set,$name]}" "${SENT[$set,$name]}" "${COLD[$set,$name]}"
    done
  done
} >"$OUT/results.tsv"

both=0
[ "${#SETS[@]}" -eq 2 ] && both=1
{
  printf '\nJalons, seeded and %sx data: wrk %s threads, %s connections, %s s per URL after %s s of warm-up, gzip accepted\n' \
    "$FACTOR" "$THREADS" "$CONNECTIONS" "$DURATION" "$WARMUP"
  printf 'Machine: %s CPUs; load average during each set (1, 5, 15 min, before -> after): %s\n\n' "$(nproc)" \
    "$(for set in "${SETS[@]}"; do printf '%s %s; ' "${LABEL[$set]}" "${LOAD[$set]}"; done)"
  fmt='%-13s %9s %9s %7s %16s %16s %20s %20s %14s\n'
  printf "$fmt" URL 'req/s' "req/s" ratio 'p50/p99 ms' 'p50/p99 ms' 'KB plain (gzip)' 'KB plain (gzip)' 'cold ms'
  printf "$fmt" '' seeded "${FACTOR}x" "${FACTOR}x/s" seeded "${FACTOR}x" seeded "${FACTOR}x" "seeded/${FACTOR}x"
  for name in "${NAMES[@]}"; do
    s=${SETS[0]} l=${SETS[-1]}
    ratio=$( [ "$both" = 1 ] && awk -v a="${RPS[scaled,$name]}" -v b="${RPS[seeded,$name]}" 'BEGIN { printf "%.2f", a / b }' || echo -)
    printf "$fmt" "$name" "${RPS[seeded,$name]:--}" "${RPS[scaled,$name]:--}" "$ratio" \
      "${P50[seeded,$name]:--}/${P99[seeded,$name]:--}" "${P50[scaled,$name]:--}/${P99[scaled,$name]:--}" \
      "$( [ -n "${PLAIN[seeded,$name]:-}" ] && echo "$(kb "${PLAIN[seeded,$name]}") ($(kb "${SENT[seeded,$name]}"))" || echo -)" \
      "$( [ -n "${PLAIN[scaled,$name]:-}" ] && echo "$(kb "${PLAIN[scaled,$name]}") ($(kb "${SENT[scaled,$name]}"))" || echo -)" \
      "${COLD[seeded,$name]:--}/${COLD[scaled,$name]:--}"
  done
  printf '\nURLs: '
  for name in "${NAMES[@]}"; do printf '%s %s; ' "$name" "${URL[${SETS[-1]},$name]}"; done
  printf '\nErrors (non-2xx and socket errors, all URLs): '
  for set in "${SETS[@]}"; do
    printf '%s %s; ' "${LABEL[$set]}" "$(for name in "${NAMES[@]}"; do echo "${ERRORS[$set,$name]}"; done | awk '{ n += $1 } END { print n }')"
  done
  printf '\n'
  for set in "${SETS[@]}"; do
    printf '%s: second call of the full CSV %s ms; filtered CSV (%s): %s; %s\n' "${LABEL[$set]}" \
      "${CSV_SECOND[$set]}" "$FILTER" "${FILTER_CHECK[$set]}" "${NOTE[$set]}"
  done

  verdict() { if [ "$1" = 1 ]; then echo met; else echo 'NOT met'; fi; }
  printf '\nBars:\n'
  if [ "$both" = 1 ]; then
    ok=$(awk -v a="${RPS[scaled,home]}" -v b="${RPS[seeded,home]}" 'BEGIN { print (a >= 0.8 * b) ? 1 : 0 }')
    printf '  home on %sx >= 0.8x the req/s of seeded: %s / %s = %s -> %s\n' "$FACTOR" "${RPS[scaled,home]}" \
      "${RPS[seeded,home]}" "$(awk -v a="${RPS[scaled,home]}" -v b="${RPS[seeded,home]}" 'BEGIN { printf "%.2f", a / b }')" "$(verdict "$ok")"
  fi
  for set in "${SETS[@]}"; do
    over=$(for name in "${NAMES[@]}"; do awk -v n="$name" -v p="${P99[$set,$name]}" 'BEGIN { if (p >= 50) printf "%s %s ms, ", n, p }'; done)
    printf '  p99 < 50 ms at %s connections (%s): %s\n' "$CONNECTIONS" "${LABEL[$set]}" \
      "$( [ -z "$over" ] && echo met || echo "NOT met: ${over%, }")"
    ok=$(awk -v b="${PLAIN[$set,list]}" 'BEGIN { print (b <= 150 * 1024) ? 1 : 0 }')
    printf '  /objectifs <= 150 KB of HTML per page (%s): %s KB -> %s\n' "${LABEL[$set]}" "$(kb "${PLAIN[$set,list]}")" "$(verdict "$ok")"
    ok=$(awk -v t="${CSV_SECOND[$set]}" 'BEGIN { print (t <= 20) ? 1 : 0 }')
    printf '  second call of the full CSV <= 20 ms (%s): %s ms -> %s\n' "${LABEL[$set]}" "${CSV_SECOND[$set]}" "$(verdict "$ok")"
  done
  printf '\n%s; raw results in %s/\n' "$(date -u '+%Y-%m-%d %H:%M UTC')" "${OUT#"$PROJECT_DIR"/}"
} | tee "$OUT/summary.txt"
