#!/usr/bin/env bash
# Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
#
# Load benchmark: org.prozesswerk.bpmn (EMF) against bpmn-moddle 10.3.1 (node), same files, one run.
#   1. all 21 MIWG reference models, parsed from memory, warm (30 warm-up passes, median of 30 passes)
#   2. a generated model with 5,000 semantic flow elements plus DI (generate-big.py), warm load
# Needs: a built org.prozesswerk.bpmn (./mvnw -B verify -pl bundles/org.prozesswerk.bpmn -am), JDK >= 21, node + npm.
# Not JMH (it compares with node), but kept in the benchmarks home beside the JMH harness; numbers are indicative.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../../.." && pwd)"
# The MIWG reference models inside the checkout (tests.support/data, CC BY 3.0, see its README).
MIWG_DIR="${PROZESSWERK_MIWG_DIR:-$ROOT/tests/org.prozesswerk.tests.support/data/bpmn-miwg-reference}"
JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
M2="${M2_REPO:-$HOME/.m2/repository}"
WORK="$HERE/target"
mkdir -p "$WORK"

[ -d "$MIWG_DIR" ] || { echo "compare.sh: no $MIWG_DIR (set PROZESSWERK_MIWG_DIR)" >&2; exit 2; }
bundle_jar() { ls "$ROOT/bundles/$1/target/$1-"*.jar 2>/dev/null | grep -v sources | head -1; }
BPMN_JAR="$(bundle_jar org.prozesswerk.bpmn)"; MODEL_JAR="$(bundle_jar org.prozesswerk.model)"
[ -n "$BPMN_JAR" ] && [ -n "$MODEL_JAR" ] || { echo "compare.sh: build first: ./mvnw -B verify -pl bundles/org.prozesswerk.bpmn -am" >&2; exit 2; }
# The runtime versions of targetplatform/prozesswerk.target, from the local Maven repository.
CP="$BPMN_JAR:$MODEL_JAR"
for jar in org/eclipse/emf/org.eclipse.emf.common/2.46.0/org.eclipse.emf.common-2.46.0.jar \
           org/eclipse/emf/org.eclipse.emf.ecore/2.43.0/org.eclipse.emf.ecore-2.43.0.jar \
           org/eclipse/emf/org.eclipse.emf.ecore.xmi/2.41.0/org.eclipse.emf.ecore.xmi-2.41.0.jar \
           org/eclipse/platform/org.eclipse.osgi/3.24.300/org.eclipse.osgi-3.24.300.jar; do
  [ -f "$M2/$jar" ] || { echo "compare.sh: missing $M2/$jar (run the codegen or the build once)" >&2; exit 2; }
  CP="$CP:$M2/$jar"
done

python3 "$HERE/generate-big.py" 5000 "$WORK/big-5000.bpmn"
MIWG=("$MIWG_DIR"/*.bpmn)

if [ ! -d "$WORK/node_modules/bpmn-moddle" ]; then
  (cd "$WORK" && npm init -y >/dev/null && npm install --no-audit --no-fund --silent bpmn-moddle@10.3.1 >/dev/null)
fi
cp "$HERE/bench.mjs" "$WORK/bench.mjs"

echo "# $(date -u +%FT%TZ) $(nproc) cores, $("$JAVA_HOME/bin/java" -version 2>&1 | head -1), node $(node --version)"
"$JAVA_HOME/bin/java" -Xmx1g -cp "$CP" "$HERE/BpmnBench.java" "$WORK/big-5000.bpmn" "${MIWG[@]}" | tee "$WORK/java.txt"
(cd "$WORK" && node bench.mjs "$WORK/big-5000.bpmn" "${MIWG[@]}") | tee "$WORK/node.txt"

val() { awk -v k="$1" '$1 == k { print $2 }' "$WORK"/java.txt "$WORK"/node.txt; }
ratio() { awk -v j="$(val "java.$1")" -v n="$(val "node.$1")" -v k="$1" 'BEGIN { printf "speedup.%s (bpmn-moddle / EMF) %.2fx\n", k, n / j }'; }
for k in miwg.pass.median.ms miwg.pass.best.ms miwg.pass.cpu.median.ms big.load.median.ms big.load.best.ms big.load.cpu.median.ms; do
  ratio "$k"
done
echo "# load average: $(cut -d' ' -f1-3 /proc/loadavg) (wall times are noisy on a busy machine; CPU times less so)"
