#!/usr/bin/env bash
# Time to first answer, cold (issue 19): whole processes, as a user starts them, several runs, min/median/max.
# Unlike the JMH benchmarks (warm, in one JVM) every figure here is a fresh process of the built product started
# through ./prozesswerk, measured from fork to exit, next to the floor a cold process can reach: one SAX pass over
# the same bytes in a fresh JVM (ColdSaxPass, same JVM options as the product). Runs are interleaved (run 1 of
# every measurement, then run 2, ...) so that load on the machine spreads over all of them alike.
#
#   tests/org.prozesswerk.benchmarks/run-coldstart.sh                      # CLI: 5 runs, 10k and 100k registers
#   tests/org.prozesswerk.benchmarks/run-coldstart.sh --runs 3 --sizes 10000 --exports csv
#   tests/org.prozesswerk.benchmarks/run-coldstart.sh --workbench          # also the workbench (needs Xvfb, xdotool)
#   run-coldstart.sh --only-startup --workbench --workbench-open 10000,100000   # the workbench opening these sizes
#   tests/org.prozesswerk.benchmarks/run-coldstart.sh --only-startup       # only --help and version
#   PW_COLDSTART_CMD=/path/to/other/prozesswerk PW_COLDSTART_LABEL=before run-coldstart.sh   # another build
#   run-coldstart.sh --compare /path/to/old/prozesswerk   # before/after in one run: every measurement also with the
#                                                         # other build, right after this one ("NAME (before)")
#   run-coldstart.sh --summarize target/coldstart/results-X.tsv       # the tables again, e.g. of a stopped run
#
# Measured:
#   startup      ./prozesswerk --help, ./prozesswerk version (wall time of the whole process)
#   sax          java ColdSaxPass FILE: wall time of the process, and its parse time ("sax parse")
#   stats        ./prozesswerk stats FILE --format json: wall, and the load time it reports (loadMillis)
#   validate     ./prozesswerk validate FILE: wall
#   export       ./prozesswerk export FILE --format csv|xlsx|json: wall
#   workbench    under Xvfb, fresh PROZESSWERK_HOME: launch to the window titled Prozesswerk (xdotool); launch to
#                the Musterregister shown in the navigator; Ctrl+O of each --workbench-open register (default
#                100000) to its folders shown; the longest block of the UI thread (UiThreadWatchdog,
#                -Dprozesswerk.uiWatchdog=FILE, which also reports when the navigator shows a register)
# for registers of --sizes Steckbriefe (./prozesswerk generate, seed 1), XMI (.pwreg) and binary (.pwregb).
# Ratios printed at the end: the targets of issue 19 (docs/performance.md, "Time to first answer (cold)").
#
# Results: target/coldstart/results-<time>.md (table) and .tsv (every run). Registers are kept in
# target/coldstart/registers and reused.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
source "$root/releng/scripts/common.sh"
pw_find_jdk

runs=5
sizes=(10000 100000)
exports=(csv xlsx json)
workbench=false
wb_sizes=(100000) # registers the workbench opens after start (--workbench-open N,M; "" for none)
only_startup=false
compare=""
summarize=""
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --sizes) IFS=, read -r -a sizes <<<"$2"; shift 2 ;;
    --exports) IFS=, read -r -a exports <<<"$2"; shift 2 ;;
    --workbench) workbench=true; shift ;;
    --workbench-open) IFS=, read -r -a wb_sizes <<<"$2"; shift 2 ;;
    --only-startup) only_startup=true; shift ;;
    --compare) compare="$2"; shift 2 ;;
    --summarize) summarize="$2"; shift 2 ;;
    *) echo "run-coldstart: unknown argument $1" >&2; exit 2 ;;
  esac
done

work="$here/target/coldstart"
out="$work/out/$$" # per run of this script: two harnesses may run at once (before/after)
mkdir -p "$work/registers" "$work/classes" "$out"
stamp="$(date +%Y%m%d-%H%M%S)${PW_COLDSTART_LABEL:+-$PW_COLDSTART_LABEL}"
tsv="$work/results-$stamp.tsv"
md="$work/results-$stamp.md"
export PROZESSWERK_HOME="$work/home"
# What is measured: ./prozesswerk as users start it, or PW_COLDSTART_CMD (e.g. a script starting an older product,
# for before/after figures in one run).
pw="${PW_COLDSTART_CMD:-$root/prozesswerk}"
vmargs="-Xmx4g -XX:+UseParallelGC" # the product's launch options (pw_launch), for the SAX floor too
ui_watchdog_property=prozesswerk.uiWatchdog # UiThreadWatchdog.PROPERTY

