#!/usr/bin/env bash
# Failure behaviour of the real command line (issue 18), run by the build after the smoke test: the built product
# as a subprocess, started as ./prozesswerk starts it (pw_launch).
#  - validate writes nothing to standard error (no JVM Unsafe warnings, no log4j:WARN lines);
#  - running out of memory is never success: exit 2 and one German line, no stack trace (stats and import csv with
#    a small heap, as a huge value does with the default heap);
#  - absurd sizes are an input error naming the maximum (generate --steckbriefe 2000000000);
#  - a damaged binary register: exit 2 naming file and byte, no raw internal message;
#  - control characters from the data never reach the terminal.
# Usage: cli-failure-test.sh PRODUCT_DIR OUTPUT_DIR
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/product-test.sh"
pt_begin "CLI FAILURE TEST" "$1" "$2"
no_trace() {
  ! grep -q -e '^[[:space:]]*at ' -e 'Exception' -e 'Cannot invoke' -e 'out of bounds' "$out/$1.err" \
    || fail "$1: raw internal message or stack trace: $(head -5 "$out/$1.err")"
}

cli generate generate --steckbriefe 3000 --out "$out/r.pwregb"
[ $rc -eq 0 ] || fail "generate exited $rc: $(cat "$out/generate.err")"

cli validate validate "$out/r.pwregb"
[ $rc -le 1 ] || fail "validate exited $rc: $(head -5 "$out/validate.err")"
[ ! -s "$out/validate.err" ] || fail "validate wrote to standard error: $(head -5 "$out/validate.err")"
echo "cli-failure: validate: standard error empty"

# a register whose name is 24 million characters: more than a 40 MB heap can hold while parsing
{
  printf '<?xml version="1.0" encoding="UTF-8"?>\n<pw:ProcessRegister xmi:version="2.0" '
  printf 'xmlns:xmi="http://www.omg.org/XMI" xmlns:pw="http://prozesswerk.org/register/1.0" id="r" name="'
  head -c 24000000 /dev/zero | tr '\0' 'x'
  printf '"/>\n'
} >"$out/riesig.pwreg"
PROZESSWERK_VMARGS="-Xmx40m -XX:+UseSerialGC" cli oom-stats stats "$out/riesig.pwreg"
[ $rc -eq 2 ] || fail "stats out of memory exited $rc (expected 2): $(head -5 "$out/oom-stats.err")"
grep -q "Arbeitsspeicher" "$out/oom-stats.err" || fail "stats out of memory: no German message: $(cat "$out/oom-stats.err")"
no_trace oom-stats
# a CSV with one 24 MB cell
{
  printf 'Name;Beschreibung\nRiesig;'
  head -c 24000000 /dev/zero | tr '\0' 'x'
  printf '\n'
} >"$out/riesig.csv"
PROZESSWERK_VMARGS="-Xmx40m -XX:+UseSerialGC" cli oom-import import "$out/riesig.csv" --format csv --out "$out/i.pwreg"
[ $rc -eq 2 ] || fail "import out of memory exited $rc (expected 2): $(head -5 "$out/oom-import.err")"
grep -q "Arbeitsspeicher" "$out/oom-import.err" || fail "import: no German message: $(cat "$out/oom-import.err")"
no_trace oom-import
[ ! -e "$out/i.pwreg" ] || fail "import out of memory wrote a register"
echo "cli-failure: out of memory: exit 2 with a German message (stats, import csv)"

cli huge generate --steckbriefe 2000000000 --out "$out/huge.pwregb"
[ $rc -eq 2 ] || fail "generate 2000000000 exited $rc"
grep -q "1000000" "$out/huge.err" || fail "generate 2000000000: maximum not named: $(cat "$out/huge.err")"
echo "cli-failure: generate --steckbriefe 2000000000: exit 2, maximum named"

size=$(stat -c %s "$out/r.pwregb")
head -c $((size / 2)) "$out/r.pwregb" >"$out/halb.pwregb"
cli damaged stats "$out/halb.pwregb"
[ $rc -eq 2 ] || fail "damaged register exited $rc"
grep -q "halb.pwregb" "$out/damaged.err" && grep -q "Byte" "$out/damaged.err" \
  || fail "damaged register: file and byte not named: $(cat "$out/damaged.err")"
