#!/bin/sh
# Makes lib/app/cli.jsa, the class-data archive the command-line launcher starts from, out of
# lib/app/cli.classlist (see cds-prepare.sh), for the application installed in ROOT. The archive
# names the jars by their paths, so it is made where they lie: the package's postinst runs this
# after installing. Without the archive (not made, or the folder moved since) the launcher starts
# as it would without this option, a little slower, and says nothing of it.
#
#   cds-archive.sh ROOT
set -u
root=$1
app=$root/lib/app
cfg=$app/rectification-ledger-cli.cfg
rm -f "$app/cli.jsa" "$app/cli.jsa.tmp"
[ -f "$app/cli.classlist" ] && [ -f "$cfg" ] || exit 0
# the class path exactly as the launcher gives it: its jars in the order of the configuration
cp=$(sed -n 's/^app\.classpath=//p' "$cfg" | sed "s|\$APPDIR|$app|g" | paste -sd: -)
if "$root/lib/runtime/bin/java" -Xshare:dump -XX:SharedClassListFile="$app/cli.classlist" \
    -XX:SharedArchiveFile="$app/cli.jsa.tmp" -cp "$cp" >/dev/null 2>&1; then
  mv "$app/cli.jsa.tmp" "$app/cli.jsa"
else
  rm -f "$app/cli.jsa.tmp"
  echo "the command-line launcher's class-data archive could not be made; it starts without it" >&2
fi
exit 0
