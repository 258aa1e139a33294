#!/usr/bin/env bash
# Time from launch to the first 200 of GET / , as the documented command starts the application.
#
#   scripts/measure-start.sh [runs] [-- java options and target]
#
# Default target: the CDS layout scripts/cds-archive.sh makes (target/jalons-app), with its archive
# (and -Dspring.aot.enabled=true for a Spring AOT build), as docs/operations.md documents it; pass `-- -jar target/jalons-0.1.0-SNAPSHOT.jar` to time the plain
# jar. The database comes from SPRING_DATASOURCE_URL / _USERNAME / _PASSWORD; the application listens
# on JALONS_MEASURE_PORT (18080) and its management port on JALONS_MEASURE_PORT+1, so that it does not
# collide with a running instance. Start it once before measuring so that Flyway has migrated.
# Each run prints the milliseconds to the first 200, the CPU time the JVM used until then (user and
# system, all threads: steadier than the elapsed time when other work shares the machine) and the
# load average at that moment.
set -euo pipefail

cd "$(dirname "$0")/.."
runs=3
if [[ $# -gt 0 && $1 != -- ]]; then runs=$1; shift; fi
if [[ ${1:-} == -- ]]; then shift; fi
if [[ $# -gt 0 ]]; then
    java_args=("$@")
else
    if [[ -f target/jalons-app/jalons.aot ]]; then
        java_args=(-XX:AOTCache=target/jalons-app/jalons.aot)
    else
        java_args=(-XX:SharedArchiveFile=target/jalons-app/jalons.jsa)
    fi
    # a jar built with Spring AOT (./mvnw -Paot package) runs with its generated definitions
    if grep -qaF 'JalonsApplication__ApplicationContextInitializer.class' target/jalons-app/jalons.jar; then
        java_args+=(-Dspring.aot.enabled=true)
    fi
    java_args+=(-jar target/jalons-app/jalons.jar)
fi
port=${JALONS_MEASURE_PORT:-18080}
log=$(mktemp -t jalons-start.XXXXXX)
trap 'rm -f "$log"' EXIT

now_ms() { date +%s%3N; }

for ((run = 1; run <= runs; run++)); do
    start=$(now_ms)
    SERVER_PORT=$port MANAGEMENT_SERVER_PORT=$((port + 1)) java "${java_args[@]}" >"$log" 2>&1 &
    pid=$!
    status=000
    while kill -0 "$pid" 2>/dev/null; do
        status=$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "http://127.0.0.1:$port/" || true)
        [[ $status == 200 ]] && break
        sleep 0.1
    done
    elapsed=$(($(now_ms) - start))
    # utime and stime, fields 14 and 15 of /proc/PID/stat, in clock ticks
    cpu=$(awk -v hz="$(getconf CLK_TCK)" '{ printf "%.1f", ($14 + $15) / hz }' "/proc/$pid/stat" 2>/dev/null || echo '?')
    load=$(cut -d' ' -f1-3 /proc/loadavg)
    started=$(grep -o 'Started JalonsApplication in [0-9.]* seconds' "$log" || true)
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    if [[ $status != 200 ]]; then
        echo "run $run: no 200 (last status $status); the application's log:" >&2
        tail -40 "$log" >&2
        exit 1
    fi
    echo "run $run: first 200 after ${elapsed} ms, ${cpu} s of CPU (${started:-?}; load average $load)"
done
