# Shared shell functions of ./prozesswerk, ./run-tests and the product smoke test. Source, don't run.
# shellcheck shell=bash

PW_ROOT="${PW_ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}"
PW_PRODUCT_DIR="$PW_ROOT/releng/org.prozesswerk.product/target/products/org.prozesswerk.product/linux/gtk/x86_64"
# Debian packages the workbench, its browser-based editors and the UI tests need at run time.
PW_APT_PACKAGES=(xvfb xauth x11-utils xdotool imagemagick libgtk-3-0 libwebkit2gtk-4.1-0 fonts-dejavu-core
  fonts-liberation2)

pw_die() {
  echo "prozesswerk: $*" >&2
  exit 2
}

# Sets JAVA_HOME to a JDK >= 21: an existing JAVA_HOME if new enough, else the newest under /usr/lib/jvm.
pw_find_jdk() {
  local candidate version
  for candidate in "${JAVA_HOME:-}" $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -rV); do
    [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/javac" ] || continue
    version=$("$candidate/bin/java" -XshowSettings:properties -version 2>&1 \
      | sed -n 's/^ *java.specification.version = //p')
    if [ -n "$version" ] && [ "${version%%.*}" -ge 21 ] 2>/dev/null; then
      export JAVA_HOME="${candidate%/}"
      return 0
    fi
  done
  pw_die "no JDK 21 or newer found (checked JAVA_HOME and /usr/lib/jvm). Install one, e.g. Temurin 25, and set JAVA_HOME."
}

# Installs the Debian packages that are missing (as root), or names the command to run (otherwise).
pw_ensure_packages() {
  local missing=() pkg
  for pkg in "${PW_APT_PACKAGES[@]}" "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" -eq 0 ]; then
    echo "prozesswerk: installing Debian packages: ${missing[*]}" >&2
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
      "${missing[@]}" >&2 || pw_die "apt-get install failed for: ${missing[*]}"
  else
    pw_die "missing Debian packages. Run as root: apt-get update && apt-get install -y ${missing[*]}"
  fi
}

# Starts Xvfb on a free display unless DISPLAY already works; sets DISPLAY and PW_XVFB_PID.
pw_start_xvfb() {
  if [ -n "${DISPLAY:-}" ] && xdpyinfo >/dev/null 2>&1; then
    return 0
  fi
  local n
  for n in $(seq 90 120); do
    [ -e "/tmp/.X11-unix/X$n" ] || [ -e "/tmp/.X$n-lock" ] && continue
    Xvfb ":$n" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
    PW_XVFB_PID=$!
    export DISPLAY=":$n"
    local i
    for i in $(seq 1 50); do
      xdpyinfo >/dev/null 2>&1 && return 0
      sleep 0.1
    done
    kill "$PW_XVFB_PID" 2>/dev/null
  done
  pw_die "could not start Xvfb"
}

pw_stop_xvfb() {
  [ -n "${PW_XVFB_PID:-}" ] && kill "$PW_XVFB_PID" 2>/dev/null
  PW_XVFB_PID=
}

# Prints the path of the Equinox launcher jar inside a materialized product.
pw_launcher_jar() {
  local product="${1:-$PW_PRODUCT_DIR}" jar
  jar=$(ls "$product"/plugins/org.eclipse.equinox.launcher_*.jar 2>/dev/null | sort -V | tail -n 1)
  [ -n "$jar" ] || pw_die "no product at $product (build it with ./prozesswerk, which builds first)"
  echo "$jar"
}

# True when the product is missing or older than any source file of the build.
pw_product_outdated() {
  local stamp="$PW_PRODUCT_DIR/configuration/config.ini"
  [ -f "$stamp" ] || return 0
  [ -n "$(find "$PW_ROOT/pom.xml" "$PW_ROOT/.mvn" "$PW_ROOT/targetplatform" "$PW_ROOT/bundles" \
    "$PW_ROOT/features" "$PW_ROOT/releng" -path '*/target' -prune -o -path '*/node_modules' -prune -o \
    -type f -newer "$stamp" -print -quit 2>/dev/null)" ]
}

pw_build_product() {
  echo "prozesswerk: building the product (first start or changed sources) ..." >&2
  (cd "$PW_ROOT" && ./mvnw -B -q package -pl releng/org.prozesswerk.product -am) >&2 \
    || pw_die "build failed; see the Maven output above"
}

# Runs the product: pw_launch PRODUCT_DIR APPLICATION ARGS... (adds -nl de unless the caller chose a language).
pw_launch() {
  local product="$1" application="$2"
  shift 2
  local home="${PROZESSWERK_HOME:-$HOME/.prozesswerk}" nl=(-nl de) arg
  for arg in "$@"; do [ "$arg" = "-nl" ] && nl=(); done
  mkdir -p "$home"
  local data=(-data "$home/workspace")
  [ "$application" = org.prozesswerk.cli.application ] && data=(-data @none)
  # exec: the caller's process becomes the JVM, so its pid, exit code and signals are the product's.
  # Parallel GC: loading a large register allocates a model that stays entirely live, which the default G1 copies
  # again and again (binary load of 100k Steckbriefe: ~2x the CPU time); see docs/performance.md, "GC".
  exec "$JAVA_HOME/bin/java" ${PROZESSWERK_VMARGS:--Xmx4g -XX:+UseParallelGC} \
    -Djava.util.logging.config.file="$PW_ROOT/releng/scripts/logging.properties" --sun-misc-unsafe-memory-access=allow -Dlog4j.configuration="file:$PW_ROOT/releng/scripts/log4j.properties" \
    -jar "$(pw_launcher_jar "$product")" \
    -application "$application" "${data[@]}" "${nl[@]}" -nosplash "$@"
}
