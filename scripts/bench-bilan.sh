#!/usr/bin/env bash
# Benchmark of the semester report: how long the bilan of the 65 objectives (18 priorities) of the
# reference period 2024-S2 takes to build, from the published data to the tagged PDF.
#
# Runs BilanBenchmark (src/test/java/.../report) in the test application against a real
# PostgreSQL: SPRING_DATASOURCE_URL (with _USERNAME/_PASSWORD) if set, else the same choice as the
# tests (Testcontainers, then an embedded PostgreSQL). One cold run (first use of the fonts, the
# templates and Batik in the JVM, like the first publication after a start), then
# JALONS_BENCH_RUNS warm runs (default 5).
#
# Prints one line per run (data, PDF, total, size) and a summary; the same lines go to
# target/bench/bilan.txt and the cold run's PDF to target/bench/bilan-2024-S2.pdf.
#
# Other processes compete for the CPU on a shared machine: compare figures taken on the same
# machine, and say how loaded it was (the script prints the load average).
set -euo pipefail
cd "$(dirname "$0")/.."
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime)"
./mvnw -B -q -ntp test -Dtest=BilanBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Djalons.benchmark=true -Djalons.benchmark.runs="${JALONS_BENCH_RUNS:-5}" > target/bench-bilan.log 2>&1 || {
  tail -50 target/bench-bilan.log; exit 1; }
echo "load average after:  $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime)"
cat target/bench/bilan.txt
