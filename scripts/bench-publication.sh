#!/usr/bin/env bash
# Publishing a semester of 6,500 reports on scaled data, and the public pages meanwhile.
#
#   scripts/bench-publication.sh [--no-build | --jar PATH] [--db NAME] [--objectives N] [--port N] [--load-seconds S]
#                                [--connections N]
#
# On a database scripts/scale-data.sh loaded (default jalons_bench100; scripts/bench-scale.sh makes
# it), scripts/publication-data.sql first brings the current roadmap to N objectives (6,500 by
# default), closes its last semester and opens 2026-S2 with one VALIDATED report per objective
# (skipped when that open period is already there and unpublished; after a publication, the next run
# opens the semester after it). Then the packaged jar is started
# on it (the bilans of earlier semesters still to write set aside, as in bench-scale.sh) and, once
# the pages are warm:
#   - wrk loads the home page and an objective's page (--connections each, 8 by default: with no pause
#     between requests, enough to keep both cores busy) for --load-seconds;
#   - a probe asks each of them every 0.2 s and logs when and how long each answer took;
#   - 5 s in, the publication is confirmed the way the DNS does it: signed in as an administrator,
#     the form of /admin/publication posted with its CSRF token, period version and expected count.
# It prints the publication's time (the POST, which answers once the publication is committed),
# the pages' latency before, during and after it, the slowest probes, and what the database holds
# afterwards. The database is changed for good: one more published semester each run (run it again
# to compare two builds: the next semester is then prepared and published).
#
# Outputs: target/bench/publication/: summary.txt, probe.tsv (epoch ms, page, status, ms), wrk-*.txt,
# app.log, stacks.txt (the publishing thread's top frames once a second, with a JDK's jstack). Needs: a JDK 17, curl, wrk, psql, python3; the local PostgreSQL as in bench-scale.sh.
set -euo pipefail

JAR= BUILD=1 DB=jalons_bench100 OBJECTIVES=6500 PORT=18190 LOAD_SECONDS=90 CONNECTIONS=8
die() { printf 'bench-publication: error: %s\n' "$*" >&2; exit 1; }
log() { printf '[bench-publication %s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
need() { [ "$#" -ge 2 ] && [ -n "$2" ] || die "option $1 needs a value"; }
while [ "$#" -gt 0 ]; do
  case "$1" in
    --no-build) BUILD=0; shift ;;
    --jar) need "$@"; JAR=$2; BUILD=0; shift 2 ;;
    --db) need "$@"; DB=$2; shift 2 ;;
    --objectives) need "$@"; OBJECTIVES=$2; shift 2 ;;
    --port) need "$@"; PORT=$2; shift 2 ;;
    --load-seconds) need "$@"; LOAD_SECONDS=$2; shift 2 ;;
    --connections) need "$@"; CONNECTIONS=$2; shift 2 ;;
    -h|--help) sed -n '2,26p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown argument: $1 (see --help)" ;;
  esac
done
[[ "$DB" =~ ^[a-z_][a-z0-9_]*$ ]] || die "--db must be a plain database name"
for v in OBJECTIVES PORT LOAD_SECONDS CONNECTIONS; do [[ "${!v}" =~ ^[1-9][0-9]*$ ]] || die "$v must be a positive integer"; done
[ "$LOAD_SECONDS" -ge 20 ] || die "--load-seconds must be at least 20"
for tool in wrk curl psql java python3; do command -v "$tool" >/dev/null 2>&1 || die "$tool is not installed"; done

cd "$(dirname "$0")/.."
PROJECT_DIR=$(pwd)
OUT="$PROJECT_DIR/target/bench/publication"
BASE="http://127.0.0.1:$PORT"
mkdir -p "$OUT"
rm -f "$OUT"/probe.tsv "$OUT"/wrk-*.txt "$OUT"/stacks.txt

su_psql() {
  local db=$1; shift
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- psql -X -q -w -v ON_ERROR_STOP=1 -d "$db" "$@"
  else psql -X -q -w -v ON_ERROR_STOP=1 -U postgres -h 127.0.0.1 -p 5432 -d "$db" "$@"; fi
}
db_value() { su_psql "$DB" -At -c "$1"; }

