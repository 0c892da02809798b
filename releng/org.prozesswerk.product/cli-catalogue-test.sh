#!/usr/bin/env bash
# Own catalogues through the real command line (issue 16), each call a new process (so every step is also a restart):
#  - the three documented example shapes (KGSt-Leistungen, Rechnungshof, Online-Antragsassistenten) import, list
#    and stay after the next start; a second version prints keys added, removed and relabelled;
#  - bad input (wrong separator, duplicate keys, keys missing the pattern, an .xlsx that is not one): exit 2, one
#    German message naming file, row and column, nothing written;
#  - a register refers to the imported catalogue: a rule of the user's and the default MPQ-27 flag the removed key, the
#    statistics count it, relink and refresh-labels repair it;
#  - remove.
# Usage: cli-catalogue-test.sh PRODUCT_DIR OUTPUT_DIR
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/product-test.sh"
pt_begin "CLI CATALOGUE TEST" "$1" "$2"
pw_ensure_packages # jq reads the statistics
examples="$PW_ROOT/docs/examples/catalogues"
expect() { # expect NAME CODE: the exit code of the last call
  [ $rc -eq "$2" ] || fail "$1 exited $rc (expected $2): $(head -5 "$out/$1.err")"
}

cli kgst catalogue import "$examples/kgst-leistungen-beispiel.csv" --id beispiel.kgst \
  --name "KGSt-Leistungen (Beispiel)" --version 2024 --key-column Nummer --label-column Bezeichnung \
  --parent-column Obernummer --kind-column Ebene --description-column Beschreibung \
  --valid-from-column "Gültig ab" --valid-until-column "Gültig bis" --attribute-columns "Zuständiges Amt" \
  --key-pattern 'B\d+(\.\d+)*' --key-format "B und Ziffern mit Punkten"
expect kgst 0
grep -q "beispiel.kgst" "$out/kgst.out" || fail "kgst: $(cat "$out/kgst.out")"
cli rh catalogue import "$examples/rechnungshof-aufgaben-beispiel.csv" --id beispiel.rechnungshof \
  --name "Aufgabenkatalog eines Rechnungshofs (Beispiel)" --version 2024 --key-column Aufgabennummer \
  --label-column Aufgabe --parent-column "Übergeordnete Nummer" --valid-from-column "Gültig ab" \
  --attribute-columns "Prüfgebiet,Rechtsgrundlage" --key-pattern '\d+(\.\d+)*'
expect rh 0
oaa=(--id beispiel.oaa --name "Online-Antragsassistenten (Beispiel)" --key-column OAA-Nr
  --label-column Bezeichnung --url-column URL --valid-from-column "Gültig ab"
  --attribute-columns "Anbieter,LeiKa-Schlüssel" --key-pattern 'OAA-\d{3}' --key-format "OAA- und drei Ziffern")
cli oaa catalogue import "$examples/online-antragsassistenten-beispiel.csv" "${oaa[@]}" --version 1
expect oaa 0

cli list catalogue list
expect list 0
grep -q "^beispiel.kgst	2024	4	importiert	" "$out/list.out" || fail "list: $(cat "$out/list.out")"
grep -q "^beispiel.rechnungshof	2024	5	importiert	" "$out/list.out" || fail "list: $(cat "$out/list.out")"
grep -q "^beispiel.oaa	1	3	importiert	" "$out/list.out" || fail "list: $(cat "$out/list.out")"
grep -q "^leika	.*	mitgeliefert	" "$out/list.out" || fail "list without built-ins: $(cat "$out/list.out")"
echo "cli-catalogue: three example catalogues imported and listed after a restart"

register="$out/register.pwreg"
cp "$(dirname "${BASH_SOURCE[0]}")/cli-catalogue-register.pwreg" "$register"
cat >"$out/oaa.pwrules" <<'RULES'
regelwerk "OAA-Verweise"
regel OAA-01 "OAA-Verweis im Katalog"
    für Steckbrief
    schweregrad fehler
    prüfe für alle v in katalogverweise("beispiel.oaa") gilt (v ist auflösbar)
    meldung "Steckbrief {key}: ein Online-Antragsassistent ist im Katalog entfallen."
RULES
cli validate-v1 validate "$register" --rules "$out/oaa.pwrules" --no-default-rules
expect validate-v1 0
# the statistics count the imported catalogue like a built-in one
cli stats stats "$register" --format json
expect stats 0
jq -e '.catalogues[] | select(.id == "beispiel.oaa") | .linked == 3' "$out/stats.out" >/dev/null \
  || fail "stats: beispiel.oaa not counted: $(cat "$out/stats.out")"
cli oaa2 catalogue import "$examples/online-antragsassistenten-beispiel-v2.csv" "${oaa[@]}" --version 2 \
  --register "$register"
