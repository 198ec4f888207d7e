#!/usr/bin/env bash
# Scale benchmark (issue 14): what a year at 100,000 subscribers costs, measured on H2 on this machine. Prints each
# measurement, then as its last line:
#   RESULT fanout_rows_100k_ms=<n> db_mb_after_30_days=<n> paid_429=<n> unchanged_poll_ratio=<x> sources_50_cpu_pct=<x> first_reply_ms=<n> live_heap_mb=<n>
# A figure this script does not measure, or whose bench failed, is printed as NA, never estimated.
#
#   bench/scale.sh              # about 20 minutes on two cores
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B test-compile
mvn -q -B dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >/dev/null
cp="target/test-classes:target/classes:$(cat target/bench.classpath)"
out="$(mktemp -d)"
days_pid=""
trap '[ -n "$days_pid" ] && kill "$days_pid" 2>/dev/null; rm -rf "$out"' EXIT

section() { echo "== [$(date -u +%H:%M:%S), ${SECONDS} s in] $*"; }

section "launch -> answer to /start: the jar as the Docker image launches it (extracted, Spring Boot's CDS archive from a training run), alone on the machine"
mvn -q -B package -DskipTests
rm -rf target/extracted
java -Djarmode=tools -jar target/sitrep.jar extract --destination target/extracted >/dev/null
java -cp "$cp" io.sitrep.chat.bench.FirstReplyBench runs=3 jar=target/extracted/sitrep.jar | tee "$out/first.txt" || true
first="$(grep -oE 'first_reply_ms median [0-9]+' "$out/first.txt" | grep -oE '[0-9]+$' || echo NA)"

# The 30 simulated days measure a file's size, not a time; they take one core for about a quarter of an hour, so they
# run beside the other benches: the delivery figures (429s, and a fan-out with ten times its goal to spare) do not need
# both cores, and the sources bench counts its own process's CPU time, not wall time. A retention round every eighth
# UPDATE (every 4.8 simulated hours, where Sitrep runs one every 5 minutes) keeps them within the other benches' time;
# fewer rounds can only leave the file larger.
section "30 simulated days at 100,000 subscribers (in the background): the database file at the end"
java -Xmx1g -cp "$cp" io.sitrep.retention.bench.ThirtyDaysBench subscribers=100000 days=30 per-day=40 rounds-every=8 > "$out/days.txt" 2>&1 &
days_pid=$!

section "fan-out: one new UPDATE for 100,000 plain subscribers (free rate, so sending hardly competes)"
java -Xmx1g -cp "$cp" io.sitrep.delivery.bench.DeliveryBench paid=false window=3 | tee "$out/free.txt" || true
fanout="$(grep -oE 'subscribers within [0-9]+ ms' "$out/free.txt" | grep -oE '[0-9]+' || echo NA)"

section "paid broadcast: the same push to 100,000 with allow_paid_broadcast, through a fake enforcing 1,000/s"
java -Xmx1g -cp "$cp" io.sitrep.delivery.bench.DeliveryBench paid=true window=240 | tee "$out/paid.txt" || true
delivered="$(grep -oE 'delivered +[0-9,]+' "$out/paid.txt" | grep -oE '[0-9,]+' | tr -d , || echo 0)"
if [ "$delivered" = "100000" ]; then
  paid429="$(grep -oE '429 answers +[0-9]+' "$out/paid.txt" | grep -oE '[0-9]+$' || echo NA)"
else
  echo "paid broadcast reached $delivered of 100,000 chats in the window: paid_429 not reported"
  paid429=NA
fi

section "50 sources of 1.3 MB polled every 30 s, one new update a minute each; an unchanged poll against a bare Jsoup parse; the heap with 100,000 subscribers"
# With the JVM options the Docker image runs with (its JAVA_TOOL_OPTIONS: the serial collector), as a newsroom runs it.
image_options="$(sed -n 's/^ENV JAVA_TOOL_OPTIONS="\([^"]*\)".*/\1/p' Dockerfile)"
echo "JVM options of the image: ${image_options}"
JAVA_TOOL_OPTIONS="${image_options}" java -Xmx1g -cp "$cp" io.sitrep.source.bench.SourcesBench sources=50 warmup=60 warmup-max=240 \
  window=180 subscribers=100000 | tee "$out/sources.txt" || true
cpu="$(grep -oE 'sources_50_cpu_pct=[0-9.]+' "$out/sources.txt" | cut -d= -f2 || echo NA)"
ratio="$(grep -oE 'unchanged_poll_ratio=[0-9.]+' "$out/sources.txt" | cut -d= -f2 || echo NA)"
heap="$(grep -oE 'live_heap_mb=[0-9]+' "$out/sources.txt" | cut -d= -f2 || echo NA)"

section "waiting for the 30 simulated days"
wait "$days_pid" || true
days_pid=""
grep -E '^(day |Sitrep 30-day|  |db_mb)' "$out/days.txt" || tail -20 "$out/days.txt"
dbmb="$(grep -oE 'db_mb_after_30_days=[0-9]+' "$out/days.txt" | cut -d= -f2 || echo NA)"

section "done"
echo "RESULT fanout_rows_100k_ms=${fanout} db_mb_after_30_days=${dbmb:-NA} paid_429=${paid429} unchanged_poll_ratio=${ratio:-NA} sources_50_cpu_pct=${cpu:-NA} first_reply_ms=${first} live_heap_mb=${heap:-NA}"
