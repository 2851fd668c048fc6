#!/usr/bin/env bash
# Benchmark (not a test): cold start of the built WAR to /health/ready = UP, and idle RSS.
# Usage: bench/startup.sh [runs]   (after mvn package; PICKBAN_* variables select PostgreSQL/Redis,
# none = embedded default). Targets: ready <= 10 s, idle RSS <= 400 MiB.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
runs=${1:-3}
port=${PICKBAN_PORT:-18900}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for run in $(seq 1 "$runs"); do
  start=$(date +%s%N)
  (cd "$work" && PICKBAN_PORT=$port exec "$root/payara-config/micro.sh" >"$work/server-$run.log" 2>&1) &
  pid=$!
  until curl -fs "http://127.0.0.1:$port/health/ready" 2>/dev/null | grep -q '"UP"'; do
    kill -0 "$pid" 2>/dev/null || { echo "server exited, see $work/server-$run.log"; exit 1; }
    sleep 0.05
  done
  ready_ms=$(( ($(date +%s%N) - start) / 1000000 ))
  curl -fs "http://127.0.0.1:$port/api/users/" >/dev/null
  sleep 10
  rss_kib=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
  printf 'run %d: ready in %d ms, idle RSS %d MiB\n' "$run" "$ready_ms" $((rss_kib / 1024))
  kill "$pid"; wait "$pid" 2>/dev/null || true
done
