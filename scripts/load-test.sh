#!/usr/bin/env bash
# Load test of Jalons: public visitors and editors at the same time, against the packaged jar.
#
#   - 50 public visitors (wrk, 50 connections, scripts/load/public-visitors.lua): pages, API, CSV;
#   - 20 editors (scripts/load/editor.sh, curl): each signs in, then in a loop opens its report form
#     and saves a draft (real POST, CSRF token and version from the form), on its own objective.
# Afterwards: errors, p50/p95/p99 of each side, and the drafts really saved, counted with psql.
#
#   scripts/load-test.sh [--duration SECONDS (default 600)] [--think MS (default 0)] [--warmup SECONDS (default 30)]
#                        [--no-build] [--port N (default 18090)]
#   --think: each visitor's and editor's pause before a request (0: back to back, the machine's
#   saturation; 1000 models people reading a page before the next click)
#   --warmup: before the measured run, the visitors browse for this long on the freshly started
#   application while the editors sign in (20 BCrypt checks at once); its figures are printed apart
#   (the first seconds of a cold JVM) and not counted in the measured ones
#
# Database: LOAD_DATABASE_URL (JDBC URL of a scratch database you own, e.g.
# jdbc:postgresql://127.0.0.1:5432/jalons_load; user postgres, no password, or LOAD_DATABASE_USERNAME
# / LOAD_DATABASE_PASSWORD). It is filled by Flyway, then the script adds 20 editor accounts
# (load-editor-N@load.jalons, password jalons-demo-2025) and an open reporting period: use a
# database made for this test only. Needs wrk, curl, psql, a JDK 17. Outputs in target/load/.
set -euo pipefail

THINK_MS=0 DURATION=600 WARMUP=30 BUILD=1 PORT=18090 EDITORS=20 VISITORS=50
die() { printf 'load-test: error: %s\n' "$*" >&2; exit 1; }
log() { printf '[load] %s\n' "$*" >&2; }
while [ "$#" -gt 0 ]; do
  case "$1" in
    --duration) DURATION=$2; shift 2 ;;
    --think) THINK_MS=$2; shift 2 ;;
    --warmup) WARMUP=$2; shift 2 ;;
    --no-build) BUILD=0; shift ;;
    --port) PORT=$2; shift 2 ;;
    -h|--help) sed -n '2,18p' "$0"; exit 0 ;;
    *) die "unknown argument: $1 (see --help)" ;;
  esac
done
[[ "$DURATION" =~ ^[1-9][0-9]*$ ]] || die "--duration must be a positive number of seconds"
[[ "$THINK_MS" =~ ^[0-9]+$ ]] || die "--think must be a number of milliseconds"
[[ "$WARMUP" =~ ^[0-9]+$ ]] || die "--warmup must be a number of seconds"
export THINK_MS
[ -n "${LOAD_DATABASE_URL:-}" ] || die "set LOAD_DATABASE_URL to the JDBC URL of a scratch database (see --help)"
for tool in wrk curl psql java; do command -v "$tool" >/dev/null || die "$tool is not installed"; done

cd "$(dirname "$0")/.."
OUT=target/load
mkdir -p "$OUT"
DB_USER=${LOAD_DATABASE_USERNAME:-postgres}
export PGPASSWORD=${LOAD_DATABASE_PASSWORD:-}
PSQL_URL="postgresql://${DB_USER}@${LOAD_DATABASE_URL#jdbc:postgresql://}"
sql() { psql -X -q -t -A -v ON_ERROR_STOP=1 "$PSQL_URL" -c "$1"; }
BASE="http://127.0.0.1:$PORT"

if [ "$BUILD" -eq 1 ]; then
  log "building the jar"
  ./mvnw -q -B -DskipTests package
fi
JAR=$(ls -t target/jalons-*.jar | grep -v '\.original$' | head -n 1)

APP_PID=
cleanup() {
  # the application ends on SIGTERM (status 143): not the script's failure
  if [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null; then
    wait "$APP_PID" 2>/dev/null || true
  fi
  return 0
}
trap cleanup EXIT
log "starting $JAR on $BASE (log: $OUT/app.log)"
SPRING_DATASOURCE_URL=$LOAD_DATABASE_URL SPRING_DATASOURCE_USERNAME=$DB_USER SPRING_DATASOURCE_PASSWORD=$PGPASSWORD \
  java -Xmx512m -jar "$JAR" --server.port="$PORT" --server.address=127.0.0.1 >"$OUT/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 300); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/api/v1/axes")" = 200 ] && break
  kill -0 "$APP_PID" 2>/dev/null || die "the application stopped (see $OUT/app.log)"
  sleep 1
done

# 20 editors, each on an objective its organisation pilots (BCrypt hash of jalons-demo-2025), and an
# open period for the current semester
log "preparing $EDITORS editors and an open period"
sql "insert into app_user (email, display_name, password_hash, role, organisation_id)
     select 'load-editor-' || n || '@load.jalons', 'Éditeur de charge ' || n,
            '\$2a\$12\$fMZ8uwli2cHr.36w3tP8R.b4yO3aH7hEezxgvQockkEYzJPsIyBtW', 'EDITOR', x.organisation_id
     from (select row_number() over (order by o.id) as n, ow.organisation_id from objective o
           join objective_owner ow on ow.objective_id = o.id and ow.position = 1) x
     where n <= $EDITORS on conflict (email) do nothing" >/dev/null
