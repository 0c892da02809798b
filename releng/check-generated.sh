#!/usr/bin/env bash
# Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
#
# CI check: regenerates everything generated - the EMF code from bundles/org.prozesswerk.model/model/prozesswerk.genmodel,
# the BPMN 2.0 model from bundles/org.prozesswerk.bpmn/model/xsd/*.xsd (.ecore, .genmodel and code), the diagram
# notation model from bundles/org.prozesswerk.diagram/model/notation.genmodel and the Xtext code of the rule language
# from bundles/org.prozesswerk.rules/src/org/prozesswerk/rules/Rules.xtext - and fails if the result differs from what
# is committed, i.e. someone changed a .ecore/.genmodel/.xsd/.xtext without regenerating (or edited generated code by
# hand). See docs/codegen.md.
#
# Exit codes: 0 up to date, 1 generated files are stale (listed), 2 the generator itself failed.
# Run it on a clean checkout: uncommitted changes to the checked paths count as "stale".
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"   # .mvn/maven.config refers to .mvn/settings.xml relative to the repository root

if [ -z "${JAVA_HOME:-}" ] && [ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]; then
  export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi

# Everything the generator writes. src-gen/ is wiped and rewritten; the other files are merged by EMF
# (plugin.xml: generated extensions only; plugin.properties: new keys appended; icons: only when missing).
GENERATED=(
  bundles/org.prozesswerk.model/src-gen
  bundles/org.prozesswerk.model.edit/src-gen
  bundles/org.prozesswerk.model/plugin.xml
  bundles/org.prozesswerk.model/plugin.properties
  bundles/org.prozesswerk.model.edit/plugin.xml
  bundles/org.prozesswerk.model.edit/plugin.properties
  bundles/org.prozesswerk.model.edit/icons
  bundles/org.prozesswerk.bpmn/src-gen
  bundles/org.prozesswerk.bpmn/model/bpmn20.ecore
  bundles/org.prozesswerk.bpmn/model/bpmndi.ecore
  bundles/org.prozesswerk.bpmn/model/di.ecore
  bundles/org.prozesswerk.bpmn/model/dc.ecore
  bundles/org.prozesswerk.bpmn/model/bpmn.genmodel
  bundles/org.prozesswerk.bpmn/plugin.xml
  bundles/org.prozesswerk.bpmn/plugin.properties
  # Xtext (GenerateRules.mwe2): src-gen is wiped and rewritten; model/generated holds the inferred Ecore model.
  bundles/org.prozesswerk.rules/src-gen
  bundles/org.prozesswerk.rules/model/generated
  bundles/org.prozesswerk.rules.ide/src-gen
  bundles/org.prozesswerk.diagram/src-gen
  bundles/org.prozesswerk.diagram/plugin.xml
  bundles/org.prozesswerk.diagram/plugin.properties
)

log="$(mktemp)"
trap 'rm -f "$log"' EXIT
echo "check-generated: regenerating EMF, BPMN, notation and Xtext code ..."
if ! ./mvnw -B -f releng/org.prozesswerk.codegen/pom.xml process-sources >"$log" 2>&1; then
  cat "$log" >&2
  echo "check-generated: the code generator failed (output above)." >&2
  exit 2
fi
grep '^\[codegen\]' "$log" || true

changes="$(git status --porcelain --untracked-files=all -- "${GENERATED[@]}")"
if [ -n "$changes" ]; then
  {
    echo "check-generated: FAILED - generated code is not up to date with its sources (genmodel, XSDs, grammar)."
    echo "These files differ after regeneration:"
    echo "$changes" | sed 's/^/  /'
    echo "Regenerate with"
    echo "  ./mvnw -f releng/org.prozesswerk.codegen/pom.xml process-sources"
    echo "and commit the result (see docs/codegen.md)."
  } >&2
  exit 1
fi

# Not fatal: German labels are hand-written; report keys that have no translation yet.
keys() { sed -n 's/^\([^#![:space:]=:][^=:[:space:]]*\)[[:space:]]*[=:].*/\1/p' "$1" | sort -u; }
edit=bundles/org.prozesswerk.model.edit
missing="$(comm -23 <(keys "$edit/plugin.properties") <(keys "$edit/plugin_de.properties"))"
if [ -n "$missing" ]; then
  echo "check-generated: warning - keys of $edit/plugin.properties missing in plugin_de.properties:" >&2
  echo "$missing" | sed 's/^/  /' >&2
fi

echo "check-generated: OK - generated EMF, BPMN and Xtext code is up to date."
