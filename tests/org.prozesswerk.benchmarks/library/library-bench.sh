#!/usr/bin/env bash
# The library targets of issue 14 (docs/performance.md, "Library on Git"): LibraryBench in one JVM, this product's
# library server (LibraryServer: Jetty + GitServlet, basic auth, pre-receive validation with the default rule set plus
# bench.pwrules) in process on loopback over HTTP, the clients the Library API the CLI and the workbench call.
#   tests/org.prozesswerk.benchmarks/library/library-bench.sh [ITEMS BODIES ADOPTED PUSHERS REPS]
#   (default 10000 300 1000 20 5; builds target/benchmarks.jar first if it is missing)
# Run it at normal priority, on a shared machine as root with `nice -n -10` (it is a measurement); the work folder is kept and printed at the end
# (results.md: the table; server output: stderr of the run).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
source "$root/releng/scripts/common.sh"
pw_find_jdk
jar="$here/../target/benchmarks.jar"
if [ ! -f "$jar" ]; then
  (cd "$root" && ./mvnw -B -q verify -pl tests/org.prozesswerk.benchmarks -am -Dbenchmarks.smoke.skip=true)
fi
work="$(mktemp -d /tmp/library-bench.XXXXXX)"
"$JAVA_HOME/bin/java" -Xmx3g -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
  -cp "$jar" org.prozesswerk.benchmarks.LibraryBench "$work" "$here/bench.pwrules" "$@" 2> "$work/stderr.txt"
echo "work folder: $work"
