#!/bin/sh
# Mutation fuzzing of `import` over the sample workbooks, in a JVM of 512 MB.
#   scripts/fuzz-import.sh [--minutes 2] [--seed S] [--count N] [--samples DIR]
# Prints each finding with the seed that repeats it; exits 1 when there was one.
# Build the jar first: mvn -B -DskipTests package
set -e
cd "$(dirname "$0")/.."
exec java -Xmx512m -Djava.awt.headless=true -cp target/rectification-ledger.jar scripts/FuzzImport.java "$@"
