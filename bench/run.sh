#!/usr/bin/env bash
# Runs one JMH benchmark class (its main) on the test classpath, e.g.
#   bench/run.sh io.sitrep.briefing.LatestBenchmark
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -ntp test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
exec java -Djava.awt.headless=true -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" "$@"
