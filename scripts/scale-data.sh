#!/usr/bin/env bash
# Loads N times the ministry's data, synthetic, into the database SPRING_DATASOURCE_URL names (with
# SPRING_DATASOURCE_USERNAME / _PASSWORD), for load tests: N roadmaps like 2023-2027 (4 axes, 18
# priorities, 65 objectives with their owners, indicators and dated targets), each with 20 published
# semesters (2016-S2 to 2026-S1) of progress reports, figures, publications, corrections and history,
# plus one roadmap of 2,000 objectives (40 priorities of 50) with the same 20 semesters.
#
#   scripts/scale-data.sh N [--seed S] [--keep-current]
#
# The database must have been migrated by the application (start it once on it) and must hold no
# real campaign data: no account but the demo and test ones (@demo.jalons, @test.jalons), no history
# entry, no reporting period, report or publication but the reference 2024-S2 ones the migrations load.
# A database that already holds synthetic data is refused too: drop it and create it again to load
# other data. Refused means: a message, exit status 2, nothing written.
#
# By default the roadmap of 2,000 objectives becomes the current one (today's pages, the API, the
# exports and the bilans show it; 2023-2027 is archived); --keep-current leaves the current roadmap as
# it is. Start (or restart) the application after loading: its caches do not see a load made behind it.
#
# Same N and seed (default 1): same rows. Needs psql (Debian: apt-get install postgresql-client).
# Docs: docs/performance.md ("Data at scale").
set -euo pipefail
cd "$(dirname "$0")/.."

usage() {
  echo "usage: SPRING_DATASOURCE_URL=jdbc:postgresql://host:port/db scripts/scale-data.sh N [--seed S] [--keep-current]" >&2
  exit 64
}

n="" seed=1 current=large
while [ $# -gt 0 ]; do
  case "$1" in
    --seed) [ $# -ge 2 ] || usage; seed="$2"; shift 2 ;;
    --seed=*) seed="${1#--seed=}"; shift ;;
    --keep-current) current=reference; shift ;;
    -h|--help) sed -n '2,21p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) [ -z "$n" ] || usage; n="$1"; shift ;;
  esac
done
[[ "$n" =~ ^[1-9][0-9]{0,3}$ ]] || { echo "N must be a whole number from 1 to 9999" >&2; usage; }
[[ "$seed" =~ ^[0-9]{1,18}$ ]] || { echo "the seed must be a whole number" >&2; usage; }
command -v psql >/dev/null 2>&1 || {
  echo "psql is needed (Debian/Ubuntu: apt-get install postgresql-client)" >&2; exit 69; }

url="${SPRING_DATASOURCE_URL:-}"
[ -n "$url" ] || { echo "SPRING_DATASOURCE_URL is not set: name the database to load" >&2; usage; }
# jdbc:postgresql://host[:port]/database[?parameters]; the parameters (ssl...) are not read
if [[ "$url" =~ ^jdbc:postgresql://(\[[^]]+\]|[^/:?]+)(:([0-9]+))?/([^?]+)(\?.*)?$ ]]; then
  host="${BASH_REMATCH[1]}" port="${BASH_REMATCH[3]:-5432}" database="${BASH_REMATCH[4]}"
  host="${host#[}" host="${host%]}"
else
  echo "SPRING_DATASOURCE_URL is not of the form jdbc:postgresql://host[:port]/database: $url" >&2; exit 64
fi
export PGHOST="$host" PGPORT="$port" PGDATABASE="$database"
# unset, they default to the application's own defaults
export PGUSER="${SPRING_DATASOURCE_USERNAME:-jalons}" PGPASSWORD="${SPRING_DATASOURCE_PASSWORD-jalons}"
export PGAPPNAME=jalons-scale-data PGOPTIONS="${PGOPTIONS:-} -c client_min_messages=warning"

echo "Loading ${n}x synthetic data (seed ${seed}, current roadmap: ${current}) into ${database} on ${host}:${port}"
echo "nproc $(nproc 2>/dev/null || echo '?'), load average before: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')"
start=$(date +%s.%N)
if ! out=$(psql -X -q -v ON_ERROR_STOP=1 --single-transaction \
    -v n="$n" -v seed="$seed" -v current="$current" -f scripts/scale-data.sql 2>&1); then
  if grep -q 'REFUSED: ' <<<"$out"; then
    echo "Refused, nothing written: $(grep -o 'REFUSED: .*' <<<"$out" | head -n 1 | sed 's/^REFUSED: //')" >&2
    exit 2
  fi
  echo "$out" >&2
  echo "Failed, nothing written (one transaction)." >&2
  exit 1
fi
loaded=$(date +%s.%N)
psql -X -q -v ON_ERROR_STOP=1 -c 'analyze' >/dev/null
done_at=$(date +%s.%N)

psql -X -q -v ON_ERROR_STOP=1 -P footer=off -c "
select \"table\", \"rows\" from (
          select 1 as o, 'roadmaps' as \"table\", count(*) as \"rows\" from roadmap
union all select 2, 'objectives', count(*) from objective
union all select 3, 'objective owners', count(*) from objective_owner
union all select 4, 'indicators', count(*) from indicator
union all select 5, 'reporting periods', count(*) from reporting_period
union all select 6, 'publications', count(*) from publication
union all select 7, 'progress reports', count(*) from progress_report
union all select 8, 'published revisions', count(*) from published_revision
union all select 9, 'measurements', count(*) from measurement
union all select 10, 'history entries', count(*) from audit_event) c order by o"
psql -X -q -At -c "select 'current roadmap: ' || title || ' (' || slug || ')' from roadmap where state = 'CURRENT'"
echo "database size: $(psql -X -q -At -c 'select pg_size_pretty(pg_database_size(current_database()))')"
awk -v s="$start" -v l="$loaded" -v d="$done_at" \
  'BEGIN { printf "loaded in %.1f s, analyzed in %.1f s: %.1f s in all\n", l - s, d - l, d - s }'
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')"
