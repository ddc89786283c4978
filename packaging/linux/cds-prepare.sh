#!/usr/bin/env bash
# Prepares the class-data archives of an app-image's launchers (Linux). Records the classes the
# command-line launcher loads for the commands of a batch run — a workbook imported, the ledger
# counted, checked, dumped, exported and distributed, a return read back, the summary and the
# notice written — one command at a time (-XX:DumpLoadedClassList), into lib/app/cli.classlist;
# where xvfb-run is installed, the classes the window loads to open that ledger, into
# lib/app/window.classlist. Puts cds-archive.sh beside them and makes each launcher start from its
# archive (lib/app/cli.jsa, lib/app/window.jsa). The archives name the jars by their paths, so they
# are made where the application ends up: by the package's postinst, or by cds-archive.sh for an
# image used in place.
#
#   packaging/linux/cds-prepare.sh IMAGE WORKBOOK
set -euo pipefail
image=$1
workbook=$2
here=$(cd "$(dirname "$0")" && pwd)
app=$image/lib/app
cli=$image/bin/rectification-ledger-cli
[ -x "$cli" ] && [ -f "$app/rectification-ledger-cli.cfg" ] || { echo "no command-line launcher in $image" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
n=0
run() {
  n=$((n + 1))
  JAVA_TOOL_OPTIONS="-Duser.home=$work/home -XX:DumpLoadedClassList=$work/$n.lst" "$cli" "$@" \
    >"$work/out.txt" 2>&1 || { echo "training run failed: $*" >&2; cat "$work/out.txt" >&2; exit 1; }
}
db=$work/ledger.zgtz
run init --db "$db"
run import "$workbook" --db "$db" --json
run stats --db "$db"
run stats --db "$db" --json
run check --db "$db" --json
run dump --db "$db" --json
run export "$work/ledger.xlsx" --db "$db"
run distribute --db "$db" --out "$work/out" --json
returned=$(find "$work/out" -name '*.xlsx' | sort | head -1)
run import "$returned" --db "$db" --json
run returns --db "$db" --json
run report "$work/summary.pdf" --db "$db"
run notice "$work/notice.docx" --db "$db"
for i in $(seq "$n"); do grep -v '^#' "$work/$i.lst"; done | awk '!seen[$0]++' > "$app/cli.classlist"
echo "cli.classlist: $(wc -l < "$app/cli.classlist") classes from $n commands"

rm -f "$app/window.classlist"
if command -v xvfb-run >/dev/null; then
  JAVA_TOOL_OPTIONS="-Duser.home=$work/home -Dledger.startup.report=true -Dledger.startup.report.exit=true -XX:DumpLoadedClassList=$work/window.lst" \
    timeout 300 xvfb-run -a -s "-screen 0 1280x800x24" "$image/bin/rectification-ledger" "$db" >"$work/out.txt" 2>&1 || true
  if grep -q 'window-shown-at-ms=' "$work/out.txt"; then
    grep -v '^#' "$work/window.lst" > "$app/window.classlist"
    echo "window.classlist: $(wc -l < "$app/window.classlist") classes"
  else
    echo "the window did not open under xvfb-run; its launcher gets no archive" >&2
    cat "$work/out.txt" >&2
  fi
else
  echo "no xvfb-run: the window's launcher gets no archive" >&2
fi

install -m 755 "$here/cds-archive.sh" "$app/cds-archive.sh"
# each launcher with a class list: its archive, and no word from the JVM when that is missing or stale
for launcher in rectification-ledger-cli:cli rectification-ledger:window; do
  cfg=$app/${launcher%%:*}.cfg
  name=${launcher##*:}
  sed -i '/\.jsa$/d; /Xlog:cds/d' "$cfg"
  [ -f "$app/$name.classlist" ] || continue
  sed -i "s|^\[JavaOptions\]\$|[JavaOptions]\njava-options=-XX:SharedArchiveFile=\$APPDIR/$name.jsa\njava-options=-Xlog:cds*=off|" "$cfg"
  grep -q "$name\.jsa" "$cfg" || { echo "no [JavaOptions] in $cfg" >&2; exit 1; }
done
