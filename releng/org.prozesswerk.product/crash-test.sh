#!/usr/bin/env bash
# Crash-safety test of the real command line (issue 18), run by the build after the smoke test.
# Starts the built product as a subprocess writing over an existing file, and kills it with SIGKILL at random
# moments (about half of them while the temporary file is being written): the file must always be the complete old
# one or a complete new one, and after the next successful write no temporary file may be left. Three writers:
#   register  prozesswerk generate --out reg.pwreg          (deterministic: compared by checksum)
#   export    prozesswerk export src.pwreg --format csv     (deterministic: compared by checksum)
#   derived   prozesswerk derive --from muster.pwreg --out  (new ids each run: must be well-formed, ends complete,
#                                                            and a sample of the results must load)
# Then SIGTERM (the shutdown hook must leave no temporary file at all) and two processes writing one file at once.
# Usage: crash-test.sh PRODUCT_DIR OUTPUT_DIR [KILLS_PER_WRITER]   (default 36: 108 SIGKILLs in total)
set -euo pipefail
product="$1"
out="$2"
per_writer="${3:-36}"
source "$(cd "$(dirname "${BASH_SOURCE[0]}")/../scripts" && pwd)/common.sh"
pw_find_jdk

rm -rf "$out"
mkdir -p "$out/config" "$out/work"
cp "$product/configuration/config.ini" "$out/config/"
jar=$(pw_launcher_jar "$product")
work="$out/work"
log="$out/crash-test.log"
: >"$log"
started=$(date +%s)

fail() {
  echo "CRASH TEST FAILED: $*" >&2
  exit 1
}

# The product's command line as ./prozesswerk starts it, with its own configuration area (OSGi cache) in $out.
# C1 only and the serial GC halve the CPU time of a start (about 100 starts here); the write path is the same.
java_cmd=("$JAVA_HOME/bin/java" -Xmx1g -XX:+UseSerialGC -XX:TieredStopAtLevel=1 --sun-misc-unsafe-memory-access=allow
  -Dlog4j.configuration="file:$PW_ROOT/releng/scripts/log4j.properties"
  -Djava.util.logging.config.file="$PW_ROOT/releng/scripts/logging.properties"
  -jar "$jar" -configuration "$out/config" -application org.prozesswerk.cli.application -data @none -nl de -nosplash)
cli() {
  "${java_cmd[@]}" "$@"
}

sum() { sha256sum "$1" | cut -d' ' -f1; }
temps() { compgen -G "$work/.$1*.tmp" || true; }
now_ms() { date +%s%3N; }

# A register file is complete when it is well-formed XML whose root element is closed.
complete_xmi() {
  tail -c 64 "$1" | grep -q '</pw:ProcessRegister>' && python3 -c 'import sys, xml.dom.pulldom as p
for _ in p.parse(sys.argv[1]): pass' "$1" 2>/dev/null
}

cli generate --steckbriefe 400 --seed 11 --out "$work/src.pwreg" >>"$log" 2>&1 || fail "generate src"
cli demo --out "$work/muster.pwreg" >>"$log" 2>&1 || cli generate --steckbriefe 3000 --seed 12 \
  --out "$work/muster.pwreg" >>"$log" 2>&1 || fail "model register"

# Each writer: NAME TARGET SETUP-COMMAND... -- WRITE-COMMAND...
declare -A setup_cmd write_cmd target_of deterministic
target_of[register]=reg.pwreg
setup_cmd[register]="generate --steckbriefe 5000 --seed 1 --out $work/reg.pwreg"
write_cmd[register]="generate --steckbriefe 5000 --seed 2 --out $work/reg.pwreg"
deterministic[register]=1
target_of[export]=liste.csv
setup_cmd[export]="export $work/muster.pwreg --format csv --out $work/liste.csv"
write_cmd[export]="export $work/reg-big.pwreg --format csv --out $work/liste.csv"
deterministic[export]=1
target_of[derived]=abgeleitet.pwreg
setup_cmd[derived]="derive --from $work/muster.pwreg --gk 3 --out $work/abgeleitet.pwreg"
write_cmd[derived]="derive --from $work/muster.pwreg --gk 5 --out $work/abgeleitet.pwreg"
deterministic[derived]=0

cli generate --steckbriefe 5000 --seed 3 --out "$work/reg-big.pwreg" >>"$log" 2>&1 || fail "generate reg-big"