expect oaa2 0
grep -q "1 neu, 1 entfallen, 1 umbenannt" "$out/oaa2.out" || fail "oaa2: $(cat "$out/oaa2.out")"
grep -q "  - OAA-002" "$out/oaa2.out" || fail "oaa2: $(cat "$out/oaa2.out")"
grep -q "2 Steckbriefe verweisen auf entfallene oder umbenannte" "$out/oaa2.out" || fail "oaa2: $(cat "$out/oaa2.out")"
grep -q "^  PW-000002 Hundesteuer festsetzen: Schlüssel OAA-002 entfallen" "$out/oaa2.out" || fail "oaa2: $(cat "$out/oaa2.out")"
echo "cli-catalogue: version 2: $(grep -c '^  [-+~]' "$out/oaa2.out") changes listed, affected Steckbriefe named"
# the removed key is a rule finding now (the reference no longer resolves) in a rule of the user's ...
cli validate-v2 validate "$register" --rules "$out/oaa.pwrules" --no-default-rules
expect validate-v2 1
grep -q "PW-000002" "$out/validate-v2.out" || fail "validate-v2: $(cat "$out/validate-v2.out")"
# ... and so is it for the default rule set's MPQ-27, which knows no catalogue in particular
cli validate-default validate "$register"
grep -E -q "MPQ-27.*PW-000002|PW-000002.*MPQ-27" "$out/validate-default.out" \
  || fail "MPQ-27 did not flag PW-000002: $(grep -e MPQ-27 -e PW-000002 "$out/validate-default.out" | head -5)"
[ "$(grep -c "MPQ-27" "$out/validate-default.out")" -eq 1 ] || fail "MPQ-27: $(grep MPQ-27 "$out/validate-default.out")"
# ... moved to the successor in one step, and the label snapshots refreshed
cli relink catalogue relink "$register" --catalogue beispiel.oaa --from OAA-002 --to OAA-004
expect relink 0
grep -q "^1 Verweise von OAA-002 auf OAA-004" "$out/relink.out" || fail "relink: $(cat "$out/relink.out")"
cli refresh catalogue refresh-labels "$register" --catalogue beispiel.oaa
expect refresh 0
grep -q "Wohngeld online beantragen" "$register" || fail "label snapshot not refreshed"
cli validate-v3 validate "$register" --rules "$out/oaa.pwrules" --no-default-rules
expect validate-v3 0
cli validate-default2 validate "$register"
! grep -q "MPQ-27" "$out/validate-default2.out" || fail "MPQ-27 after relink: $(grep MPQ-27 "$out/validate-default2.out")"
echo "cli-catalogue: removed key flagged by a rule, moved to its successor, labels refreshed: $(head -1 "$out/refresh.out")"

before="$(cat "$PROZESSWERK_HOME/catalogues/beispiel.oaa.csv")"
bad() { # bad NAME FILE PATTERN: refused with exit 2, German message matching PATTERN, stored catalogue unchanged
  cli "$1" catalogue import "$2" "${oaa[@]}" --version 3
  expect "$1" 2
  grep -q -- "$3" "$out/$1.err" || fail "$1: message: $(cat "$out/$1.err")"
  ! grep -q -e '^[[:space:]]*at ' -e 'Exception' "$out/$1.err" || fail "$1: stack trace: $(head -5 "$out/$1.err")"
  [ "$(cat "$PROZESSWERK_HOME/catalogues/beispiel.oaa.csv")" = "$before" ] || fail "$1: stored catalogue changed"
  echo "cli-catalogue: $1: $(head -2 "$out/$1.err" | tail -1)"
}
printf 'OAA-Nr|Bezeichnung|Anbieter|URL|LeiKa-Schlüssel|Gültig ab\nOAA-001|a|b|c||\n' >"$out/trennzeichen.csv"
bad separator "$out/trennzeichen.csv" "trennzeichen.csv, Zeile 1, Spalte „OAA-Nr“: .*Trennzeichen"
printf 'OAA-Nr;Bezeichnung;Anbieter;URL;LeiKa-Schlüssel;Gültig ab\nOAA-001;a;b;c;;\nOAA-001;d;e;f;;\n' >"$out/doppelt.csv"
bad duplicate "$out/doppelt.csv" "doppelt.csv, Zeile 3, Spalte „OAA-Nr“: Schlüssel OAA-001 stand schon in Zeile 2"
printf 'OAA-Nr;Bezeichnung;Anbieter;URL;LeiKa-Schlüssel;Gültig ab\nOAA-1;a;b;c;;\n' >"$out/muster.csv"
bad pattern "$out/muster.csv" "muster.csv, Zeile 2, Spalte „OAA-Nr“: .*OAA- und drei Ziffern"
cp "$out/muster.csv" "$out/keine-mappe.xlsx"
bad not-xlsx "$out/keine-mappe.xlsx" "keine-mappe.xlsx: keine Excel-Arbeitsmappe"

cli remove catalogue remove beispiel.oaa
expect remove 0
cli remove-builtin catalogue remove leika
expect remove-builtin 2
cli list2 catalogue list
! grep -q "^beispiel.oaa	" "$out/list2.out" || fail "removed catalogue still listed"
echo "cli-catalogue: passed"