if [ -n "$summarize" ]; then
  tsv="$summarize"
  md="${summarize%.tsv}.md"
else
# The floor program: one file, no dependencies, compiled once.
"$JAVA_HOME/bin/javac" -d "$work/classes" "$here/src/main/java/org/prozesswerk/benchmarks/ColdSaxPass.java"

# Builds the product if needed (not measured), and warms the page cache for the product's jars.
"$pw" version >/dev/null
if [ -n "$compare" ]; then "$compare" version >/dev/null; fi

now_ms() { echo $(($(date +%s%N) / 1000000)); }

# measure NAME CMD...: one run; appends "NAME<TAB>wall_ms<TAB>extra<TAB>cpu_ms" to the TSV. extra: parse/load ms
# if the process reports one; cpu: user + system time of the process and its children (bash's time), the figure
# that stays meaningful when other work shares the machine.
measure() {
  local name="$1" start end rc extra="" cpu TIMEFORMAT='%U %S'
  shift
  start=$(now_ms)
  set +e
  { time "$@" >"$out/last.out" 2>"$out/last.err"; } 2>"$out/last.time"
  rc=$?
  set -e
  end=$(now_ms)
  cpu=$(awk '{printf "%d", ($1 + $2) * 1000}' "$out/last.time")
  if [ $rc -gt 1 ]; then
    echo "run-coldstart: $name failed (exit $rc): $(head -c 300 "$out/last.err")" >&2
    return 1
  fi
  case "$name" in
    sax*) extra=$(cut -d' ' -f1 "$out/last.out") ;;
    stats*) extra=$(sed -n 's/^ *"loadMillis": \([0-9]*\),*$/\1/p' "$out/last.out" | head -n 1) ;;
  esac
  printf '%s\t%s\t%s\t%s\n' "$name" $((end - start)) "$extra" "$cpu" >>"$tsv"
}

# each NAME ARGS...: ./prozesswerk ARGS as NAME, and with --compare the other build's right after it as "NAME (before)".
each() {
  local name="$1"
  shift
  measure "$name" "$pw" "$@"
  if [ -n "$compare" ]; then measure "$name (before)" "$compare" "$@"; fi
}

# Registers: generated once per size, both formats.
if ! $only_startup; then
  for n in "${sizes[@]}"; do
    for ext in pwreg pwregb; do
      f="$work/registers/r$n.$ext"
      [ -s "$f" ] || "$pw" generate --steckbriefe "$n" --out "$f" >/dev/null
    done
  done
fi
if $workbench; then
  for n in "${wb_sizes[@]}"; do
    [ -s "$work/registers/r$n.pwreg" ] || "$pw" generate --steckbriefe "$n" --out "$work/registers/r$n.pwreg" >/dev/null
  done
fi

# wait_shown FILE_PATTERN: polls the watchdog's report (rewritten at every register the navigator shows, see
# UiThreadWatchdog) until a "shown UPTIME FILE" line matches; false after 120 s or when the workbench ended.
wait_shown() {
  local i
  for i in $(seq 1 2400); do
    grep -q "^shown [0-9]* .*$1\$" "$watchdog" 2>/dev/null && return 0
    kill -0 "$pid" 2>/dev/null || return 1
    sleep 0.05
  done
  return 1
}

