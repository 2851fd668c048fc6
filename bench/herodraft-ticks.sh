#!/usr/bin/env bash
# Benchmark (not a test): the hero-draft one-second clock fanned out to WebSocket spectators.
# Usage: bench/herodraft-ticks.sh [drafts] [watchers] [measured-seconds] [warm-up-seconds]
#   bench/herodraft-ticks.sh 50 1000       50 drafting drafts, 1,000 spectator sockets
#   bench/herodraft-ticks.sh 500 10000     500 drafts, 10,000 sockets
# After mvn package. Starts its own instance (embedded default = in-process locks, counts and fan-out;
# PICKBAN_DB_* and PICKBAN_REDIS_URL select PostgreSQL and Redis) with the test endpoints on and a full
# JIT (PICKBAN_JAVA_OPTS, default a fixed 1 GiB heap with the serial collector: 10,000 sockets keep
# ~460 MB alive, and this keeps the process at ~1.1 GiB PSS where ZGC with 3 GiB took 3.5 GiB;
# bench/README.md), seeds the drafts through the HTTP API (staff and the two captains of each draft),
# opens the sockets, then reports tick lateness p50/p99/max, missed and duplicate ticks, and the server's
# CPU, RSS and PSS. Goal: 10,000 watchers, p99 <= 50 ms, 0 missed.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
port=${PICKBAN_PORT:-18911}
work=$(mktemp -d)
classpath="$root/target/bench.classpath"
if [ ! -s "$classpath" ]; then
  mvn -q -o -f "$root/pom.xml" dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$classpath" >/dev/null
fi
(cd "$work" && PICKBAN_PORT=$port PICKBAN_TEST_ENDPOINTS_ENABLED=true PICKBAN_JAVA_OPTS="${PICKBAN_JAVA_OPTS:--Xms1g -Xmx1g -Xmn256m -XX:+UseSerialGC -XX:MetaspaceSize=128m}" \
  exec "$root/payara-config/micro.sh" >"$work/server.log" 2>&1) &
server=$!
# BENCH_SERVER_LOG=file keeps the server's log of the run (it is deleted with the work directory otherwise).
trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null || true; [ -z "${BENCH_SERVER_LOG:-}" ] || cp "$work/server.log" "$BENCH_SERVER_LOG"; rm -rf "$work"' EXIT
until curl -fs "http://127.0.0.1:$port/health/ready" 2>/dev/null | grep -q '"UP"'; do
  kill -0 "$server" 2>/dev/null || { cat "$work/server.log"; echo "server exited"; exit 1; }
  sleep 0.2
done
# BENCH_CLIENT_JAVA_OPTS: JVM options of the load client. Default: no garbage collection at all (Epsilon, 10 GiB):
# the client shares the server's cores, and a collection of its ~1 GB of live sockets (ZGC before) took both
# cores for about a second, which showed as a one-second hiccup of every draft's ticks. A 500 x 10,000 run
# allocates ~3.5 GB in the client; one that runs out ends with OutOfMemoryError, never with wrong figures.
# shellcheck disable=SC2086
java ${BENCH_CLIENT_JAVA_OPTS:--XX:+UnlockExperimentalVMOptions -XX:+UseEpsilonGC -Xmx10g} -cp "$(cat "$classpath")" "$root/bench/HeroDraftTicks.java" "http://127.0.0.1:$port" "$server" \
  "${1:-50}" "${2:-1000}" "${3:-30}" "${4:-10}"
