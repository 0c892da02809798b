#!/usr/bin/env bash
# Every export and import format through the real command line of the built product, each run as a subprocess
# with a time limit (run by the build after the smoke test, integration-test phase of releng/org.prozesswerk.product).
#
# Issue 18: XLSX import, XLSX export and PDF export hung forever in the command line while the API tests passed.
# A run that does not finish within PW_CLI_TIMEOUT seconds FAILS this test; its thread dump is saved beside the
# output before the process is killed, so a hang names the lock it waits for. Default 600 s: normally each run
# takes seconds, but a PDF export of the Musterregister took 229 s on the 2-core build machine at load 35.
#
#   export: csv, xlsx, json, html, pdf, xprozess of the Musterregister (written by `prozesswerk demo`)
#   import: csv, xlsx, xprozess of those exports, each imported register checked with `prozesswerk stats`
#           (same number of Steckbriefe as the Musterregister: the round trip proves the export readable)
#   merge:  diff V1 V2.1, update of the demo municipality with and without --keep-conflicts (issue 13)
#
# Usage: cli-formats-test.sh PRODUCT_DIR OUTPUT_DIR
set -euo pipefail
product="$1"
out="$2"
source "$(cd "$(dirname "${BASH_SOURCE[0]}")/../scripts" && pwd)/common.sh"
pw_find_jdk
pw_ensure_packages # jq and unzip check the exports

rm -rf "$out"
mkdir -p "$out"
export PROZESSWERK_HOME="$out/home"
limit="${PW_CLI_TIMEOUT:-600}"
failures=()

fail_now() {
  echo "CLI FORMATS TEST FAILED: $*" >&2
  exit 1
}

# cli NAME ARGS...: runs the command line without a display; stdout/stderr in $out/NAME.out/.err; sets $rc and $ms.
# On timeout: thread dump to $out/NAME.threads, kill, rc=124.
cli() {
  local name="$1" pid started deadline
  shift
  started=$(date +%s%N)
  (unset DISPLAY; pw_launch "$product" org.prozesswerk.cli.application "$@") >"$out/$name.out" 2>"$out/$name.err" &
  pid=$!
  deadline=$((SECONDS + limit))
  while kill -0 "$pid" 2>/dev/null && [ $SECONDS -lt "$deadline" ]; do
    sleep 0.1
  done
  if kill -0 "$pid" 2>/dev/null; then
    "$JAVA_HOME/bin/jstack" "$pid" >"$out/$name.threads" 2>&1 || true
    kill -9 "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    rc=124
  else
    set +e
    wait "$pid"
    rc=$?
    set -e
  fi
  ms=$((($(date +%s%N) - started) / 1000000))
}

# check NAME CONDITION-MESSAGE: records a failure for the step if the last cli call did not exit 0.
ok_or_record() {
  local name="$1"
  if [ "$rc" -eq 124 ]; then
    failures+=("$name: no answer within $limit s (hang); thread dump: $out/$name.threads: $(grep -m1 -A12 '^"app thread' "$out/$name.threads" | tr '\n' ' ' | cut -c1-600)")
    return 1
  elif [ "$rc" -ne 0 ]; then
    failures+=("$name: exit $rc: $(head -c 400 "$out/$name.err")")
    return 1
  fi
  return 0
}

steckbriefe_of() {
  cli "stats-$2" stats "$1" --format json
  ok_or_record "stats-$2" || { echo -1; return; }
  sed -n 's/^ *"steckbriefe": \([0-9]*\),*$/\1/p' "$out/stats-$2.out" | head -n 1
}

muster="$out/muster.pwreg"
cli demo demo --out "$muster"
ok_or_record demo || fail_now "${failures[*]}"
expected=$(steckbriefe_of "$muster" muster)
[ "${expected:-0}" -gt 0 ] 2>/dev/null || fail_now "cannot count the Steckbriefe of the Musterregister: ${failures[*]:-}"
echo "cli-formats: Musterregister with $expected Steckbriefe"

for format in csv xlsx json html pdf xprozess; do
  ext=$format
  [ "$format" = xprozess ] && ext=xml
  file="$out/export.$ext"
  cli "export-$format" export "$muster" --format "$format" --out "$file"
  ok_or_record "export-$format" || continue
  echo "cli-formats: export $format: exit 0 in $ms ms, $(stat -c %s "$file" 2>/dev/null || echo 0) bytes"
  [ -s "$file" ] || { failures+=("export-$format: $file missing or empty"); continue; }
  # grep without -q in pipelines: with pipefail, grep -q leaving early would fail the producer (SIGPIPE).
  case "$format" in
    csv) head -n 1 "$file" | grep "Name" >/dev/null || failures+=("export-csv: no header line with Name") ;;
    xlsx) unzip -l "$file" 2>/dev/null | grep "xl/workbook.xml" >/dev/null || failures+=("export-xlsx: not a workbook") ;;
    json)
      count=$(jq '.steckbriefe | length' "$file" 2>"$out/jq.err") \
        || { failures+=("export-json: not valid JSON: $(head -c 200 "$out/jq.err")"); continue; }
      [ "$count" = "$expected" ] || failures+=("export-json: $count Steckbriefe, expected $expected") ;;
    html) grep -q "</html>" "$file" || failures+=("export-html: no closing </html>") ;;
    pdf)
      [ "$(head -c 5 "$file")" = "%PDF-" ] && tail -c 1024 "$file" | grep -a "%%EOF" >/dev/null \
        || failures+=("export-pdf: not a complete PDF (header %PDF-, trailer %%EOF)") ;;
    xprozess) head -c 200 "$file" | grep "<?xml" >/dev/null || failures+=("export-xprozess: not XML") ;;
  esac