workbench_run() {
  # Fresh home each time (first start, so the Musterregister is written and opened as for a new user), with the
  # UI-thread watchdog (org.prozesswerk.app UiThreadWatchdog): it reports the longest time the UI thread took to
  # run a heartbeat, and a line per register once the navigator shows it. Measured, from the harness's clock:
  #   workbench window          launch to the workbench window (xdotool: the large window titled Prozesswerk)
  #   workbench Musterregister  launch to the Musterregister shown in the navigator (UI thread past its refresh)
  #   workbench open N          Datei › Register öffnen… (Ctrl+O, the path typed into the file dialog, Enter) to
  #                             the register of N Steckbriefe shown with its folders in the navigator
  #   ui-thread longest block   over all of it plus 3 s idle
  local home="$work/wb-home" start end window="" i longest opened n file
  watchdog="$out/ui-watchdog.txt"
  rm -rf "$home" "$watchdog"
  start=$(now_ms)
  PROZESSWERK_HOME="$home" PROZESSWERK_VMARGS="$vmargs -D$ui_watchdog_property=$watchdog" \
    "$pw" >"$out/workbench.out" 2>&1 &
  pid=$!
  for i in $(seq 1 2400); do
    window=$(xdotool search --name '^Prozesswerk' 2>/dev/null | while read -r id; do
      w=$(xwininfo -id "$id" 2>/dev/null | sed -n 's/.*Width: //p'); [ "${w:-0}" -gt 600 ] && echo "$id"; done \
      | head -n 1 || true)
    [ -n "$window" ] && break
    kill -0 $pid 2>/dev/null || break
    sleep 0.05
  done
  end=$(now_ms)
  if [ -n "$window" ]; then
    printf 'workbench window\t%s\t\t\n' $((end - start)) >>"$tsv"
    if wait_shown '/Musterregister\.pwreg'; then
      printf 'workbench Musterregister\t%s\t\t\n' $(($(now_ms) - start)) >>"$tsv"
    fi
    for n in "${wb_sizes[@]}"; do
      file="$work/registers/r$n.pwreg"
      sleep 1
      # Xvfb has no window manager: focus the window directly (windowactivate needs one)
      xdotool windowfocus "$window" key ctrl+o 2>/dev/null || true
      for i in $(seq 1 600); do # the file dialog, "Prozessregister öffnen" (-nl de)
        xdotool search --name 'öffnen' >/dev/null 2>&1 && break
        sleep 0.05
      done
      sleep 0.5
      xdotool type --delay 20 "$file" # typing "/" switches the dialog to its location field
      opened=$(now_ms)
      xdotool key Return
      if wait_shown "/r$n\\.pwreg"; then
        printf 'workbench open %s\t%s\t\t\n' "$n" $(($(now_ms) - opened)) >>"$tsv"
      else
        echo "run-coldstart: the workbench did not show r$n.pwreg within 120 s" >&2
      fi
    done
    sleep 3
  fi
  kill $pid 2>/dev/null || true # SIGTERM: the JVM's shutdown hooks run, the watchdog writes its report
  wait $pid 2>/dev/null || true
  longest=$(sed -n 's/^longest //p' "$watchdog" 2>/dev/null || true)
  [ -n "$longest" ] && printf 'workbench ui-thread longest block\t%s\t\t\n' "$longest" >>"$tsv"
  cp "$watchdog" "$work/ui-watchdog-$stamp-$run.txt" 2>/dev/null || true
}

if $workbench; then
  pw_ensure_packages
  pw_start_xvfb
  trap 'pw_stop_xvfb' EXIT
fi

echo "# $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(nproc) cores; load at start:" \
  "$(cut -d' ' -f1-3 /proc/loadavg); $("$JAVA_HOME/bin/java" -version 2>&1 | head -1)" | tee "$md"
for run in $(seq 1 "$runs"); do
  echo "run-coldstart: run $run of $runs" >&2
  each "startup --help" --help
  each "startup version" version
  if ! $only_startup; then
    for n in "${sizes[@]}"; do
      xmi="$work/registers/r$n.pwreg"
      bin="$work/registers/r$n.pwregb"
      measure "sax $n" "$JAVA_HOME/bin/java" $vmargs -cp "$work/classes" org.prozesswerk.benchmarks.ColdSaxPass "$xmi"
      for kind in xmi bin; do
        f=$xmi; [ $kind = bin ] && f=$bin
        each "stats $n $kind" stats "$f" --format json
        each "validate $n $kind" validate "$f"
        for format in "${exports[@]}"; do
          each "export-$format $n $kind" export "$f" --format "$format" --out "$out/export.$format"
        done
      done
    done
  fi
  if $workbench; then workbench_run; fi
done
echo "# load at end: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$md"

fi