year=$(date +%Y); month=$(date +%-m)
if [ "$month" -le 6 ]; then period="$year-S1" starts="$year-01-01" ends="$year-06-30"
else period="$year-S2" starts="$year-07-01" ends="$year-12-31"; fi
sql "insert into reporting_period (roadmap_id, code, starts_on, ends_on, due_on, state)
     select id, '$period', '$starts', '$ends', date '$ends' + 31, 'OPEN' from roadmap
     on conflict do nothing" >/dev/null
mapfile -t PAIRS < <(sql "select 'load-editor-' || n || '@load.jalons ' || code from
     (select row_number() over (order by o.id) as n, o.code from objective o
      join objective_owner ow on ow.objective_id = o.id and ow.position = 1) x where n <= $EDITORS")
drafts_before=$(sql "select count(*) from progress_report")

start=$(( $(date +%s) + WARMUP ))
end=$(( start + DURATION ))
rm -f "$OUT"/editor-*.txt "$OUT/wrk-warmup.txt"
# the editors sign in now and start their loop at $start
for pair in "${PAIRS[@]}"; do
  read -r email code <<<"$pair"
  scripts/load/editor.sh "$BASE" "$email" jalons-demo-2025 "$code" "$end" "$start" >"$OUT/editor-$code.txt" 2>&1 &
done
if [ "$WARMUP" -gt 0 ]; then
  log "warming up for ${WARMUP}s: $VISITORS public visitors while ${#PAIRS[@]} editors sign in (not counted)"
  left=$(( start - $(date +%s) )); [ "$left" -gt 0 ] || left=1
  wrk --latency -t 2 -c "$VISITORS" -d "${left}s" -s scripts/load/public-visitors.lua "$BASE" \
    >"$OUT/wrk-warmup.txt"
fi
log "running for ${DURATION}s: $VISITORS public visitors (wrk) + ${#PAIRS[@]} editors (curl)"
wrk --latency -t 2 -c "$VISITORS" -d "${DURATION}s" -s scripts/load/public-visitors.lua "$BASE" >"$OUT/wrk-public.txt"
wait $(jobs -p | grep -v "^$APP_PID\$") 2>/dev/null || true

# ---------------------------------------------------------------------------------------------
percentiles() { # file of seconds -> "n p50 p95 p99" in ms
  sort -n "$1" | awk '{ v[NR] = $1 * 1000 } END {
    if (NR == 0) { print "0 - - -"; exit }
    i50 = int(NR * 0.50 + 0.5); i95 = int(NR * 0.95 + 0.5); i99 = int(NR * 0.99 + 0.5)
    if (i50 < 1) i50 = 1; if (i95 < 1) i95 = 1; if (i99 < 1) i99 = 1
    printf "%d %.1f %.1f %.1f", NR, v[i50], v[i95], v[i99] }'
}
cat "$OUT"/editor-*.txt >"$OUT/editors.txt"
awk '$1 == "save" { print $3 }' "$OUT/editors.txt" >"$OUT/save-times.txt"
awk '$1 == "form" { print $3 }' "$OUT/editors.txt" >"$OUT/form-times.txt"
saves_ok=$(awk '$1 == "save" && $2 == 302' "$OUT/editors.txt" | wc -l)
saves_bad=$(awk '$1 == "save" && $2 != 302' "$OUT/editors.txt" | wc -l)
forms_bad=$(awk '$1 == "form" && $2 != 200' "$OUT/editors.txt" | wc -l)
logins_bad=$(awk '($1 == "login" && $2 != 302) || $1 == "login-refused"' "$OUT/editors.txt" | wc -l)
read -r n_save s50 s95 s99 <<<"$(percentiles "$OUT/save-times.txt")"
read -r n_form f50 f95 f99 <<<"$(percentiles "$OUT/form-times.txt")"
drafts=$(sql "select count(*) from progress_report r join reporting_period p on p.id = r.period_id
              where p.code = '$period' and r.narrative like 'Brouillon de charge%'")
revisions=$(sql "select coalesce(sum(r.version), 0) from progress_report r join reporting_period p on p.id = r.period_id
                 where p.code = '$period' and r.narrative like 'Brouillon de charge%'")
{
  printf '\nJalons load test — %ss, think time %s ms, %s public visitors (wrk) + %s editors (curl), %s\n' "$DURATION" "$THINK_MS" "$VISITORS" "${#PAIRS[@]}" "$(date -u '+%Y-%m-%d %H:%M UTC')"
  if [ -s "$OUT/wrk-warmup.txt" ]; then
    printf '  warm-up, not counted below (the first %ss, editors signing in): %s\n' "$WARMUP" \
      "$(grep '^LOAD public' "$OUT/wrk-warmup.txt" | sed 's/^LOAD public //')"
  fi
  grep '^LOAD public' "$OUT/wrk-public.txt" | sed 's/^LOAD /  /'
  grep 'Non-2xx' "$OUT/wrk-public.txt" | sed 's/^/  public /' || echo "  public non-2xx/3xx responses: 0"
  printf '  editors: form GET n=%s p50=%sms p95=%sms p99=%sms, errors=%s\n' "$n_form" "$f50" "$f95" "$f99" "$forms_bad"
  printf '  editors: draft save POST n=%s p50=%sms p95=%sms p99=%sms, saved (302)=%s, errors=%s, failed logins=%s\n' \
    "$n_save" "$s50" "$s95" "$s99" "$saves_ok" "$saves_bad" "$logins_bad"
  printf '  database: %s load drafts in %s, versions summed %s (progress reports before the run: %s)\n' \
    "$drafts" "$period" "$revisions" "$drafts_before"
  printf '  machine: %s CPUs, load average now %s (wrk, curl, the app and PostgreSQL share them)\n' "$(nproc)" "$(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$OUT/summary.txt"
