#!/usr/bin/env bash
# Benchmark (not a test): draft events fanned out to WebSocket spectators, commit to receipt.
# Usage: bench/spectators.sh [drafts] [spectators-per-draft] [measured-events] [warm-up-events] [deflate|plain] [mid|small]
#   bench/spectators.sh 1 1000                   one draft, 1,000 spectators offering permessage-deflate like browsers
#   bench/spectators.sh 50 20                    50 drafts x 20 spectators, events on all drafts at once
#   bench/spectators.sh 1 1000 60 10 plain       the same without compression (the floor comparison)
#   bench/spectators.sh 1 1000 60 10 deflate small   ~1 KiB messages instead of ~35 KiB
# After mvn package. Starts its own instance (embedded default = in-process fan-out; PICKBAN_DB_* and
# PICKBAN_REDIS_URL select PostgreSQL and Redis pub/sub) with the test endpoints on, and a full JIT
# (PICKBAN_JAVA_OPTS, default -Xmx1g); DraftBroadcast logs at FINE when it publishes, right after the
# commit, which is where latency is measured from, and the fan-out logs how long the server took to write
# each event to every socket (the floor). Goals: p99 <= 20 ms, max <= 100 ms from commit to the last
# spectator; uncompressed p99 <= 1.5 x the floor; small messages p99 <= 10 ms.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
port=${PICKBAN_PORT:-18910}
work=$(mktemp -d)
classpath="$root/target/bench.classpath"
if [ ! -s "$classpath" ]; then
  mvn -q -o -f "$root/pom.xml" dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$classpath" >/dev/null
fi
(cd "$work" && PICKBAN_PORT=$port PICKBAN_TEST_ENDPOINTS_ENABLED=true PICKBAN_JAVA_OPTS="${PICKBAN_JAVA_OPTS:--Xmx1g}" \
  exec "$root/payara-config/micro.sh" --postbootcommandfile "$root/bench/fine-broadcast.asadmin" >"$work/server.log" 2>&1) &
server=$!
trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null; rm -rf "$work"' EXIT
until curl -fs "http://127.0.0.1:$port/health/ready" 2>/dev/null | grep -q '"UP"'; do
  kill -0 "$server" 2>/dev/null || { cat "$work/server.log"; echo "server exited"; exit 1; }
  sleep 0.2
done
# BENCH_CLIENT_JAVA_OPTS: JVM options of the load client (default -Xmx1g).
# shellcheck disable=SC2086
java ${BENCH_CLIENT_JAVA_OPTS:--Xmx1g} -cp "$(cat "$classpath")" "$root/bench/DraftSpectators.java" "http://127.0.0.1:$port" "$work/server.log" "$server" \
  "${1:-1}" "${2:-1000}" "${3:-60}" "${4:-10}" "${5:-deflate}" "${6:-mid}"
