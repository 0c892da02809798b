#!/usr/bin/env bash
# The example plugin installed into the BUILT product with p2 (issue 16, docs/extending.md), run by the build in the
# integration-test phase of examples/de.land.nrw.repository:
#  1. the product knows its update sites from the start (prozesswerk.p2.inf): the example's repository is one of them;
#  2. p2's director application, run headless by the product itself, installs de.land.nrw.feature from that
#     repository into the product's p2 profile;
#  3. each following call is a new start of the product: the catalogue nrw.bauen is listed, the export format
#     nrw-bauportal writes its list, the rule set's rule NRW-01 reports, the diagram type nrw.coverage is registered
#     and builds its model (command line started with all bundles, PW_CLI_ALL_BUNDLES=1, since diagrams need GLSP);
#  4. the director uninstalls the feature, and all four are gone again;
#  5. an unreachable update site: the director fails with a German message naming the site.
# The product is changed in place and restored (uninstall, also when the test fails half-way).
# Usage: p2-install-test.sh PRODUCT_DIR EXAMPLE_REPOSITORY_DIR OUTPUT_DIR
set -euo pipefail
product="$1"
repository="$2"
out="$3"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$here/../../releng/scripts/common.sh"
source "$here/p2-test-common.sh"
pw_find_jdk

rm -rf "$out"
mkdir -p "$out"
export PROZESSWERK_HOME="$out/home"
fail() {
  echo "P2 INSTALL TEST FAILED: $*" >&2
  exit 1
}
p2_profile
[ -f "$repository/content.jar" ] || [ -f "$repository/content.xml" ] \
  || fail "no p2 repository at $repository: build examples/de.land.nrw.repository first"
repository_url="file:$(cd "$repository" && pwd -P)"
p2_remember
trap p2_restore EXIT

# 1. the preconfigured update sites
[ -f "$prefs" ] || fail "the product's profile has no repository settings: the update sites of prozesswerk.p2.inf are missing"
grep -q 'examples/de.land.nrw.repository/target/repository' "$prefs" \
  || fail "the example's update site is not preconfigured: $(cat "$prefs")"
grep -q 'releng/org.prozesswerk.repository/target/repository' "$prefs" \
  || fail "Prozesswerk's own update site is not preconfigured: $(cat "$prefs")"
echo "p2-install: update sites preconfigured in the product: $(grep -c '/nickname=' "$prefs") ($(sed -n 's/.*nickname=//p' "$prefs" | sort | tr '\n' ',' | sed 's/,$//'))"
installed before && fail "$feature is installed before the test (an earlier run did not clean up?)"

# a register to work on: the Musterregister, whose Steckbriefe refer to OZG services of "Bauen & Immobilien"
register="$out/muster.pwreg"
cli demo demo --out "$register"
[ $rc -eq 0 ] || fail "demo exited $rc: $(head -c 2000 "$out/demo.err")"
check_contributions absent "$register" -before

# 2. install
director install -repository "$repository_url" -installIU "$feature"
[ $rc -eq 0 ] || fail "director -installIU exited $rc: $(head -c 3000 "$out/install.out") $(head -c 3000 "$out/install.err")"
installed after || fail "$feature is not among the installed roots after the install: $(cat "$out/list-after.out")"
echo "p2-install: director installed $feature: $(grep -c 'de\.land\.nrw\.' "$product/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info") bundles in bundles.info"

# 3. the four contributions, each call a new start of the product
check_contributions present "$register" ""

# 4. uninstall: all four gone
director uninstall -uninstallIU "$feature"
[ $rc -eq 0 ] || fail "director -uninstallIU exited $rc: $(head -c 3000 "$out/uninstall.err")"
installed gone && fail "$feature is still installed after -uninstallIU"
[ "$(grep -c 'de\.land\.nrw\.' "$product/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info")" -eq 0 ] \
  || fail "bundles of the example still in bundles.info after the uninstall"
check_contributions absent "$register" -gone

# 5. an unreachable update site (nothing listens on port 9 of the loopback interface): the director says in German
# that the sites could not be loaded; the log it names holds the German message naming the site
site="http://127.0.0.1:9/prozesswerk/"
director unreachable -repository "$site" -installIU "$feature"
unreachable_rc=$rc
[ $rc -ne 0 ] || fail "install from an unreachable update site exited 0"
grep -q "Die Update-Sites konnten nicht geladen werden" "$out/unreachable.out" "$out/unreachable.err" \
  || fail "no German message: $(cat "$out/unreachable.out" "$out/unreachable.err")"
log=$(sed -n 's/.*See log file: \(.*\.log\)$/\1/p' "$out/unreachable.out" "$out/unreachable.err" | head -n 1)
[ -n "$log" ] && [ -f "$log" ] || fail "the director names no log file: $(cat "$out/unreachable.out")"
message=$(grep -h "^!MESSAGE Keine Verbindung zur Update-Site .*127.0.0.1:9/prozesswerk" "$log" | head -n 1 || true)
[ -n "$message" ] || fail "the log does not name the site in German: $(grep -h '^!MESSAGE' "$log" | head -5)"
installed unreachable && fail "$feature is installed after the failed install"
echo "p2-install: unreachable site refused (exit $unreachable_rc): $(grep -h 'Update-Sites' "$out/unreachable.out" "$out/unreachable.err" | head -n 1) ${message#!MESSAGE }"
