#!/bin/sh
# usage: bench/highlight.sh [ROUNDS]   (default 2000)
# Highlighting cost per code block (dev.tinta.highlight.HighlightBench): the first block of each
# language, then warm blocks shaped as the benchmark kit's corpus makes them, and the golden
# samples. Compiles the test classes first; run it on an idle machine.
set -e
cd "$(dirname "$0")/.."
mvn -q -B -o test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt \
  || mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
exec java -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" \
  dev.tinta.highlight.HighlightBench "${1:-2000}"
