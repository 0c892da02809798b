#!/usr/bin/env bash
# The example plugin installed through the workbench's p2 UI (issue 16, docs/extending.md), in the BUILT product under
# the test display (Xvfb). Run by the build after p2-install-test.sh (integration-test phase of
# examples/de.land.nrw.repository). Driven through xdotool (keys, clicks at fixed points of the wizard: the test display
# has one size, fonts and theme), screenshots in OUTPUT_DIR:
#  1. Hilfe > Neue Software installieren... opens p2's install wizard (01-wizard.png); its site list holds the two
#     preconfigured update sites, Beispiel NRW and Prozesswerk (02-sites.png);
#  2. "--All Available Sites--": both sites load, their categories "Beispiel NRW" and "Prozesswerk" are listed
#     (03-all-sites.png); the example's category is checked (04-selected.png), Weiter (install details,
#     05-details.png), Weiter (licence accepted, 06-licence.png), Fertigstellen; the unsigned content is trusted
#     (07-trust.png); p2 asks to restart (08-restart.png), Restart Now: the workbench exits;
#  3. the workbench restarts (the launcher jar does not restart by itself: the test starts it again; the Katalog-Browser
#     in 09-restarted.png):
#     the p2 profile holds the feature; the wizard, pointed at an unreachable site, shows p2's German message naming it
#     (10-unreachable.png, and the workspace log);
#  4. the four contributions work through the command line (catalogue listed, export format, rule NRW-01, diagram type);
#  5. the director uninstalls it again and all four are gone; the product is restored (feature, site list, start-up
#     cache), also when the test fails half-way.
# Timeouts are generous (the build machine may be loaded): a step waits until its window shows and the workbench is idle.
# Usage: p2-ui-test.sh PRODUCT_DIR EXAMPLE_REPOSITORY_DIR OUTPUT_DIR
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
pid=
fail() {
  echo "P2 UI TEST FAILED: $*" >&2
  import -window root "$out/failure.png" 2>/dev/null || true
  exit 1
}
p2_profile
grep -q 'examples/de.land.nrw.repository/target/repository' "$prefs" 2>/dev/null \
  || fail "the example's update site is not preconfigured in $prefs"
grep -q 'releng/org.prozesswerk.repository/target/repository' "$prefs" \
  || fail "Prozesswerk's own update site is not preconfigured in $prefs"
[ -f "$repository/content.jar" ] || fail "no p2 repository at $repository: build examples/de.land.nrw.repository first"
# The wizard stores every location typed into "Work with" (here: the unreachable one) in the profile's settings:
# kept here and put back by the cleanup, so the built product keeps exactly its two preconfigured sites.
settings="$(dirname "$prefs")"
cp -a "$settings" "$out/settings-before"
stop_workbench() {
  [ -n "$pid" ] || return 0
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  pid=
}
cleanup() {
  stop_workbench
  p2_restore
  rm -rf "$settings" && cp -a "$out/settings-before" "$settings"
  pw_stop_xvfb
}
p2_remember
trap cleanup EXIT
installed before && fail "$feature is installed before the test"

