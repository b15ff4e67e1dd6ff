#!/bin/sh
# usage: tinta-build.sh SITE_DIR JAR [JVM_FLAG ...]
#        tinta-build.sh SITE_DIR LAUNCHER      (bin/tinta: runs `LAUNCHER build --site .`)
# One clean full build of SITE_DIR with tinta, the way the shared kit's build.sh runs the other
# generators: the previous output (site-output/ and any .site-output.new/.old left by a crash) is
# first moved into $TRASH (default: SITE_DIR/../trash; a rename on the same filesystem, so deleting
# ~14k files is not inside the timed command), then java is exec'd in SITE_DIR with the JVM flags
# given and `-jar JAR build --site .` ($JAVA, default java on PATH). With a launcher (bin/tinta) in
# place of the jar, `LAUNCHER build --site .`. bench.py times this whole command.
set -e
SITE=$1; JAR=$2; shift 2
cd "$SITE"
T=${TRASH:-$(dirname "$(pwd)")/trash}/$(basename "$(pwd)")-$(date +%s%N)
mkdir -p "$T"
for d in site-output .site-output.new .site-output.old; do
  if [ -e "$d" ]; then mv "$d" "$T/"; fi
done
case $JAR in
  *.jar) exec "${JAVA:-java}" "$@" -jar "$JAR" build --site . ;;
  *)     exec "$JAR" build --site . ;;
esac
