#!/usr/bin/env bash
# Measures startup of the app-image: time to the first CLI answer (--version, stats on a ledger)
# and time to the first window and to the ledger's tree in it (under xvfb, the window reports both),
# each with the launchers' own class-data archives where the image has them (the default) and
# without any (-Xshare:off).
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
# the seed ledger's 37 measures, so that the window has a tree to show
"$launcher" import src/test/resources/samples/seed-ledger.xlsx --db "$work/ledger.zgtz" >/dev/null 2>&1

cli() { # name, extra JVM options, command...
  local name=$1 opts=$2; shift 2
  for _ in $(seq "$runs"); do
    local t0; t0=$(ms)
    JAVA_TOOL_OPTIONS="-Duser.home=$work/home $opts" "$launcher" "$@" >/dev/null 2>&1
    echo $(( $(ms) - t0 ))
  done | median | xargs printf "%-44s %6s ms\n" "$name"
}

window() { # name, extra JVM options: the medians of the window shown and of the ledger's tree in it
  local name=$1 opts=$2
  for _ in $(seq "$runs"); do
    local t0 out shown tree
    t0=$(ms)
    out=$(JAVA_TOOL_OPTIONS="-Duser.home=$work/home -Dledger.startup.report=true -Dledger.startup.report.exit=true $opts" \
      xvfb-run -a -s "-screen 0 1280x800x24" "$launcher" "$work/ledger.zgtz" 2>/dev/null)
    shown=$(echo "$out" | sed -n 's/window-shown-at-ms=//p')
    tree=$(echo "$out" | sed -n 's/tree-shown-at-ms=//p')
    echo "$(( shown - t0 )) $(( tree - t0 ))"
  done > "$work/window.txt"
  cut -d' ' -f1 "$work/window.txt" | median | xargs printf "%-44s %6s ms\n" "$name: window shown"
  cut -d' ' -f2 "$work/window.txt" | median | xargs printf "%-44s %6s ms\n" "$name: tree shown"
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
    | median | xargs printf "%-44s %6s ms\n" "(xvfb-run alone)"
fi