[ "$(su_psql postgres -At -c "select count(*) from pg_database where datname = '$DB'")" = 1 ] \
  || die "no database $DB: run scripts/bench-scale.sh first (it loads it)"

# ---------------------------------------------------------------------------------------------
# The open campaign
# ---------------------------------------------------------------------------------------------
validated=$(db_value "select count(*) from progress_report r join reporting_period p on p.id = r.period_id
    join roadmap m on m.id = p.roadmap_id and m.state = 'CURRENT' where p.state = 'OPEN' and r.state = 'VALIDATED'" 2>/dev/null || echo 0)
if [ "$validated" = 0 ]; then
  log "preparing the open campaign: $OBJECTIVES objectives, one validated report each (scripts/publication-data.sql)"
  started=$(date +%s.%N)
  out=$(su_psql "$DB" --single-transaction -v objectives="$OBJECTIVES" -f scripts/publication-data.sql 2>&1) || {
    grep -o 'REFUSED: .*' <<<"$out" >&2 || echo "$out" >&2; die "the preparation failed, nothing written"; }
  su_psql "$DB" -c 'analyze' >/dev/null
  validated=$(db_value "select count(*) from progress_report where state = 'VALIDATED'")
  log "prepared in $(awk -v s="$started" -v e="$(date +%s.%N)" 'BEGIN { printf "%.1f", e - s }') s: $validated validated reports"
else
  log "the open campaign is there already: $validated validated reports"
fi
PERIOD=$(db_value "select p.code from reporting_period p join roadmap m on m.id = p.roadmap_id and m.state = 'CURRENT'
    where p.state = 'OPEN'")
measurements=$(db_value "select count(*) from measurement m join reporting_period p on p.id = m.period_id
    where p.code = '$PERIOD' and p.state = 'OPEN' and m.published_at is null")

# ---------------------------------------------------------------------------------------------
# The application
# ---------------------------------------------------------------------------------------------
if [ "$BUILD" -eq 1 ]; then ./mvnw -q -B -DskipTests package; fi
[ -n "$JAR" ] || JAR=$(ls -t target/jalons-*.jar 2>/dev/null | grep -v '\.original$' | head -n 1 || true)
[ -n "$JAR" ] || die "no target/jalons-*.jar: run without --no-build"

APP_PID= PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  if [ -n "$APP_PID" ]; then kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; fi
  rm -f "$OUT/cookies" "$OUT/page.html"
}
trap cleanup EXIT
# Earlier semesters' bilans still to write (the generator writes none) would take a core for hours
# and clear the caches as each is written: set aside before the start, and after it for the ones a
# first start records. The publication's own bilan is written in the background as always.
db_value "update bilan_edition set state = 'FAILED', failure = 'set aside by bench-publication.sh' where state = 'PENDING'" >/dev/null
log "starting the application on $DB"
SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:5432/$DB" SPRING_DATASOURCE_USERNAME=postgres \
  SPRING_DATASOURCE_PASSWORD=${PGPASSWORD:-} MANAGEMENT_SERVER_PORT=$((PORT + 1)) \
  java -Xmx1g -jar "$JAR" --server.port="$PORT" --server.address=127.0.0.1 >"$OUT/app.log" 2>&1 &
APP_PID=$!
deadline=$((SECONDS + 900))
until [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$BASE/api/v1/axes" || true)" = 200 ]; do
  kill -0 "$APP_PID" 2>/dev/null || die "the application stopped during its start ($OUT/app.log)"
  [ "$SECONDS" -lt "$deadline" ] || die "no answer within 900 s"
  sleep 1
done
sleep 5
aside=$(db_value "with aside as (update bilan_edition set state = 'FAILED', failure = 'set aside by bench-publication.sh'
    where state = 'PENDING' returning 1) select count(*) from aside")
log "$aside pending bilan editions of earlier semesters set aside (FAILED): only the publication's own is written"

HOME_URL="$BASE/" OBJ_URL="$BASE/objectifs/1-1"
for url in "$HOME_URL" "$OBJ_URL"; do
  curl -sf -o /dev/null --max-time 300 "$url" || die "GET $url failed"
  wrk -t 1 -c 4 -d 5s "$url" >/dev/null
done

# signed in as the administrator the preparation added
curl -s -c "$OUT/cookies" -b "$OUT/cookies" -o "$OUT/page.html" "$BASE/connexion"
csrf() { grep -o 'name="_csrf" value="[^"]*"' "$OUT/page.html" | head -n 1 | sed 's/.*value="//; s/"$//'; }
location=$(curl -s -c "$OUT/cookies" -b "$OUT/cookies" -o /dev/null -w '%{redirect_url}' \
  --data-urlencode email=publication@synthetique.invalid --data-urlencode password=jalons-demo-2025 \
  --data-urlencode "_csrf=$(csrf)" "$BASE/connexion")
case "$location" in *connexion*|'') die "sign-in refused ($location)";; esac
curl -s -c "$OUT/cookies" -b "$OUT/cookies" -o "$OUT/page.html" --max-time 300 "$BASE/admin/publication"
field() { grep -o "name=\"$1\" value=\"[^\"]*\"" "$OUT/page.html" | head -n 1 | sed 's/.*value="//; s/"$//'; }
version=$(field periodVersion) expected=$(field expected) token=$(csrf)
[ -n "$version" ] && [ -n "$expected" ] && [ -n "$token" ] || die "no publication form on /admin/publication"
log "publication form: $expected reports to publish, period version $version"

# ---------------------------------------------------------------------------------------------
# Load, probe, publish
# ---------------------------------------------------------------------------------------------
probe() { # name url: one request every 0.2 s until the load ends
  local end=$(( $(date +%s) + LOAD_SECONDS ))
  while [ "$(date +%s)" -lt "$end" ]; do
    printf '%s\t%s\t%s\n' "$(date +%s%3N)" "$1" \
      "$(curl -s -o /dev/null -H 'Accept-Encoding: gzip' -w '%{http_code}\t%{time_total}' --max-time 60 "$2")" >>"$OUT/probe.tsv"
    sleep 0.2
  done
}
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
load_start=$(date +%s%3N)
wrk --latency -t 1 -c "$CONNECTIONS" -d "${LOAD_SECONDS}s" --timeout 30s -H 'Accept-Encoding: gzip' "$HOME_URL" >"$OUT/wrk-home.txt" & PIDS+=($!)
wrk --latency -t 1 -c "$CONNECTIONS" -d "${LOAD_SECONDS}s" --timeout 30s -H 'Accept-Encoding: gzip' "$OBJ_URL" >"$OUT/wrk-objective.txt" & PIDS+=($!)
probe home "$HOME_URL" & PIDS+=($!)
probe objective "$OBJ_URL" & PIDS+=($!)
sleep 5
log "publishing"
if command -v jstack >/dev/null 2>&1; then
  # where the publishing thread is, once a second: the frames of this application and of the drivers
  ( while kill -0 "$APP_PID" 2>/dev/null; do
      jstack "$APP_PID" 2>/dev/null | awk '/^"/ { keep = 0; n = 0 } /PublicationController.publish/ { keep = 1 }
          { block = block $0 "\n" } /^$/ { if (keep) printf "%s", block; block = "" }' \
        | grep -m 4 -E 'at (fr\.gouv|org\.hibernate|org\.postgresql|org\.springframework\.jdbc)' >>"$OUT/stacks.txt"
      echo -- >>"$OUT/stacks.txt"
      sleep 1
    done ) & PIDS+=($!)
fi
publish_start=$(date +%s%3N)
result=$(curl -s -c "$OUT/cookies" -b "$OUT/cookies" -o /dev/null -w '%{http_code} %{time_total} %{redirect_url}' \
  --max-time 600 --data-urlencode "_csrf=$token" --data-urlencode "periodVersion=$version" \
  --data-urlencode "expected=$expected" --data-urlencode "synthesis=Synthèse synthétique de la publication de charge." \
  "$BASE/admin/publication") || result="000 600 timeout"
publish_end=$(date +%s%3N)
LOAD_DURING=$(cut -d' ' -f1-3 /proc/loadavg)
read -r status seconds redirect <<<"$result"
log "publication answered $status in ${seconds} s (redirect: $redirect)"
for pid in "${PIDS[@]:0:4}"; do wait "$pid" 2>/dev/null || true; done
if [ "${#PIDS[@]}" -gt 4 ]; then kill "${PIDS[4]}" 2>/dev/null || true; fi
PIDS=()
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)

