# Shared shell functions of ./prozesswerk, ./run-tests and the product smoke test. Source, don't run.
# shellcheck shell=bash

PW_ROOT="${PW_ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}"
PW_PRODUCT_DIR="$PW_ROOT/releng/org.prozesswerk.product/target/products/org.prozesswerk.product/linux/gtk/x86_64"
# Debian packages the workbench, its browser-based editors and the UI tests need at run time.
PW_APT_PACKAGES=(xvfb xauth x11-utils xdotool imagemagick jq unzip zip libgtk-3-0 libwebkit2gtk-4.1-0 fonts-dejavu-core
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

# The command line starts from its own configuration area (PRODUCT/configuration-cli): the product's bundles
# without those of the workbench (SWT, JFace, e4/ui, p2 with its ECF transport, Batik, diagrams, the UI bundles
# of Prozesswerk).
# Fewer bundles to resolve and no workbench components for Declarative Services to activate halved the CPU time of
# `prozesswerk --help` (docs/performance.md, "Time to first answer (cold)"). A subcommand whose bundle needed one
# of them would be missing from `--help`; the product smoke test checks that --help lists every contributed subcommand.
# SPI Fly and its ASM are left out too (issue 19): at start SPI Fly read the localized headers of every bundle and
# wove log4j-api's classes with ASM, a third of the CPU time of `prozesswerk version`. slf4j-api 2 (JGit, Jetty)
# and slf4j-simple require its service-loader extenders to resolve; the command line's config.ini declares them as
# capabilities of the system bundle (PW_CLI_SYSTEM_CAPABILITIES). What they would mediate is not needed there:
# slf4j finds no provider either way (its warnings are silenced in pw_launch), and log4j-api gets its provider from
# log4j-to-jul's activator (docs/performance.md, "Time to first answer (cold)").
PW_CLI_EXCLUDED_BUNDLES='^(org\.eclipse\.(ui|e4|jface|swt|help|compare|urischeme|text|glsp|elk)([.,])'\
'|org\.eclipse\.core\.(databinding|filebuffers|resources|filesystem)[.,]'\
'|org\.eclipse\.equinox\.(p2\.|security\.ui|frameworkadmin|simpleconfigurator\.manipulator|launcher\.gtk|concurrent)'\
'|org\.eclipse\.ecf[.,]|org\.sat4j\.|org\.apache\.batik\.|org\.w3c\.css|org\.apache\.xmlgraphics|com\.github\.weisj\.jsvg'\
'|org\.apache\.aries\.spifly\.|org\.objectweb\.asm[.,]'\
'|org\.prozesswerk\.(app|nl\.[a-z0-9.]*|diagram[a-z.]*|[a-z.]*\.ui|ui|ui\.[a-z.]*),)'
PW_CLI_SYSTEM_CAPABILITIES='osgi.extender;osgi.extender="osgi.serviceloader.processor";version:Version="1.0",'\
'osgi.extender;osgi.extender="osgi.serviceloader.registrar";version:Version="1.0"'

# Prints the command line's configuration area of PRODUCT, (re)written when the product's is newer.
pw_cli_configuration() {
  local product="$1" conf="$1/configuration-cli" source="$1/configuration" tmp
  local bundles="org.eclipse.equinox.simpleconfigurator/bundles.info"
  if [ ! -f "$conf/config.ini" ] || [ "$source/$bundles" -nt "$conf/config.ini" ] \
    || [ "$source/config.ini" -nt "$conf/config.ini" ] || { grep -q '^osgi\.framework=file\\:configuration-cli/' \
      "$conf/config.ini" && ! compgen -G "$conf/framework/org.eclipse.osgi_*.jar" >/dev/null; }; then
    # Written beside and renamed: two command lines started at once must not see a half-written area.
    tmp=$(mktemp -d "$product/.configuration-cli.XXXXXX")
    chmod 755 "$tmp" # mktemp's 0700 would shut out other users of a shared installation
    mkdir -p "$tmp/org.eclipse.equinox.simpleconfigurator"
    grep -v -E "$PW_CLI_EXCLUDED_BUNDLES" "$source/$bundles" >"$tmp/$bundles"
    { sed 's/^eclipse\.application=.*/eclipse.application=org.prozesswerk.cli.application/' "$source/config.ini"
      echo "org.osgi.framework.system.capabilities.extra=$PW_CLI_SYSTEM_CAPABILITIES"; } >"$tmp/config.ini"
    pw_cli_unsigned_framework "$product" "$tmp" || rm -rf "$tmp/framework"
    rm -rf "$conf.old"
    [ -d "$conf" ] && mv "$conf" "$conf.old" 2>/dev/null
    mv "$tmp" "$conf" 2>/dev/null || rm -rf "$tmp"
    rm -rf "$conf.old"
    # One quiet start stores the framework's state. The first start of a new area can end with Equinox's exit code
    # 23 ("restart"): the framework extension named in osgi.framework.extensions (the unsigned copy) and the same
    # bundle in bundles.info (in plugins/) are then reconciled, which the native launcher answers with a restart.
    if compgen -G "$conf/framework/*.jar" >/dev/null; then
      (PROZESSWERK_HOME="$conf/.priming" PW_AOT_TRAINING= pw_launch "$product" org.prozesswerk.cli.application version) \
        >/dev/null 2>&1 || true
      rm -rf "$conf/.priming"
    fi
  fi
  echo "$conf"
}

# Unsigned copies of the launcher and the framework for the command line (issue 19), in AREA/framework, with AREA's
# config.ini pointing at them. The Eclipse jars are signed: the JDK verifies their signatures at every start (10 % of
# `prozesswerk version`) and leaves their classes out of the AOT cache ("Skipping ...: Signed JAR", 530 classes).
# The launcher takes the framework's folder as osgi.syspath, so the framework extensions are copied beside it and
# simpleconfigurator is referenced as ../../plugins/. Fails (the caller then keeps the signed jars) without zip.
pw_cli_unsigned_framework() {
  local product="$1" area="$2" framework extensions jar rc
  command -v zip >/dev/null || return 1
  framework=$(sed -n 's/^osgi\.framework=file\\:plugins\/\(.*\)$/\1/p' "$area/config.ini")
  extensions=$(sed -n 's/^osgi\.framework\.extensions=//p' "$area/config.ini" | sed 's/reference\\:file\\://g; s/,/ /g')
  [ -n "$framework" ] || return 1
  mkdir -p "$area/framework"
  for jar in "$(pw_launcher_jar "$product")" "$framework" $extensions; do
    [ "${jar#/}" != "$jar" ] || jar="$product/plugins/$jar"
    cp "$jar" "$area/framework/" || return 1
    rc=0
    zip -q -d "$area/framework/${jar##*/}" 'META-INF/*.SF' 'META-INF/*.RSA' 'META-INF/*.DSA' 'META-INF/*.EC' || rc=$?
    [ $rc -eq 0 ] || [ $rc -eq 12 ] || return 1 # 12: nothing matched, the jar was not signed
  done
  sed -i -e 's|^osgi\.framework=file\\:plugins/|osgi.framework=file\\:configuration-cli/framework/|' \
    -e '/^osgi\.bundles=/ s|reference\\:file\\:\([^/]\)|reference\\:file\\:../../plugins/\1|g' "$area/config.ini"
}

# JDK ahead-of-time cache of the command line (JEP 483/514/515, JDK >= 25): classes of the JDK, the launcher and
# the bundles loaded, linked and profiled in a training run, mapped at start instead of loaded again. Written by
# pw_build_aot_cache (the product build, or ./prozesswerk when missing or stale), used by pw_launch when fresh:
# newer than the CLI configuration (so rebuilt with every product build) and made by this very JDK.
pw_aot_cache() {
  echo "$1/configuration-cli/prozesswerk-cli.aot"
}

pw_jdk_supports_aot_cache() {
  local version
  version=$("$JAVA_HOME/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
  [ -n "$version" ] && [ "${version%%.*}" -ge 25 ] 2>/dev/null
}

# True when PRODUCT's cache exists, is newer than its CLI configuration and belongs to this JDK.
pw_aot_cache_fresh() {
  local cache
  cache=$(pw_aot_cache "$1")
  [ -f "$cache" ] && [ "$cache" -nt "$1/configuration-cli/config.ini" ] \
    && [ "$(cat "$cache.jdk" 2>/dev/null)" = "$JAVA_HOME $(stat -c %Y "$JAVA_HOME/lib/modules" 2>/dev/null)" ]
}

# Training run: `demo` builds the Musterregister from the catalogues and saves it as XMI, which loads most of
# what the subcommands use (EMF, the model, catalogues, picocli with every contribution, XML). Quiet; on failure
# the command line simply starts without the cache.
pw_build_aot_cache() {
  local product="$1" cache tmp
  pw_jdk_supports_aot_cache || return 0
  pw_cli_configuration "$product" >/dev/null
  cache=$(pw_aot_cache "$product")
  tmp=$(mktemp -d)
  rm -f "$cache" "$cache.jdk"
  if PW_AOT_TRAINING="$cache.tmp" PROZESSWERK_HOME="$tmp" \
    bash -c 'source "$0"; pw_launch "$1" org.prozesswerk.cli.application demo --out "$2/training.pwreg"' \
    "${BASH_SOURCE[0]}" "$product" "$tmp" >"$tmp/training.log" 2>&1 && [ -s "$cache.tmp" ]; then
    mv "$cache.tmp" "$cache"
    echo "$JAVA_HOME $(stat -c %Y "$JAVA_HOME/lib/modules" 2>/dev/null)" >"$cache.jdk"
  else
    echo "prozesswerk: note: no start-up cache (training run failed: $(tail -n 3 "$tmp/training.log"))" >&2
    rm -f "$cache.tmp"
  fi
  rm -rf "$tmp"
}

# Runs the product: pw_launch PRODUCT_DIR APPLICATION ARGS... (adds -nl de unless the caller chose a language).
pw_launch() {
  local product="$1" application="$2"
  shift 2
  local home="${PROZESSWERK_HOME:-$HOME/.prozesswerk}" nl=(-nl de) arg
  for arg in "$@"; do [ "$arg" = "-nl" ] && nl=(); done
  mkdir -p "$home"
  local data=(-data "$home/workspace") cli=() cli_vm=() launcher
  launcher=$(pw_launcher_jar "$product")
  if [ "$application" = org.prozesswerk.cli.application ]; then
    data=(-data @none)
    # PW_CLI_ALL_BUNDLES=1: from the product's own configuration area (all bundles, as the workbench), for subcommands
    # of installed plugins that need bundles the lean list leaves out, e.g. diagrams (docs/extending.md).
    if [ -z "${PW_CLI_ALL_BUNDLES:-}" ]; then
      local conf
      conf=$(pw_cli_configuration "$product")
      cli=(-configuration "$conf")
      # Once a run has stored the framework's state there (the training run of the start-up cache, or else the first
      # command), the command line only reads its configuration area: Equinox no longer rewrites its 0.5 MB state
      # file at the end of every command, and commands started at once do not write the same files.
      if [ -z "${PW_AOT_TRAINING:-}" ] && compgen -G "$conf/org.eclipse.osgi/framework.info.*" >/dev/null; then
        cli_vm=(-Dosgi.configuration.area.readOnly=true)
      fi
      # The unsigned launcher (pw_cli_unsigned_framework) beside the framework it starts; the install area is then
      # named, since the launcher would take its own folder's parent.
      if compgen -G "$conf/framework/org.eclipse.equinox.launcher_*.jar" >/dev/null; then
        launcher=$(ls "$conf"/framework/org.eclipse.equinox.launcher_*.jar | sort -V | tail -n 1)
        cli+=(-install "$product")
      fi
      # The JIT compiles after 10x the usual invocation counts: short commands (version, --help) ran C1 and C2
      # compiler threads for ~40 % of their CPU time; long loads still reach C2 early in their hot loops (cold
      # `stats` of 100k: CPU equal or lower; docs/performance.md, "Time to first answer (cold)").
      cli_vm+=(-XX:CompileThresholdScaling=10)
    fi
  fi
  local aot=()
  if [ -n "${PW_AOT_TRAINING:-}" ]; then
    aot=("-XX:AOTCacheOutput=$PW_AOT_TRAINING")
  elif [ "$application" = org.prozesswerk.cli.application ] && [ ${#cli[@]} -gt 0 ] && pw_aot_cache_fresh "$product"; then
    # -Xlog:aot=off: should the JDK refuse the cache after all, the command line starts without it, silently.
    aot=("-XX:AOTCache=$(pw_aot_cache "$product")" -Xlog:aot=off -Xlog:cds=off)
  fi
  # exec: the caller's process becomes the JVM, so its pid, exit code and signals are the product's.
  # slf4j-api 2 (JGit, Jetty) finds no provider through SPI Fly at start and would say so on stderr of every
  # command; its own warnings are silenced (the library server's logging is an open point, docs/library.md).
  # Parallel GC: loading a large register allocates a model that stays entirely live, which the default G1 copies
  # again and again (binary load of 100k Steckbriefe: ~2x the CPU time); see docs/performance.md, "GC".
  exec "$JAVA_HOME/bin/java" ${PROZESSWERK_VMARGS:--Xmx4g -XX:+UseParallelGC} "${aot[@]}" "${cli_vm[@]}" \
    -Djava.util.logging.config.file="$PW_ROOT/releng/scripts/logging.properties" \
    --sun-misc-unsafe-memory-access=allow -Dlog4j.configuration="file:$PW_ROOT/releng/scripts/log4j.properties" \
    -Dslf4j.internal.verbosity=ERROR \
    -jar "$launcher" "${cli[@]}" \
    -application "$application" "${data[@]}" "${nl[@]}" -nosplash "$@"
}
