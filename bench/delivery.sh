#!/usr/bin/env bash
# Delivery benchmark: one new UPDATE to many subscribers, through the whole application, against a fake Bot API on
# 127.0.0.1 that enforces Telegram's limits (429 + retry_after when broken). Prints rate, 429s, outbox write time,
# peak heap and the delay to the first message.
#
#   bench/delivery.sh            # free rate (30/s) then paid broadcast (1000/s), 60 s windows
#   bench/delivery.sh free window=30 subscribers=100000
#   bench/delivery.sh paid window=60 paid-rate=1000 threads=8
set -euo pipefail
cd "$(dirname "$0")/.."
mode="${1:-both}"
[ $# -gt 0 ] && shift
mvn -q -B test-compile
mvn -q -B dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >/dev/null
cp="target/test-classes:target/classes:$(cat target/bench.classpath)"
run() { java -Xmx1g -cp "$cp" io.sitrep.delivery.bench.DeliveryBench "$@"; }
case "$mode" in
  free) run paid=false "$@" ;;
  paid) run paid=true "$@" ;;
  both) run paid=false "$@"; run paid=true "$@" ;;
  *) echo "usage: $0 [free|paid|both] [subscribers=N] [window=SECONDS] [rate=N] [paid-rate=N] [threads=N]" >&2; exit 2 ;;
esac
