# Shared shell functions of p2-install-test.sh and p2-ui-test.sh. Source, don't run.
# Expects $product (the built product), $out (the output folder) and releng/scripts/common.sh sourced.
# shellcheck shell=bash

feature=de.land.nrw.feature.feature.group

# Sets $profile, the product's p2 profile (config.ini, eclipse.p2.profile), and $prefs, its repository settings.
p2_profile() {
  [ -f "$product/configuration/config.ini" ] \
    || fail "no product at $product: build it first (./mvnw package -pl releng/org.prozesswerk.product -am)"
  profile=$(sed -n 's/^eclipse\.p2\.profile=//p' "$product/configuration/config.ini")
  [ -n "$profile" ] || fail "config.ini of the product names no p2 profile (eclipse.p2.profile)"
  prefs="$product/p2/org.eclipse.equinox.p2.engine/profileRegistry/$profile.profile/.data/.settings/org.eclipse.equinox.p2.metadata.repository.prefs"
}

# run NAME APPLICATION ARGS...: one start of the product without display; output in $out/NAME.out/.err, exit code in $rc
run() {
  local name="$1" application="$2"
  shift 2
  set +e
  (unset DISPLAY; pw_launch "$product" "$application" "$@") >"$out/$name.out" 2>"$out/$name.err"
  rc=$?
  set -e
}

cli() { # cli NAME ARGS...: the command line
  local name="$1"
  shift
  run "$name" org.prozesswerk.cli.application "$@"
}

director() { # director NAME ARGS...: p2's director application on the product's own profile
  local name="$1"
  shift
  run "$name" org.eclipse.equinox.p2.director -destination "$product" -profile "$profile" "$@"
}

installed() { # installed NAME: true when the example feature is among the product's installed roots
  director "list-$1" -listInstalledRoots
  [ $rc -eq 0 ] || fail "director -listInstalledRoots exited $rc: $(head -c 2000 "$out/list-$1.err")"
  grep -q "^$feature" "$out/list-$1.out"
}

# Remembers whether the command line's start-up cache is fresh; p2_restore makes it fresh again, since every change
# of the bundle list (install, uninstall) makes it stale and the colleagues' measurements use the built product.
p2_remember() {
  aot_was_fresh=
  pw_jdk_supports_aot_cache && pw_aot_cache_fresh "$product" && aot_was_fresh=1
  return 0
}

# Uninstalls the example if it is (still) installed and rebuilds the start-up cache if it was fresh before.
p2_restore() {
  if installed cleanup; then
    director uninstall-cleanup -uninstallIU "$feature"
  fi
  if [ -n "${aot_was_fresh:-}" ] && ! pw_aot_cache_fresh "$product"; then
    pw_build_aot_cache "$product"
  fi
}

# The four contributions through new starts of the product, on REGISTER (SUFFIX names the outputs):
# check_contributions present|absent REGISTER SUFFIX
check_contributions() {
  local want="$1" register="$2" s="$3" export_rc coverage_rc
  cli "list$s" catalogue list
  [ $rc -eq 0 ] || fail "catalogue list exited $rc: $(head -c 2000 "$out/list$s.err")"
  cli "export$s" export "$register" --format nrw-bauportal --out "$out/bauportal$s.tsv"
  export_rc=$rc
  cli "validate$s" validate "$register"
  PW_CLI_ALL_BUNDLES=1 cli "coverage$s" nrw-coverage "$register"
  coverage_rc=$rc
  if [ "$want" = present ]; then
    grep -q "^nrw\.bauen	2019	8	" "$out/list$s.out" || fail "catalogue nrw.bauen not listed: $(cat "$out/list$s.out")"
    [ $export_rc -eq 0 ] || fail "export --format nrw-bauportal exited $export_rc: $(head -c 2000 "$out/export$s.err")"
    head -1 "$out/bauportal$s.tsv" | grep -q "^Schluessel	Name	NRW-Bauen" || fail "export: $(head -3 "$out/bauportal$s.tsv")"
    grep -q "NRW-01" "$out/validate$s.out" \
      || fail "rule NRW-01 of the installed rule set did not run: $(head -5 "$out/validate$s.out")"
    [ $coverage_rc -eq 0 ] || fail "nrw-coverage exited $coverage_rc: $(head -c 2000 "$out/coverage$s.err")"
    grep -q "^Diagrammtyp nrw.coverage „Katalogabdeckung NRW“: [1-9][0-9]* Steckbriefe" "$out/coverage$s.out" \
      || fail "diagram type nrw.coverage: $(cat "$out/coverage$s.out")"
    # one line per Steckbrief: as many as the diagram shows boxes
    local profiles lines
    profiles=$(sed -n 's/.*: \([0-9]*\) Steckbriefe.*/\1/p' "$out/coverage$s.out")
    lines=$(($(wc -l <"$out/bauportal$s.tsv") - 1))
    [ "$lines" -eq "$profiles" ] || fail "export wrote $lines lines for $profiles Steckbriefe"
    echo "p2: contributions present: catalogue $(grep '^nrw\.bauen' "$out/list$s.out" | cut -f1-3 | tr '\t' ' ');" \
      "export $lines lines; $(grep -c 'NRW-01' "$out/validate$s.out") findings of NRW-01; $(cat "$out/coverage$s.out")"
  else
    grep -q "^nrw\.bauen" "$out/list$s.out" && fail "catalogue nrw.bauen still listed"
    [ $export_rc -eq 2 ] || fail "export --format nrw-bauportal exited $export_rc, expected 2 (unknown format)"
    [ ! -e "$out/bauportal$s.tsv" ] || fail "export format nrw-bauportal still wrote a file"
    grep -q "NRW-01" "$out/validate$s.out" && fail "rule NRW-01 still runs"
    [ $coverage_rc -eq 2 ] || fail "nrw-coverage exited $coverage_rc, expected 2 (unknown subcommand)"
    echo "p2: contributions absent: catalogue, export format, rule set and diagram type gone"
  fi
  return 0
}
