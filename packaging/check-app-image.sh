#!/usr/bin/env bash
# Checks the app-image that `mvn -Ppackage package` builds: the launcher starts, answers
# --version with the project's version, creates a ledger and reports its figures, and the runtime
# is the trimmed jlink image with its class-data-sharing archive; on Linux the command-line
# launcher's own class-data archive is made in the image and used. Builds the image first when it
# is missing (or always with --build). Needs no CI and no display; where xvfb-run is installed
# (with libgtk-3-0) it also opens the window on a ledger.
#
#   packaging/check-app-image.sh [--build] [app-image folder]
set -euo pipefail
cd "$(dirname "$0")/.."

build=0
if [ "${1:-}" = "--build" ]; then build=1; shift; fi
image=${1:-target/jpackage/app-image/rectification-ledger}
if [ "$build" = 1 ] || [ ! -d "$image" ]; then
  echo "== building the app-image (mvn -Ppackage package)"
  mvn -B -q -Ppackage -DskipTests package
fi

fail() { echo "FAIL: $*" >&2; exit 1; }
ms() { date +%s%3N; }

launcher=$image/bin/rectification-ledger
[ -x "$launcher" ] || launcher=$image/bin/rectification-ledger.exe
[ -x "$launcher" ] || fail "no launcher in $image/bin"
version=$(sed -n 's:^  <version>\(.*\)</version>:\1:p' pom.xml | head -1)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# keep the check away from the user's own preferences and data
export JAVA_TOOL_OPTIONS="-Duser.home=$work/home"

echo "== app-image: $image ($(du -sh "$image" | cut -f1))"
runtime=$image/lib/runtime
[ -f "$runtime/release" ] || fail "no runtime image"
modules=$(sed -n 's/^MODULES="\(.*\)"/\1/p' "$runtime/release")
echo "runtime modules: $(echo "$modules" | wc -w) ($modules)"
for m in java.base java.sql javafx.controls jdk.localedata; do
  echo " $modules " | grep -q " $m " || fail "module $m missing from the runtime"
done
echo " $modules " | grep -q " jdk.compiler " && fail "the runtime is not trimmed (jdk.compiler present)"
if [ -f "$runtime/lib/server/classes.jsa" ]; then echo "CDS archive: lib/runtime/lib/server/classes.jsa"; else fail "no CDS archive in the runtime"; fi

echo "== --version"
t0=$(ms)
out=$("$launcher" --version 2>/dev/null)
t1=$(ms)
echo "$out ($((t1 - t0)) ms)"
[ "$out" = "整改台账 rectification-ledger $version" ] || fail "unexpected version answer: $out"

echo "== init + stats on a new ledger"
"$launcher" init --db "$work/check.zgtz" >/dev/null 2>&1 || fail "init failed"
t0=$(ms)
stats=$("$launcher" stats --db "$work/check.zgtz" --json 2>/dev/null) || fail "stats failed"
t1=$(ms)
echo "$stats" | tr -d '\n' | cut -c1-160; echo " … ($((t1 - t0)) ms)"
echo "$stats" | grep -q '"measures"' || fail "stats gave no figures"

echo "== SQLite's native library is loaded from lib/app/native, not extracted"
[ -n "$(ls "$image/lib/app/native/" 2>/dev/null)" ] || fail "no native library in lib/app/native"
mkdir -p "$work/tmp"
JAVA_TOOL_OPTIONS="-Duser.home=$work/home -Djava.io.tmpdir=$work/tmp" "$launcher" stats --db "$work/check.zgtz" >/dev/null 2>&1 \
  || fail "stats failed"
[ -z "$(ls "$work/tmp")" ] || fail "the driver extracted its library into the temporary folder: $(ls "$work/tmp")"

echo "== an unknown option is refused with exit code 2"
set +e
"$launcher" --no-such-option >/dev/null 2>&1
code=$?
set -e
[ "$code" = 2 ] || fail "exit code $code for an unknown option"

echo "== the command-line launcher"
cli=$image/bin/rectification-ledger-cli
[ -x "$cli" ] || cli=$image/bin/rectification-ledger-cli.exe
[ -x "$cli" ] || fail "no command-line launcher in $image/bin"
out=$("$cli" --version 2>/dev/null)
[ "$out" = "整改台账 rectification-ledger $version" ] || fail "the command-line launcher answered: $out"
"$cli" stats --db "$work/check.zgtz" --json >/dev/null 2>&1 || fail "stats through the command-line launcher failed"
grep -q -- "-XX:TieredStopAtLevel=1" "$image/lib/app/rectification-ledger-cli.cfg" \
  || fail "the command-line launcher lacks its JVM options"

if [ -f "$image/lib/app/cli.classlist" ]; then
  echo "== the launchers' class-data archives (made in place, as the package's postinst makes them)"
  sh "$image/lib/app/cds-archive.sh" "$image"
  [ -f "$image/lib/app/cli.jsa" ] || fail "no class-data archive made from lib/app/cli.classlist"
  if [ -f "$image/lib/app/window.classlist" ]; then
    [ -f "$image/lib/app/window.jsa" ] || fail "no class-data archive made from lib/app/window.classlist"
  fi
  JAVA_TOOL_OPTIONS="-Duser.home=$work/home -Xlog:class+load:file=$work/classes.txt" \
    "$cli" stats --db "$work/check.zgtz" >/dev/null 2>&1 || fail "stats with the archive failed"
  shared=$(grep -c 'io\.github\.rectification\.ledger\..* source: shared objects file' "$work/classes.txt" || true)
  [ "$shared" -gt 50 ] || fail "the command-line launcher does not load the application's classes from its archive ($shared)"
  echo "the command-line launcher loads $shared of the application's classes from lib/app/cli.jsa"
fi

if command -v xvfb-run >/dev/null; then
  echo "== the window opens a ledger (under xvfb-run)"
  t0=$(ms)
  shown=$(JAVA_TOOL_OPTIONS="-Duser.home=$work/home -Dledger.startup.report=true -Dledger.startup.report.exit=true -Xlog:class+load:file=$work/window-classes.txt" \
    timeout 120 xvfb-run -a -s "-screen 0 1280x800x24" "$launcher" "$work/check.zgtz" 2>&1) || true
  echo "$shown" | grep -q 'window-shown-at-ms=' || { echo "$shown" | grep -v '^\s*at ' | head -20 >&2; fail "the window did not open"; }
  if echo "$shown" | grep -q 'Exception\|ERROR'; then
    echo "$shown" | grep -v '^\s*at ' | head -20 >&2; fail "the window reported an error"
  fi
  echo "$shown" | grep -q 'tree-shown-at-ms=' || fail "the window did not show the ledger's tree"
  echo "window shown $(( $(echo "$shown" | sed -n 's/.*window-shown-at-ms=//p' | head -1) - t0 )) ms after the start," \
    "the ledger's tree $(( $(echo "$shown" | sed -n 's/.*tree-shown-at-ms=//p' | head -1) - t0 )) ms"
  if [ -f "$image/lib/app/window.jsa" ]; then
    shared=$(grep -c 'javafx\..* source: shared objects file' "$work/window-classes.txt" || true)
    [ "$shared" -gt 500 ] || fail "the window does not load JavaFX from its archive ($shared classes)"
    echo "the window loads $shared of JavaFX's classes from lib/app/window.jsa"
  fi
fi

echo "OK: the app-image starts and answers"