no_trace damaged
echo "cli-failure: damaged binary register: exit 2 naming file and byte"

printf 'Name;Beschreibung\nTitel\033]0;gehackt\007;x\nGut;ok\n' >"$out/escape.csv"
cli escape import "$out/escape.csv" --format csv --out "$out/escape.pwreg"
[ $rc -eq 1 ] || fail "import with control characters exited $rc (expected 1: row rejected)"
if grep -q -P '[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]' "$out/escape.out" "$out/escape.err"; then
  fail "control characters reached the terminal"
fi
grep -q 'U+001B' "$out/escape.out" || fail "the rejected row does not name the character: $(cat "$out/escape.out")"
echo "cli-failure: control characters from the data are shown escaped"

# a foreign rule file whose pattern backtracks without end ("((.*)*)*!" on any text without "!"): validate ends
# within the time limit and names the rule and each Steckbrief it could not check
cli generate-small generate --steckbriefe 5 --out "$out/klein.pwregb"
[ $rc -eq 0 ] || fail "generate 5 exited $rc: $(cat "$out/generate-small.err")"
cat >"$out/fremd.pwrules" <<'RULES'
regelwerk "Fremd"
regel FREMD-1 "Name ohne Ausrufezeichen"
    für Steckbrief
    schweregrad fehler
    prüfe name passt zu "((.*)*)*!"
    meldung "Steckbrief {key}: Name passt nicht."
RULES
start=$(date +%s)
set +e
(unset DISPLAY; pw_launch "$product" org.prozesswerk.cli.application validate "$out/klein.pwregb" \
  --no-default-rules --rules "$out/fremd.pwrules") >"$out/regex.out" 2>"$out/regex.err" &
jvm=$!
(sleep 300; kill -9 "$jvm" 2>/dev/null) &
watchdog=$!
wait "$jvm"
rc=$?
kill "$watchdog" 2>/dev/null || true
set -e
[ $rc -ne 137 ] || fail "validate with a backtracking pattern did not end within 300 s"
[ $rc -eq 1 ] || fail "validate with a backtracking pattern exited $rc (expected 1): $(head -5 "$out/regex.err")"
hits=$(grep -c 'FREMD-1.*((\.\*)\*)\*!' "$out/regex.out" || true)
[ "$hits" -eq 5 ] || fail "expected the rule and pattern named for each of 5 Steckbriefe, got $hits: $(head -5 "$out/regex.out")"
no_trace regex
echo "cli-failure: backtracking pattern of a foreign rule file: reported for 5 Steckbriefe in $(( $(date +%s) - start )) s"

# a register of an older version holding control characters (here as the XML 1.1 our save writes for it): it loads,
# each affected text is named on standard error, the CSV export writes U+FFFD and reports it, and our own import
# reads that CSV again without rejecting a row
cat >"$out/alt.pwreg" <<'REGISTER'
<?xml version="1.1" encoding="UTF-8"?>
<pw:ProcessRegister xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:pw="http://prozesswerk.org/register/1.0"
    id="r" name="Alt">
  <unfiledProfiles id="p1" key="ALT-1" name="Titel&#x1B;]0;x&#x7; aus CSV" description="Zeile&#x1;SOH"/>
</pw:ProcessRegister>
REGISTER
cli control-export export "$out/alt.pwreg" --format csv --out "$out/alt.csv"
[ $rc -eq 0 ] || fail "export of a register with control characters exited $rc: $(head -5 "$out/control-export.err")"
grep -q 'ALT-1, name: .*U+001B' "$out/control-export.err" || fail "the loaded text with U+001B is not named: $(cat "$out/control-export.err")"
[ "$(grep -c 'U+FFFD' "$out/control-export.out")" -eq 2 ] || fail "the export report does not list both texts: $(cat "$out/control-export.out")"
if grep -q -P '[\x00-\x08\x0b\x0c\x0e-\x1f]' "$out/alt.csv"; then fail "the CSV export holds a control character"; fi
cli control-import import "$out/alt.csv" --format csv --out "$out/alt-back.pwreg"
[ $rc -eq 0 ] || fail "our import of our own export exited $rc: $(head -5 "$out/control-import.out")"
echo "cli-failure: control characters of an old register: named on load, U+FFFD and reported in the export, read back"