# One writer's kills; the three writers run at the same time (the machine has 2 cores; a start is mostly one thread).
run_writer() {
  local writer="$1" target name old new duration t0 mid_write=0 loaded_samples=0 i pid current result
  local log="$out/crash-$writer.log"
  : >"$log"
  target="$work/${target_of[$writer]}"
  name="${target_of[$writer]}"
  # shellcheck disable=SC2086
  cli ${setup_cmd[$writer]} >>"$log" 2>&1 || fail "$writer: setup failed (see $log)"
  old=$(sum "$target")
  # Calibration: one uninterrupted write gives the new checksum and the time the write takes.
  t0=$(now_ms)
  # shellcheck disable=SC2086
  cli ${write_cmd[$writer]} >>"$log" 2>&1 || fail "$writer: write failed (see $log)"
  duration=$(( $(now_ms) - t0 ))
  new=$(sum "$target")
  [ "$old" != "$new" ] || fail "$writer: old and new content are the same, the test would prove nothing"
  if [ "${deterministic[$writer]}" = 1 ]; then
    # shellcheck disable=SC2086
    cli ${write_cmd[$writer]} >>"$log" 2>&1
    [ "$(sum "$target")" = "$new" ] || fail "$writer: output is not deterministic"
  fi
  echo "crash: $writer: one write takes ${duration} ms" | tee -a "$log"
  cp "$target" "$out/$writer.new"
  # shellcheck disable=SC2086
  cli ${setup_cmd[$writer]} >>"$log" 2>&1
  old=$(sum "$target")
  cp "$target" "$out/$writer.old"
  for i in $(seq 1 "$per_writer"); do
    # shellcheck disable=SC2086
    "${java_cmd[@]}" ${write_cmd[$writer]} >/dev/null 2>&1 &
    pid=$! # the JVM itself, so that the kill hits the writer and not a shell around it
    if [ $((i % 2)) -eq 0 ]; then
      # wait for this process's temporary file, then kill after a random part of the write
      for _ in $(seq 1 6000); do
        [ -n "$(temps "$name.$pid-")" ] && break
        kill -0 $pid 2>/dev/null || break
        sleep 0.005
      done
      [ -n "$(temps "$name.$pid-")" ] && mid_write=$((mid_write + 1))
      sleep "0.0$((RANDOM % 90 + 10))"
    else
      sleep "$(awk -v d="$duration" -v r="$RANDOM" 'BEGIN { printf "%.3f", d / 1000 * r / 32767 }')"
    fi
    kill -KILL $pid 2>/dev/null || true
    wait $pid 2>/dev/null || true
    current=$(sum "$target")
    if [ "$current" = "$old" ]; then
      result=old
    elif [ "${deterministic[$writer]}" = 1 ]; then
      [ "$current" = "$new" ] || fail "$writer kill $i: the file is neither the old nor the new content"
      result=new
    else
      complete_xmi "$target" || fail "$writer kill $i: the file is neither the old one nor a complete new one"
      result=new
      if [ $loaded_samples -lt 3 ]; then
        cli stats "$target" >>"$log" 2>&1 || fail "$writer kill $i: the new file does not load"
        loaded_samples=$((loaded_samples + 1))
      fi
    fi
    echo "crash: $writer kill $i: $result, temporary files: $(temps "$name" | wc -l)" >>"$log"
    # Back to the old content for the next kill (restore a copy: faster than running setup again).
    cp "$out/$writer.old" "$target"
  done
  echo "crash: $writer: $per_writer SIGKILLs ($mid_write while the temporary file existed): always old or new" \
    | tee -a "$log"
  # shellcheck disable=SC2086
  cli ${write_cmd[$writer]} >>"$log" 2>&1 || fail "$writer: the write after the kills failed"
  [ -z "$(temps "$name")" ] || fail "$writer: temporary files left after the next successful write: $(temps "$name")"
  if [ "${deterministic[$writer]}" = 1 ]; then
    [ "$(sum "$target")" = "$new" ] || fail "$writer: the write after the kills is not the new content"
  fi
  echo ok >"$out/crash-$writer.ok"
}

for writer in register export derived; do
  run_writer "$writer" &
done
wait
for writer in register export derived; do
  [ -f "$out/crash-$writer.ok" ] || fail "$writer: see above and $out/crash-$writer.log"
done
kills=$((3 * per_writer))

# SIGTERM (Ctrl-C, systemd stop): the shutdown hook removes the temporary file at once.
name=liste.csv
terms=0
for i in $(seq 1 8); do
  # shellcheck disable=SC2086
  "${java_cmd[@]}" ${write_cmd[export]} >/dev/null 2>&1 &
  pid=$!
  for _ in $(seq 1 6000); do
    [ -n "$(temps "$name.$pid-")" ] && break
    kill -0 $pid 2>/dev/null || break
    sleep 0.005
  done
  kill -TERM $pid 2>/dev/null || true
  wait $pid 2>/dev/null || true
  terms=$((terms + 1))
  [ -z "$(temps "$name")" ] || fail "SIGTERM $i left a temporary file: $(temps "$name")"
done
echo "crash: $terms SIGTERMs during export: no temporary file left" | tee -a "$log"

# Two processes writing the same file at once leave one complete file.
target="$work/reg.pwreg"
a=$(cli generate --steckbriefe 5000 --seed 2 --out "$work/a.pwreg" >>"$log" 2>&1 && sum "$work/a.pwreg")
b=$(cli generate --steckbriefe 5000 --seed 4 --out "$work/b.pwreg" >>"$log" 2>&1 && sum "$work/b.pwreg")
for i in 1 2 3; do
  "${java_cmd[@]}" generate --steckbriefe 5000 --seed 2 --out "$target" >>"$log" 2>&1 &
  p1=$!
  "${java_cmd[@]}" generate --steckbriefe 5000 --seed 4 --out "$target" >>"$log" 2>&1 &
  p2=$!
  wait $p1 || fail "concurrent writer 1 failed"
  wait $p2 || fail "concurrent writer 2 failed"
  current=$(sum "$target")
  [ "$current" = "$a" ] || [ "$current" = "$b" ] || fail "two concurrent writers left a mixed file (round $i)"
  [ -z "$(temps reg.pwreg)" ] || fail "concurrent writers left a temporary file"
done
echo "crash: two concurrent writers, 3 rounds: always one complete file" | tee -a "$log"

echo "crash: $kills SIGKILLs, $terms SIGTERMs, 0 corrupt files, 0 temporary files left ($(( $(date +%s) - started )) s)" \
  | tee -a "$log"
