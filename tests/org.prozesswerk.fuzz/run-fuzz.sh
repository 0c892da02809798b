#!/usr/bin/env bash
# Fuzzes the readers of outside data with Jazzer, each for a fixed number of executions (docs/reliability.md).
#
#   tests/org.prozesswerk.fuzz/run-fuzz.sh [--no-build] [--seeds] [EXECUTIONS] [MAX_SECONDS] [TEST...]
#
#   EXECUTIONS   per reader, default 1000000
#   MAX_SECONDS  per reader, default 3600 (a slow reader stops there; the log says how far it got)
#   TEST         Class#method, default all: BpmnFuzzTest#load XProzessFuzzTest#importMessage RegisterFuzzTest#xmi
#                RegisterFuzzTest#binary OfficeImportFuzzTest#csv OfficeImportFuzzTest#xlsx RulesFuzzTest#parse
#                CatalogueCsvFuzzTest#load
#   --seeds      regenerate the generated seeds (register as XMI/binary/CSV/XLSX) before fuzzing
#
# Each reader runs in its own JVM (-Xmx1g: more is an out-of-memory finding; 60 s per input: more is a hang), with
# inputs of at most FUZZ_MAX_LEN bytes (default 4096; libFuzzer's -max_len), scratch files in /dev/shm. On a shared
# machine run it with `nice -n 10`.
# Logs: tests/org.prozesswerk.fuzz/target/fuzz/<test>.log; the last "#N DONE" or "#N pulse" line of libFuzzer is the
# number of executions reached. A finding is saved in src/test/resources/org/prozesswerk/fuzz/<Class>Inputs/<method>/
# (crash-*, timeout-*), from where the normal build replays it in regression mode.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
source "$ROOT/releng/scripts/common.sh"
pw_find_jdk

build=1 seeds=0
while [[ "${1:-}" == --* ]]; do
  case "$1" in
    --no-build) build=0 ;;
    --seeds) seeds=1 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
runs="${1:-1000000}"; shift || true
seconds="${1:-3600}"; shift || true
tests=("$@")
if [[ ${#tests[@]} -eq 0 ]]; then
  tests=(BpmnFuzzTest#load XProzessFuzzTest#importMessage RegisterFuzzTest#xmi RegisterFuzzTest#binary
         OfficeImportFuzzTest#csv OfficeImportFuzzTest#xlsx RulesFuzzTest#parse CatalogueCsvFuzzTest#load)
fi

if [[ $build == 1 ]]; then
  (cd "$ROOT" && MAVEN_OPTS=-Xmx2g ./mvnw -B -o -q test-compile -pl tests/org.prozesswerk.fuzz -am -DskipTests)
fi
cp="$HERE/target/test-classes:$HERE/target/classes:$(cat "$HERE/target/classpath.txt")"
if [[ $seeds == 1 ]]; then
  (cd "$HERE" && "$JAVA_HOME/bin/java" -cp "$cp" org.prozesswerk.fuzz.SeedCorpus)
fi

mkdir -p "$HERE/target/fuzz"
status=0
for test in "${tests[@]}"; do
  log="$HERE/target/fuzz/${test/\#/.}.log"
  echo "== $test: up to $runs executions or $seconds s -> $log"
  if (cd "$HERE" && "$JAVA_HOME/bin/java" -Xmx1g -DJAZZER_FUZZ=1 -Dfuzz.maxLen="${FUZZ_MAX_LEN:-4096}" -cp "$cp" \
        org.prozesswerk.fuzz.FuzzMain "$test" "$runs" "$seconds") >"$log" 2>&1; then
    result=ok
  else
    result=FAILED; status=1
  fi
  last=$(grep -aoE '^#[0-9]+' "$log" | tail -1 || true)
  echo "   $result, executions reached: ${last:-?}"
done
exit $status
