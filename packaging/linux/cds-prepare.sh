#!/usr/bin/env bash
# Prepares the class-data archive of the command-line launcher in an app-image (Linux): records the
# classes that launcher loads for the commands of a batch run — a workbook imported, the ledger
# counted, checked, dumped, exported and distributed, a return read back, the summary and the
# notice written — one command at a time (-XX:DumpLoadedClassList), merges them into
# lib/app/cli.classlist, puts cds-archive.sh beside it and makes the launcher start from
# lib/app/cli.jsa. The archive itself names the jars by their paths, so it is made where the
# application ends up: by the package's postinst, or by cds-archive.sh for an image used in place.
#
#   packaging/linux/cds-prepare.sh IMAGE WORKBOOK
set -euo pipefail
image=$1
workbook=$2
here=$(cd "$(dirname "$0")" && pwd)
app=$image/lib/app
cli=$image/bin/rectification-ledger-cli
cfg=$app/rectification-ledger-cli.cfg
[ -x "$cli" ] && [ -f "$cfg" ] || { echo "no command-line launcher in $image" >&2; exit 1; }
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
install -m 755 "$here/cds-archive.sh" "$app/cds-archive.sh"
# the launcher's options: the archive, and no word from the JVM when it is missing or stale
sed -i '/cli\.jsa/d; /Xlog:cds/d' "$cfg"
sed -i 's|^\[JavaOptions\]$|[JavaOptions]\njava-options=-XX:SharedArchiveFile=$APPDIR/cli.jsa\njava-options=-Xlog:cds*=off|' "$cfg"
grep -q 'cli\.jsa' "$cfg" || { echo "no [JavaOptions] in $cfg" >&2; exit 1; }
echo "cli.classlist: $(wc -l < "$app/cli.classlist") classes from $n commands"