published=$(db_value "select count(*) from progress_report r join reporting_period p on p.id = r.period_id
    where p.code = '$PERIOD' and r.state = 'PUBLISHED'")
revisions=$(db_value "select count(*) from published_revision v join publication u on u.id = v.publication_id
    join reporting_period p on p.id = u.period_id where p.code = '$PERIOD'")
still=$(db_value "select count(*) from measurement m join progress_report r on r.id = m.report_id
    join reporting_period p on p.id = r.period_id where p.code = '$PERIOD' and m.published_at is null")
audited=$(db_value "select count(*) from audit_event where action = 'PUBLISHED' and entity_type = 'PROGRESS_REPORT'
    and after_state->>'period' = '$PERIOD'")
edition=$(db_value "select state from bilan_edition where period_code = '$PERIOD' order by number desc limit 1")
grep -E "Public caches cleared|Bilan $PERIOD" "$OUT/app.log" | tail -n 5 >"$OUT/app-events.txt" || true

{
  printf '\nPublication of %s: %s validated reports (%s unpublished figures) on %s, %s\n' "$PERIOD" "$expected" "$measurements" "$DB" \
    "$(date -u '+%Y-%m-%d %H:%M UTC')"
  printf 'Machine: %s CPUs; load average before the load %s, right after the publication %s, at the end %s\n' \
    "$(nproc)" "$LOAD_BEFORE" "$LOAD_DURING" "$LOAD_AFTER"
  printf '\nThe publication: HTTP %s in %s ms (POST /admin/publication, committed when it answers)\n' "$status" \
    "$((publish_end - publish_start))"
  printf 'Afterwards: %s reports PUBLISHED, %s revisions in its publication, %s figures still unpublished, %s history entries, bilan edition %s\n' \
    "$published" "$revisions" "$still" "$audited" "${edition:-none}"
  printf '\nPublic pages meanwhile (probe every 0.2 s per page; ms):\n'
  python3 - "$OUT/probe.tsv" "$load_start" "$publish_start" "$publish_end" <<'EOF'
import sys
rows = [line.rstrip("\n").split("\t") for line in open(sys.argv[1])]
load_start, start, end = (int(v) for v in sys.argv[2:5])
def pct(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))] if values else float("nan")
for page in ("home", "objective"):
    mine = [(int(r[0]), r[2], float(r[3]) * 1000) for r in rows if r[1] == page]
    for label, keep in (("before", lambda t: t < start), ("during", lambda t: start <= t <= end),
                        ("after", lambda t: t > end)):
        times = [ms for t, _, ms in mine if keep(t)]
        bad = sum(1 for t, code, _ in mine if keep(t) and code != "200")
        if times:
            print(f"  {page:9} {label:6}: n={len(times):4}  p50={pct(times, 50):8.1f}  p99={pct(times, 99):8.1f}  max={max(times):8.1f}  non-200={bad}")
    slow = sorted(mine, key=lambda r: -r[2])[:3]
    print(f"  {page:9} slowest: " + ", ".join(f"{ms:.0f} ms at +{(t - start) / 1000:.1f} s" for t, _, ms in slow)
          + " (seconds after the publication started)")
EOF
  for name in home objective; do
    printf '  wrk %-9s (%s connections) over the whole %s s: ' "$name" "$CONNECTIONS" "$LOAD_SECONDS"
    awk '/^Requests\/sec:/ { r = $2 } /^ +50% / { p50 = $2 } /^ +99% / { p99 = $2 } /Latency/ && !l { max = $4; l = 1 }
         /Socket errors|Non-2xx/ { e = e $0 }
         END { printf "%s req/s, p50 %s, p99 %s, max %s%s\n", r, p50, p99, max, (e ? " [" e "]" : "") }' "$OUT/wrk-$name.txt"
  done
  printf '\nThe application log around it:\n'
  sed 's/^/  /' "$OUT/app-events.txt"
} | tee "$OUT/summary.txt"
