#!/usr/bin/env bash
# Re-imports through the real command line of the built product (issue 16), each call a new process:
#  - the real FIM XProzess message imported (--out), a local edit in the register, the next message (same file name,
#    process renamed) imported --into: one Steckbrief, the new name, the local edit kept, three-way (exit 0);
#  - local and message rename the process: exit 1, the conflict listed, the register byte-identical;
#  - the Musterregister as CSV and as XLSX, imported twice: as many Steckbriefe as the Musterregister, not twice as
#    many; a name changed in the CSV arrives;
#  - a broken message --into: exit 2, the register byte-identical, no staging folder left.
# Usage: cli-reimport-test.sh PRODUCT_DIR OUTPUT_DIR
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/product-test.sh"
pt_begin "CLI REIMPORT TEST" "$1" "$2"
pw_ensure_packages # jq reads the JSON reports
expect() { # expect NAME CODE: the exit code of the last call
  [ $rc -eq "$2" ] || fail "$1 exited $rc (expected $2): $(head -5 "$out/$1.err") $(tail -5 "$out/$1.out")"
}
steckbriefe() { # steckbriefe NAME REGISTER: prints the register's number of Steckbriefe (stats)
  cli "$1" stats "$2" --format json
  expect "$1" 0
  jq -r '.steckbriefe' "$out/$1.out"
}

name='Anzeige zur Beschäftigung einer schwangeren oder stillenden Frau bearbeiten'
original="$PW_ROOT/tests/org.prozesswerk.tests.support/data/xprozess-fim/99006028261000_xprozess2_alleInhalte.export.0303.xml"
message="$out/nachricht.xml"
register="$out/fim.pwreg"
cp "$original" "$message"

cli first import "$message" --format xprozess --out "$register"
expect first 0
[ "$(steckbriefe stats-first "$register")" = 1 ] || fail "first import: not one Steckbrief"
# a local edit of a field the message does not carry (XMI attribute of the Steckbrief)
sed -i '/<unfiledProfiles /s/ key="99006028261000"/ key="99006028261000" processOwner="Frau Lokal"/' "$register"
grep -q 'processOwner="Frau Lokal"' "$register" || fail "local edit not made"

sed "s/$name/$name (2025)/g" "$original" >"$message"
cli second import "$message" --format xprozess --into "$register" --report json
expect second 0
[ "$(jq -r '.threeWay' "$out/second.out")" = true ] || fail "second: not three-way: $(cat "$out/second.out")"
[ "$(jq -r '.matched' "$out/second.out")" = 1 ] || fail "second: matched: $(cat "$out/second.out")"
[ "$(steckbriefe stats-second "$register")" = 1 ] || fail "second import copied the Steckbrief"
grep -q "name=\"$name (2025)\"" "$register" || fail "second: the new name did not arrive"
grep -q 'processOwner="Frau Lokal"' "$register" || fail "second: the local edit was lost"

sed -i "s/name=\"$name (2025)\"/name=\"Mutterschutz-Anzeige (lokal)\"/" "$register"
cp "$register" "$out/before-conflict.pwreg"
sed "s/$name/$name (2026)/g" "$original" >"$message"
cli conflict import "$message" --format xprozess --into "$register"
expect conflict 1
grep -q "SAME_FIELD" "$out/conflict.out" || fail "conflict not listed: $(cat "$out/conflict.out")"
grep -q "Nichts geschrieben" "$out/conflict.out" || fail "conflict: $(cat "$out/conflict.out")"
cmp -s "$register" "$out/before-conflict.pwreg" || fail "conflict: the register was changed"

head -c 20000 "$original" >"$message"
cli broken import "$message" --format xprozess --into "$register"
expect broken 2
grep -q "nachricht.xml" "$out/broken.err" || fail "broken: the message does not name the file: $(cat "$out/broken.err")"
cmp -s "$register" "$out/before-conflict.pwreg" || fail "broken: the register was changed"
if ls -a "$out" | grep -q '^\.import-'; then fail "broken: staging folder left"; fi

cli demo demo --out "$out/muster.pwreg"
expect demo 0
total="$(steckbriefe stats-muster "$out/muster.pwreg")"
for format in csv xlsx; do
  cli "export-$format" export "$out/muster.pwreg" --format "$format" --out "$out/liste.$format"
  expect "export-$format" 0
  cli "import1-$format" import "$out/liste.$format" --format "$format" --out "$out/liste-$format.pwreg"
  expect "import1-$format" 0
  if [ "$format" = csv ]; then # a renamed Steckbrief in next year's list
    first_name="$(sed -n '2p' "$out/liste.csv" | cut -d';' -f3 | tr -d '"')"
    first_re="$(printf '%s' "$first_name" | sed 's/[][\/.*^$&|]/\\&/g')"
    sed -i "2s/$first_re/$first_re (umbenannt)/" "$out/liste.csv"
    grep -q "$first_re (umbenannt)" "$out/liste.csv" || fail "csv: rename not made in $(sed -n 2p "$out/liste.csv")"
  fi
  cli "import2-$format" import "$out/liste.$format" --format "$format" --into "$out/liste-$format.pwreg" --report json
  expect "import2-$format" 0
  [ "$(jq -r '.matched' "$out/import2-$format.out")" = "$total" ] || fail "$format: matched $(jq -r .matched "$out/import2-$format.out") of $total"
  [ "$(steckbriefe "stats-$format" "$out/liste-$format.pwreg")" = "$total" ] || fail "$format: re-import copied Steckbriefe"
done
grep -q "$first_re (umbenannt)" "$out/liste-csv.pwreg" || fail "csv: the renamed Steckbrief did not arrive"
echo "CLI REIMPORT TEST PASSED: XProzess twice (three-way, local edit kept), conflict exit 1, broken exit 2, CSV and XLSX of $total Steckbriefe twice"
