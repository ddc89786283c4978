#!/usr/bin/env bash
# Measures startup of the app-image: time to the first CLI answer (--version, stats on a ledger)
# and time to the first window (under xvfb, the window reports when it is shown), each with the
# runtime's class-data-sharing archive (the default) and without it (-Xshare:off).
#
#   packaging/measure-startup.sh [runs] [app-image folder]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
image=${2:-target/jpackage/app-image/rectification-ledger}
launcher=$image/bin/rectification-ledger
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
ms() { date +%s%3N; }

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2)}'; }

"$launcher" init --db "$work/ledger.zgtz" >/dev/null 2>&1

cli() { # name, extra JVM options, command...
  local name=$1 opts=$2; shift 2
  for _ in $(seq "$runs"); do
    local t0; t0=$(ms)
    JAVA_TOOL_OPTIONS="-Duser.home=$work/home $opts" "$launcher" "$@" >/dev/null 2>&1
    echo $(( $(ms) - t0 ))
  done | median | xargs printf "%-34s %6s ms\n" "$name"
}

window() { # name, extra JVM options
  local name=$1 opts=$2
  for _ in $(seq "$runs"); do
    local t0 shown
    t0=$(ms)
    shown=$(JAVA_TOOL_OPTIONS="-Duser.home=$work/home -Dledger.startup.report=true -Dledger.startup.report.exit=true $opts" \
      xvfb-run -a -s "-screen 0 1280x800x24" "$launcher" "$work/ledger.zgtz" 2>/dev/null | sed -n 's/window-shown-at-ms=//p')
    echo $(( shown - t0 ))
  done | median | xargs printf "%-34s %6s ms\n" "$name"
}

echo "median of $runs runs; $(nproc) cores; $(uname -sr)"
cli "--version (CDS archive)" "" --version
cli "--version (-Xshare:off)" "-Xshare:off" --version
cli "stats --json (CDS archive)" "" stats --db "$work/ledger.zgtz" --json
cli "stats --json (-Xshare:off)" "-Xshare:off" stats --db "$work/ledger.zgtz" --json
if command -v xvfb-run >/dev/null; then
  window "first window (CDS archive)" ""
  window "first window (-Xshare:off)" "-Xshare:off"
  # the measurement includes starting xvfb itself:
  for _ in $(seq "$runs"); do t0=$(ms); xvfb-run -a -s "-screen 0 1280x800x24" true; echo $(( $(ms) - t0 )); done \
    | median | xargs printf "%-34s %6s ms\n" "(xvfb-run alone)"
fi
