#!/usr/bin/env bash
# Runs the Prozesswerk JMH benchmarks (see docs/performance.md). Builds target/benchmarks.jar first if it is missing
# or if --build is given. Defaults (in the benchmark classes' annotations) fit a 2-core machine: 1 fork, 2 warm-up
# and 3 measurement iterations of 2-3 s, one benchmark thread; the full suite takes about 15 minutes.
#
#   tests/org.prozesswerk.benchmarks/run-benchmarks.sh                     # everything + memory footprint
#   tests/org.prozesswerk.benchmarks/run-benchmarks.sh QueryBenchmark      # JMH arguments: a regex, -p, -wi, -i, ...
#   tests/org.prozesswerk.benchmarks/run-benchmarks.sh PersistenceBenchmark -p steckbriefe=100000 -prof gc
#   tests/org.prozesswerk.benchmarks/run-benchmarks.sh --memory 1000 10000 100000   # memory footprint only
#
# Results: target/benchmark-results/jmh-<time>.json (JMH JSON, e.g. for https://jmh.morethan.net) and .txt.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
source "$root/releng/scripts/common.sh"
pw_find_jdk
java="$JAVA_HOME/bin/java"
jar="$here/target/benchmarks.jar"

build=false
if [ "${1:-}" = "--build" ]; then build=true; shift; fi
if $build || [ ! -f "$jar" ]; then
  echo "run-benchmarks: building $jar"
  (cd "$root" && ./mvnw -B -q verify -pl tests/org.prozesswerk.benchmarks -am -Dbenchmarks.smoke.skip=true)
fi

results="$here/target/benchmark-results"
mkdir -p "$results"
stamp="$(date +%Y%m%d-%H%M%S)"

memory() {
  # Serial GC: "used after a full GC" is then exact; see MemoryFootprint's Javadoc for the method.
  "$java" -XX:+UseSerialGC -Xmx6g -cp "$jar" org.prozesswerk.benchmarks.MemoryFootprint "$@" \
    | tee "$results/memory-$stamp.md"
}

if [ "${1:-}" = "--memory" ]; then
  shift
  memory "$@"
  exit 0
fi

# Other work on the machine inflates wall-clock scores; the log records the load, and the CPU-time profiler adds
# a "cpu" result per benchmark that stays close to the work done (see CpuTimeProfiler).
{
  echo "# $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(nproc) cores," \
       "$(free -g | awk '/Mem:/ {print $2}') GiB, $("$java" -version 2>&1 | head -1)"
  echo "# load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$results/jmh-$stamp.txt"
"$java" -jar "$jar" -prof org.prozesswerk.benchmarks.CpuTimeProfiler -rf json -rff "$results/jmh-$stamp.json" "$@" \
  | tee -a "$results/jmh-$stamp.txt"
echo "# load average at end: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$results/jmh-$stamp.txt"
if [ $# -eq 0 ]; then
  memory
fi
