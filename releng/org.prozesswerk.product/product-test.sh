# Sourced by the product tests (smoke-test.sh, cli-failure-test.sh, cli-catalogue-test.sh): the common start of a test
# of the built product. After `pt_begin "TITLE" PRODUCT_DIR OUTPUT_DIR`:
#   $product, $out   the product folder and an emptied output folder; the product's PROZESSWERK_HOME is $out/home;
#   fail MESSAGE     prints "TITLE FAILED: MESSAGE" to stderr and exits 1;
#   cli NAME ARGS... runs the real command line without a display, output in $out/NAME.out and $out/NAME.err,
#                    exit code in $rc.
source "$(cd "$(dirname "${BASH_SOURCE[0]}")/../scripts" && pwd)/common.sh"

pt_begin() {
  pt_title="$1"
  product="$2"
  out="$3"
  pw_find_jdk
  rm -rf "$out"
  mkdir -p "$out"
  export PROZESSWERK_HOME="$out/home"
}

fail() {
  echo "$pt_title FAILED: $*" >&2
  exit 1
}

cli() {
  local name="$1"
  shift
  set +e
  (unset DISPLAY; pw_launch "$product" org.prozesswerk.cli.application "$@") >"$out/$name.out" 2>"$out/$name.err"
  rc=$?
  set -e
}