pw_ensure_packages
pw_start_xvfb
shot() { # shot NAME [WINDOW]: raises WINDOW (there is no window manager to keep a dialog on top) and saves the screen
  [ -n "${2:-}" ] && xdotool windowraise "$2" 2>/dev/null && sleep 1
  import -window root "$out/$1.png"
  echo "p2-ui: screenshot $out/$1.png"
}
idle() { # the workbench has used (almost) no CPU for 3 s in a row, at most 300 s
  local quiet=0 before after
  for _ in $(seq 1 300); do
    before=$(awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null || echo 0); sleep 1
    after=$(awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null || echo 0)
    if [ $((after - before)) -lt 15 ]; then quiet=$((quiet + 1)); else quiet=0; fi
    [ $quiet -ge 3 ] && return 0
  done
}
# window TITLE-REGEX SECONDS: prints the id of a visible window wider than 300 px with that title (SWT on GTK ends
# some titles with a blank: "Install ")
window() {
  local id w
  for _ in $(seq 1 $(($2 * 2))); do
    id=$(xdotool search --onlyvisible --name "$1" 2>/dev/null | while read -r id; do
      w=$(xwininfo -id "$id" 2>/dev/null | sed -n 's/.*Width: //p'); [ "${w:-0}" -gt 300 ] && echo "$id"; done \
      | head -n 1 || true)
    [ -n "$id" ] && { echo "$id"; return 0; }
    kill -0 "$pid" 2>/dev/null || return 1
    sleep 0.5
  done
  return 1
}
painted() { # painted WINDOW: waits (at most 300 s) until WINDOW is drawn, not the black of a window just mapped
  local mean
  for _ in $(seq 1 300); do
    mean=$(import -window "$1" -colorspace Gray -format '%[fx:int(100*mean)]' info: 2>/dev/null || echo 0)
    [ "${mean:-0}" -ge 30 ] && return 0
    sleep 1
  done
}
start_workbench() {
  pw_launch "$product" org.prozesswerk.app.application -consoleLog >>"$out/workbench.out" 2>&1 &
  pid=$!
  main=$(window '^Prozesswerk' 300) || fail "no workbench window: $(tail -20 "$out/workbench.out")"
  painted "$main"
  idle
}
key() { xdotool key --clearmodifiers "$@"; sleep 0.5; }
geometry() { # geometry WINDOW: sets $width and $height
  width=$(xwininfo -id "$1" | sed -n 's/.*Width: //p')
  height=$(xwininfo -id "$1" | sed -n 's/.*Height: //p')
}
# click WINDOW FROM-RIGHT FROM-BOTTOM: a click at a point given from the lower right corner of WINDOW. The buttons
# < Zurück, Weiter >, Abbrechen, Fertigstellen of the wizard and those of its dialogs sit there; GTK ignores their
# mnemonics under Xvfb.
click() {
  geometry "$1"
  xdotool mousemove --window "$1" $((width - $2)) $((height - $3)) click 1
  sleep 0.5
}
click_top() { # click_top WINDOW X FROM-TOP: a click at a point given from the upper left corner (X < 0: from the right)
  geometry "$1"
  local x=$2
  [ "$x" -lt 0 ] && x=$((width + x))
  xdotool mousemove --window "$1" "$x" "$3" click 1
  sleep 0.5
}
# until_changed PIXELS AREA ACTION...: runs ACTION (a click) until AREA of the wizard (WxH+X+Y, or "all") looks
# different in more than PIXELS pixels, up to 5 times, 60 s each: on a loaded machine a click can come while the
# wizard still has its buttons disabled (the install details compute their size first).
until_changed() {
  local pixels="$1" area="$2" ae crop=()
  shift 2
  [ "$area" = all ] || crop=(-crop "$area")
  import -window "$wizard" "${crop[@]}" "$out/before.png"
  for _ in 1 2 3 4 5; do
    "$@"
    for _ in $(seq 1 60); do
      sleep 1
      import -window "$wizard" "${crop[@]}" "$out/after.png" 2>/dev/null || continue
      # compare exits 1 when the images differ: not a failure here
      ae=$({ compare -metric AE "$out/before.png" "$out/after.png" null: 2>&1 || true; } | awk '{ printf "%d", $1 }')
      if [ "${ae:-0}" -gt "$pixels" ]; then
        rm -f "$out/before.png" "$out/after.png"
        idle
        return 0
      fi
    done
  done
  fail "the wizard did not change after $*"
}
# until_window TITLE-REGEX ACTION...: runs ACTION until a window of that title shows, up to 5 times, 60 s each
until_window() {
  local title="$1" id
  shift
  for _ in 1 2 3 4 5; do
    "$@"
    id=$(window "$title" 60) && { echo "$id"; return 0; }
  done
  return 1
}
# Weiter: the page's title in the banner changes (Available Software, Install Details, Review Licenses)
next() { until_changed 200 600x50+0+0 click "$wizard" 300 33; }
finish() { # "I accept the terms of the license agreement", Fertigstellen
  click "$wizard" 917 169
  click "$wizard" 67 33
}
trust_all() { # Select All (the unsigned content), Trust Selected
  click "$trust" 183 264
  click "$trust" 67 33
}
help_install() { # Hilfe > Neue Software installieren... (the third entry of the menu)
  key Escape
  xdotool windowfocus --sync "$main" 2>/dev/null || true
  key alt+h
  key Down
  key Down
  key Return
}
install_wizard() { # opens the wizard: sets $wizard
  wizard=$(until_window '^Install ?$' help_install) \
    || fail "Hilfe > Neue Software installieren... opened no window titled Install"
  idle
}
work_with() { # work_with TEXT: types TEXT into the wizard's "Work with" field, as a user picks or enters a site
  click_top "$wizard" -406 101
  key ctrl+a
  xdotool type --delay 20 -- "$1"
  key Return
  idle
}