# Table: min / median / max of wall time and of the reported figure, per measurement.
{
  echo
  echo "| measurement | runs | wall min | wall median | wall max | cpu min / median / max | reported (parse/load) min / median / max |"
  echo "|---|---:|---:|---:|---:|---:|---:|"
  awk -F'\t' '
    function sortn(a, n,   i, j, t) { for (i = 2; i <= n; i++) { t = a[i]; for (j = i - 1; j >= 1 && a[j] > t; j--) a[j + 1] = a[j]; a[j + 1] = t } }
    function med(a, n) { return n % 2 ? a[(n + 1) / 2] : int((a[n / 2] + a[n / 2 + 1]) / 2) }
    { if (!($1 in n)) order[++k] = $1; n[$1]++; w[$1, n[$1]] = $2; if ($3 != "") { m[$1]++; x[$1, m[$1]] = $3 }; if ($4 != "") { q[$1]++; y[$1, q[$1]] = $4 } }
    END {
      for (o = 1; o <= k; o++) {
        key = order[o]; c = n[key]; delete a; for (i = 1; i <= c; i++) a[i] = w[key, i] + 0; sortn(a, c)
        rep = ""
        if (m[key] > 0) { d = m[key]; delete b; for (i = 1; i <= d; i++) b[i] = x[key, i] + 0; sortn(b, d); rep = b[1] " / " med(b, d) " / " b[d] }
        cp = ""
        if (q[key] > 0) { e = q[key]; delete z; for (i = 1; i <= e; i++) z[i] = y[key, i] + 0; sortn(z, e); cp = z[1] " / " med(z, e) " / " z[e]; cmed[key] = med(z, e) }
        printf "| %s | %d | %d | %d | %d | %s | %s |\n", key, c, a[1], med(a, c), a[c], cp, rep
        wmed[key] = med(a, c); if (m[key] > 0) rmed[key] = med(b, d)
      }
      print ""
      print "| target (issue 19) | measured (medians) | ratio | target |"
      print "|---|---|---:|---|"
      printf "| CLI start-up `--help` | %d ms wall, %d ms cpu | | <= 1000 ms |\n", wmed["startup --help"], cmed["startup --help"]
      printf "| CLI start-up `version` | %d ms wall, %d ms cpu | | <= 1000 ms |\n", wmed["startup version"], cmed["startup version"]
      for (key in rmed) if (key ~ /^sax /) {
        split(key, p, " "); s = p[2]; sax = rmed[key]; saxw = wmed[key]
        if (("stats " s " xmi") in rmed) printf "| XMI load %s (stats loadMillis) vs cold SAX parse | %d vs %d ms | %.2fx | <= 2.5x |\n", s, rmed["stats " s " xmi"], sax, rmed["stats " s " xmi"] / sax
        if (("stats " s " bin") in rmed) printf "| binary load %s vs cold SAX parse | %d vs %d ms | %.2fx | <= 0.5x |\n", s, rmed["stats " s " bin"], sax, rmed["stats " s " bin"] / sax
        split("xmi bin", ks, " ")
        for (kk = 1; kk <= 2; kk++) {
          for (t = 1; t <= 2; t++) {
            cmd = (t == 1 ? "stats " : "validate ") s " " ks[kk]
            if (cmd in wmed) printf "| %s end to end vs whole cold SAX process | wall %d vs %d ms (cpu %d vs %d) | %.2fx (cpu %.2fx) | <= 3x |\n", cmd, wmed[cmd], saxw, cmed[cmd], cmed[key], wmed[cmd] / saxw, cmed[cmd] / cmed[key]
          }
        }
      }
      if ("workbench window" in wmed) printf "| workbench launch to window | %d ms | | <= 4000 ms |\n", wmed["workbench window"]
      if ("workbench Musterregister" in wmed) printf "| workbench launch to the Musterregister in the navigator | %d ms | | <= 4000 ms |\n", wmed["workbench Musterregister"]
      for (key in wmed) if (key ~ /^workbench open /) printf "| %s: open to its folders in the navigator | %d ms | | <= 3000 ms |\n", key, wmed[key]
      if ("workbench ui-thread longest block" in wmed) printf "| workbench UI thread, longest block (start, opens, 3 s idle) | %d ms | | <= 100 ms |\n", wmed["workbench ui-thread longest block"]
    }' "$tsv"
} | tee -a "$md"
echo "run-coldstart: results in $md (every run: $tsv)" >&2
