#!/usr/bin/env bash
# Process-level harness for the library targets of issue 14 (docs/performance.md, "Library on Git"):
# this product's server on loopback, the built product's CLI as the client, times in wall-clock seconds.
#   tests/org.prozesswerk.benchmarks/library/library-bench.sh [ITEMS] [ADOPTED] [PUSHERS]   (default 10000 1000 20)
# Every CLI call includes the JVM + OSGi start of the product; the "startup" line measures that alone
# (`prozesswerk --version`) so the operation's own share can be read off.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
items="${1:-10000}" adopted="${2:-1000}" pushers="${3:-20}"
pw="${PROZESSWERK_CLI:-$root/prozesswerk}"  # PROZESSWERK_CLI: a launcher of an already built product
work="$(mktemp -d /tmp/library-bench.XXXXXX)"
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
rules=(--no-default-rules --rules "$here/bench.pwrules")
export PROZESSWERK_LIBRARY_USER=bench PROZESSWERK_LIBRARY_PASSWORD=bench-password-1
export PROZESSWERK_AUTHOR_NAME="Benchmark" PROZESSWERK_AUTHOR_EMAIL=bench@example.org
now() { date +%s.%N; }
elapsed() { python3 -c "print(f'{$2-$1:.2f}')"; }
report() { printf '%-52s %8s s\n' "$1" "$2" | tee -a "$work/results.txt"; }

cleanup() { [ -n "${server_pid:-}" ] && kill "$server_pid" 2>/dev/null || true; }
trap cleanup EXIT

t0=$(now); "$pw" --version >/dev/null; report "startup (prozesswerk --version)" "$(elapsed "$t0" "$(now)")"

mkdir -p "$work/srv" "$work/a"
"$pw" library init "$work/srv/land.git" --name Bench --publisher "Land Bench" >/dev/null
PROZESSWERK_NEW_PASSWORD=$PROZESSWERK_LIBRARY_PASSWORD "$pw" library user-add --users "$work/users.txt" bench >/dev/null
"$pw" library serve --root "$work/srv" --port "$port" --users "$work/users.txt" "${rules[@]}" >"$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 120); do grep -q "läuft\|running" "$work/server.log" 2>/dev/null && break; sleep 0.5; done
url="http://127.0.0.1:$port/land.git"

# Setup: a register of ITEMS synthetic Steckbriefe (stub BPMN files for their models), published in one commit.
"$pw" generate --steckbriefe "$items" --out "$work/a/reg.pwreg" >/dev/null
mkdir -p "$work/a/modelle"
python3 - "$work/a/modelle" "$items" <<'PY'
import sys, pathlib
d = pathlib.Path(sys.argv[1])
for i in range(1, int(sys.argv[2]) + 1):
    (d / f"PW-{i:06d}.bpmn").write_text('<?xml version="1.0"?><definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"/>\n')
PY
"$pw" library clone "$url" "$work/a/lib" >/dev/null
t0=$(now); "$pw" library publish "$work/a/reg.pwreg" --library "$work/a/lib" "${rules[@]}" >/dev/null
report "setup: publish $items items (validate+commit+push)" "$(elapsed "$t0" "$(now)")"

t0=$(now); "$pw" library clone "$url" "$work/clone-cli" >/dev/null
report "clone $items items, prozesswerk library clone" "$(elapsed "$t0" "$(now)")"
t0=$(now); git clone -q "http://bench:$PROZESSWERK_LIBRARY_PASSWORD@127.0.0.1:$port/land.git" "$work/clone-git"
report "clone $items items, git clone (reference)" "$(elapsed "$t0" "$(now)")"

# Publish one item: a one-Steckbrief register whose key exists in the library (a new version of that item).
mkdir -p "$work/one"
"$pw" generate --steckbriefe 1 --seed 7 --out "$work/one/reg.pwreg" >/dev/null
mkdir -p "$work/one/modelle" && cp "$work/a/modelle/PW-000001.bpmn" "$work/one/modelle/"
t0=$(now); "$pw" library publish "$work/one/reg.pwreg" --library "$work/clone-cli" "${rules[@]}" >/dev/null
report "publish one item (validate+commit+push)" "$(elapsed "$t0" "$(now)")"

# Update check over ADOPTED adopted items.
mkdir -p "$work/b"
"$pw" generate --steckbriefe 1 --seed 3 --out "$work/b/reg.pwreg" >/dev/null
args=(); while read -r id; do args+=(--item "$id"); done < <(ls "$work/clone-cli/items" | head -n "$adopted")
"$pw" library adopt "$work/b/reg.pwreg" --library "$work/clone-cli" "${args[@]}" >/dev/null
"$pw" library pull --library "$work/clone-cli" >/dev/null
t0=$(now); "$pw" library updates "$work/b/reg.pwreg" --library "$work/clone-cli" >/dev/null || true
report "update check over $adopted adopted items" "$(elapsed "$t0" "$(now)")"

# PUSHERS concurrent pushes: each body publishes a new version of a different item at the same time.
"$pw" generate --steckbriefe "$((pushers + 1))" --seed 11 --out "$work/pushers.pwreg" >/dev/null
for i in $(seq 1 "$pushers"); do
  git clone -q "$work/clone-git" "$work/p$i/lib" && git -C "$work/p$i/lib" remote set-url origin "$url"
  cp "$work/pushers.pwreg" "$work/p$i/full.pwreg"
  mkdir -p "$work/p$i/modelle" && cp "$work/a/modelle/"PW-0000[0-9][0-9].bpmn "$work/p$i/modelle/"
done
# body i publishes Steckbrief PW-00000(i+1) of the same register, all at once
pids=()
for i in $(seq 1 "$pushers"); do
  ( key=$(printf 'PW-%06d' "$((i + 1))"); s=$(now)
    "$pw" library publish "$work/p$i/full.pwreg" --library "$work/p$i/lib" --profile "$key" "${rules[@]}" \
      >"$work/p$i/out.txt" 2>&1; rc=$?
    echo "$(elapsed "$s" "$(now)") $rc" >"$work/p$i/time.txt" ) &
  pids+=($!)
done
wait "${pids[@]}"
python3 - "$work" "$pushers" <<'PY' | tee -a "$work/results.txt"
import sys, statistics
w, n = sys.argv[1], int(sys.argv[2])
rows = [open(f"{w}/p{i}/time.txt").read().split() for i in range(1, n + 1)]
times = sorted(float(t) for t, _ in rows); failed = sum(1 for _, rc in rows if rc != "0")
p95 = times[min(len(times) - 1, int(round(0.95 * len(times))) - 1)]
print(f"{n} concurrent publishes (one item each): median {statistics.median(times):.2f} s, p95 {p95:.2f} s, max {times[-1]:.2f} s, failed {failed}")
PY
echo "results: $work/results.txt"
