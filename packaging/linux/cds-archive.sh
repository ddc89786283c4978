#!/bin/sh
# Makes the class-data archives the launchers start from, out of the class lists cds-prepare.sh
# recorded: lib/app/cli.jsa for the command-line launcher (cli.classlist), lib/app/window.jsa for
# the window's (window.classlist), for the application installed in ROOT. An archive names the
# jars by their paths, so it is made where they lie: the package's postinst runs this after
# installing. Without its archive (not made, or the folder moved since) a launcher starts without
# class sharing, a little slower, and says nothing of it.
#
#   cds-archive.sh ROOT
set -u
root=$1
app=$root/lib/app

# archive NAME LAUNCHER: NAME.jsa from NAME.classlist, with the class path of LAUNCHER.cfg
archive() {
  cfg=$app/$2.cfg
  rm -f "$app/$1.jsa" "$app/$1.jsa.tmp"
  [ -f "$app/$1.classlist" ] && [ -f "$cfg" ] || return 0
  # the class path exactly as the launcher gives it: its jars in the order of the configuration
  cp=$(sed -n 's/^app\.classpath=//p' "$cfg" | sed "s|\$APPDIR|$app|g" | paste -sd: -)
  if "$root/lib/runtime/bin/java" -Xshare:dump -XX:SharedClassListFile="$app/$1.classlist" \
      -XX:SharedArchiveFile="$app/$1.jsa.tmp" -cp "$cp" >/dev/null 2>&1; then
    mv "$app/$1.jsa.tmp" "$app/$1.jsa"
  else
    rm -f "$app/$1.jsa.tmp"
    echo "the class-data archive $1.jsa could not be made; $2 starts without it" >&2
  fi
}

archive cli rectification-ledger-cli
archive window rectification-ledger
exit 0
