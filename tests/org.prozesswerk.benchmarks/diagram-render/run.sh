#!/usr/bin/env bash
# Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
# Renders a recorded setModel action (JSON, e.g. tests/org.prozesswerk.diagram.tests/target/bench/
# orgchart-2000-setModel.json) with the real client bundle (bundles/org.prozesswerk.diagram.ui/web, built by its
# `npm run build`) in headless
# Chromium (driven by puppeteer-core, no browser download) and prints the timing. Usage: run.sh <setModel.json> [runs]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
web="$(cd "$here/../../../bundles/org.prozesswerk.diagram.ui/web" && pwd)"
model="$(realpath "$1")"
runs="${2:-5}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp "$web/"* "$here/bench.html" "$here/fake-server.js" "$work/"
{ printf 'window.BENCH_SET_MODEL = '; cat "$model"; printf ';\n'; } > "$work/model.js"
(cd "$here" && npm ci --no-audit --no-fund --ignore-scripts >/dev/null 2>&1 || npm install --no-audit --no-fund --ignore-scripts >/dev/null)
node "$here/bench.mjs" "$work" "$runs"
