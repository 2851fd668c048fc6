#!/usr/bin/env bash
# Benchmark (not a test): draft events fanned out to WebSocket spectators, commit to receipt.
# Usage: bench/spectators.sh [drafts] [spectators-per-draft] [measured-events] [warm-up-events] [deflate|plain] [mid|small]
#   bench/spectators.sh 1 1000                   one draft, 1,000 spectators offering permessage-deflate like browsers
#   bench/spectators.sh 50 20                    50 drafts x 20 spectators, events on all drafts at once
#   bench/spectators.sh 1 1000 60 10 plain       the same without compression (the floor comparison)
#   bench/spectators.sh 1 1000 60 10 deflate small   ~1 KiB messages instead of ~35 KiB
# After mvn package. Starts its own instance (embedded default = in-process fan-out; PICKBAN_DB_* and
# PICKBAN_REDIS_URL select PostgreSQL and Redis pub/sub) with the test endpoints on, and the run command's JIT
# (PICKBAN_JAVA_OPTS, default -Xmx1g -XX:TieredStopAtLevel=1: with C2 on these two shared cores its compiler
# threads take ~1 core through warm-up and measurement alike, even after 1,500 warm-up events, bench/README.md
# "The JIT on two shared cores"); DraftBroadcast logs at FINE when it publishes, right after the
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
# a static file beside the app (context /static-bench): what wrk gets from it is the run's speed reference
mkdir -p "$work/static" && head -c 1024 /dev/zero | tr '\0' 'x' > "$work/static/1k.txt"
(cd "$work/static" && jar cf "$work/static-bench.war" 1k.txt)
(cd "$work" && PICKBAN_PORT=$port PICKBAN_TEST_ENDPOINTS_ENABLED=true PICKBAN_JAVA_OPTS="${PICKBAN_JAVA_OPTS:--Xmx1g -XX:TieredStopAtLevel=1}" \
  exec "$root/payara-config/micro.sh" --postbootcommandfile "$root/bench/fine-broadcast.asadmin" --deploy "$work/static-bench.war" \
  >"$work/server.log" 2>&1) &
server=$!
trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null || true; rm -rf "$work"' EXIT
trap 'exit 1' TERM INT
until curl -fs "http://127.0.0.1:$port/health/ready" 2>/dev/null | grep -q '"UP"'; do
  kill -0 "$server" 2>/dev/null || { cat "$work/server.log"; echo "server exited"; exit 1; }
  sleep 0.2
done
until curl -fs "http://127.0.0.1:$port/static-bench/1k.txt" >/dev/null 2>&1; do
  kill -0 "$server" 2>/dev/null || { cat "$work/server.log"; echo "server exited"; exit 1; }
  sleep 0.2
done
if command -v wrk >/dev/null; then
  wrk -t1 -c8 -d3s "http://127.0.0.1:$port/static-bench/1k.txt" >/dev/null 2>&1 || true
  echo "speed reference: static 1 KiB file $(wrk -t2 -c8 -d10s "http://127.0.0.1:$port/static-bench/1k.txt" 2>/dev/null \
    | awk '/Requests\/sec/ {print $2}') req/s (wrk -t2 -c8); load average $(cut -d' ' -f1-3 /proc/loadavg)"
fi
# BENCH_CLIENT_JAVA_OPTS: JVM options of the load client (default -Xmx1g). BENCH_RUNS=n: n consecutive runs of the
# client against the same instance (each on drafts of its own), and BENCH_MODES="deflate plain ..." one such series
# per mode (compression or message size: "deflate", "plain", "deflate-small", "plain-small"), so a slow start is paid once.
# With one draft, each series ends with the machine's bare floor for the same frame size and socket count
# (bench/SocketFloor.java: plain JDK NIO, no server; the instance sits idle meanwhile), to read the figures against.
for mode in ${BENCH_MODES:-${5:-deflate}-${6:-mid}}; do
  for run in $(seq 1 "${BENCH_RUNS:-1}"); do
    echo "== run $run, ${mode}; load average $(cut -d' ' -f1-3 /proc/loadavg)"
    # shellcheck disable=SC2086
    java ${BENCH_CLIENT_JAVA_OPTS:--Xmx1g} -cp "$(cat "$classpath")" "$root/bench/DraftSpectators.java" "http://127.0.0.1:$port" \
      "$work/server.log" "$server" "${1:-1}" "${2:-1000}" "${3:-60}" "${4:-10}" "${mode%%-*}" "$([ "${mode#*-}" = small ] && echo small || echo mid)" \
      | tee "$work/client.out"
  done
  wire=$(sed -n 's/.* bytes of JSON, \([0-9,]*\) on the wire.*/\1/p' "$work/client.out" | tail -1 | tr -d ,)
  if [ "${1:-1}" = 1 ] && [ -n "$wire" ]; then
    java "$root/bench/SocketFloor.java" "${2:-1000}" "$wire" 1 200 50
  fi
done