done

for format in csv xlsx xprozess; do
  ext=$format
  [ "$format" = xprozess ] && ext=xml
  source_file="$out/export.$ext"
  [ -s "$source_file" ] || { failures+=("import-$format: no export to import"); continue; }
  register="$out/imported-$format.pwreg"
  cli "import-$format" import "$source_file" --format "$format" --out "$register"
  # exit 1 = imported with findings (e.g. rows not kept); the register must exist all the same
  if [ "$rc" -eq 1 ]; then rc=0; fi
  ok_or_record "import-$format" || continue
  echo "cli-formats: import $format: in $ms ms"
  count=$(steckbriefe_of "$register" "import-$format")
  [ "$count" = "$expected" ] || failures+=("import-$format: imported register has $count Steckbriefe, expected $expected")
done

# Issue 13: compare and three-way update through the command line, on the built-in Musterregister versions and
# the demo municipality (docs/merge.md): diff finds differences (exit 1); update with open conflicts writes nothing
# (exit 1); with --keep-conflicts it writes a register that loads, and the JSON report still lists both sides.
merged="$out/merged.pwreg"
cli demo-local demo --version local --out "$out/local.pwreg"
if ok_or_record demo-local; then
  cli diff diff V1 V2.1 --format json
  if [ "$rc" -eq 1 ] && [ "$(jq '.count' "$out/diff.out" 2>/dev/null || echo 0)" -gt 0 ]; then
    echo "cli-formats: diff V1 V2.1: $(jq '.count' "$out/diff.out") differences in $ms ms"
  else
    failures+=("diff V1 V2.1: exit $rc, expected 1 with differences: $(head -c 400 "$out/diff.err")")
  fi
  cli update update --base V1 --ours "$out/local.pwreg" --theirs V2.1 --out "$merged" --report json
  if [ "$rc" -eq 1 ] && [ ! -e "$merged" ] && [ "$(jq '.conflicts' "$out/update.out" 2>/dev/null || echo 0)" -gt 0 ]; then
    echo "cli-formats: update V1 -> V2.1: $(jq '.conflicts' "$out/update.out") open conflicts, nothing written"
  else
    failures+=("update with open conflicts: exit $rc, expected 1 and no file: $(head -c 400 "$out/update.err")")
  fi
  cli update-keep update --base V1 --ours "$out/local.pwreg" --theirs V2.1 --out "$merged" --report json \
    --keep-conflicts ours
  if [ "$rc" -eq 1 ] && [ -s "$merged" ] && [ "$(jq '.oursChanges' "$out/update-keep.out" 2>/dev/null || echo 0)" -gt 0 ]; then
    count=$(steckbriefe_of "$merged" merged)
    [ "${count:-0}" -gt 0 ] 2>/dev/null || failures+=("update --keep-conflicts: the merged register does not load")
    echo "cli-formats: update --keep-conflicts ours: merged register with $count Steckbriefe in $ms ms"
  else
    failures+=("update --keep-conflicts ours: exit $rc, expected 1 and a merged file: $(head -c 400 "$out/update-keep.err")")
  fi
fi

if [ ${#failures[@]} -gt 0 ]; then
  printf 'CLI FORMATS TEST FAILED:\n' >&2
  printf '  - %s\n' "${failures[@]}" >&2
  exit 1
fi
echo "cli-formats: 6 exports, 3 imports, diff and update through the command line, each within $limit s: ok"
