#!/bin/sh
# Runs `import` over every spreadsheet of a folder, each into a fresh ledger, and prints the
# outcome of each file and the counts by outcome (imported, refused, usage error, failed, hung).
# A file that takes longer than LIMIT seconds (default 120) is stopped and counted as hung.
#   scripts/import-folder.sh FOLDER [JAR]
# Build the jar first: mvn -B -DskipTests package
set -u
dir="${1:?usage: scripts/import-folder.sh FOLDER [JAR]}"
jar="${2:-$(dirname "$0")/../target/rectification-ledger.jar}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
imported=0; refused=0; usage=0; failed=0; hung=0
limit="${LIMIT:-120}"
for f in "$dir"/*; do
  case "$f" in *.xlsx|*.xls|*.xlsm|*.XLSX|*.XLS|*.et) ;; *) continue ;; esac
  rm -rf "$work"/l.zgtz*
  timeout -k 10 "$limit" java -Xmx512m -Djava.awt.headless=true -jar "$jar" import "$f" --db "$work/l.zgtz" >/dev/null 2>"$work/err"
  code=$?
  case $code in
    0) imported=$((imported + 1)); what=imported ;;
    3) refused=$((refused + 1)); what=refused ;;
    2) usage=$((usage + 1)); what="usage error" ;;
    124|137) hung=$((hung + 1)); what="HUNG (over ${limit} s)" ;;
    *) failed=$((failed + 1)); what="FAILED (exit $code)" ;;
  esac
  printf '%s\t%s\t%s\n' "$what" "$(basename "$f")" "$(head -n 1 "$work/err")"
done
printf 'imported %d, refused %d, usage error %d, failed %d, hung %d\n' "$imported" "$refused" "$usage" "$failed" "$hung"
[ "$failed" -eq 0 ] && [ "$hung" -eq 0 ]