# 1. the wizard and its preconfigured sites (the drop-down of "Work with")
start_workbench
install_wizard
shot 01-wizard "$wizard"
click_top "$wizard" -248 101
sleep 2
shot 02-sites
key Escape

# 2. all available sites: both preconfigured sites load; the example's category is the first row (categories are
# sorted: "Beispiel NRW" before "Prozesswerk")
work_with "--All Available Sites--"
shot 03-all-sites "$wizard"
until_changed 2000 all click_top "$wizard" 36 213 # the check box of the first category
shot 04-selected "$wizard"
next
shot 05-details "$wizard"
next
until_changed 50 all click "$wizard" 917 169 # "I accept the terms of the license agreement"
shot 06-licence "$wizard"
trust=$(until_window '^Trust' finish) || fail "no trust dialog for the unsigned example bundles"
idle
click "$trust" 183 264 # Select All, for the screenshot
shot 07-trust "$trust"
restart=$(until_window 'Software Updates' trust_all) || fail "p2 did not ask to restart after the install"
idle
shot 08-restart "$restart"
# Restart Now: the workbench exits (without a native launcher it does not come back by itself)
for _ in 1 2 3 4 5; do
  click "$restart" 68 33
  for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break 2; sleep 1; done
done

# 3. restart; then an unreachable update site (nothing listens on port 9 of the loopback interface)
stop_workbench
installed after || fail "$feature is not installed after the wizard finished: $(cat "$out/list-after.out")"
start_workbench
click_top "$main" 1273 73 # the Katalog-Browser's tab: the installed catalogue is among the catalogues
idle
painted "$main"
shot 09-restarted "$main"
install_wizard
work_with "http://127.0.0.1:9/nrw/"
problem=$(window '[Pp]roblem' 300) || fail "no message for the unreachable update site"
idle
shot 10-unreachable "$problem"
log="$PROZESSWERK_HOME/workspace/.metadata/.log"
grep -q "Keine Verbindung zur Update-Site https\?://127\.0\.0\.1:9/nrw/" "$log" \
  || fail "no German message naming the unreachable site in $log: $(grep -m 3 MESSAGE "$log")"
echo "p2-ui: unreachable site: $(grep -m 1 'Keine Verbindung zur Update-Site' "$log" | sed 's/^!MESSAGE //')"
stop_workbench

# 4. the four contributions, each a new start of the command line
cli demo demo --out "$out/muster.pwreg"
[ $rc -eq 0 ] || fail "demo exited $rc: $(head -c 2000 "$out/demo.err")"
check_contributions present "$out/muster.pwreg" ""
echo "p2-ui: installed through Hilfe > Neue Software installieren, restarted, all four contributions work"

# 5. uninstall (the trap does it too, should anything above fail): all four gone
director uninstall -uninstallIU "$feature"
[ $rc -eq 0 ] || fail "uninstall: $(cat "$out/uninstall.err")"
installed gone && fail "$feature is still installed after -uninstallIU"
check_contributions absent "$out/muster.pwreg" -gone
echo "p2-ui: uninstalled again, contributions gone"
