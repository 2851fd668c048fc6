#!/usr/bin/env bash
# Benchmark (not a test): cold start of the built WAR to /health/ready = UP, and idle RSS, beside the same
# figures for bare Payara Micro (an empty WAR, target/bench-empty.war) started by the same launcher with the
# same flags, so the application's own cost shows as a difference and a ratio.
# Usage: bench/startup.sh [runs]   (after mvn package; PICKBAN_* variables select PostgreSQL/Redis,
# none = embedded default, a fresh ./pickban-data per run). Targets: ready <= 10 s, idle RSS <= 400 MiB.
# "cpu" is the JVM's user+system CPU time up to ready: steadier than wall time when other work shares the cores.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
runs=${1:-3}
port=${PICKBAN_PORT:-18900}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
tick=$(getconf CLK_TCK)

empty="$root/target/bench-empty.war"
if [ ! -s "$empty" ]; then
  mkdir -p "$work/empty/WEB-INF"
  printf '<web-app xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0"/>\n' >"$work/empty/WEB-INF/web.xml"
  (cd "$work/empty" && jar --create --file "$empty" WEB-INF/web.xml)
fi

# start <label> <war> <run>: prints "ready_ms cpu_ms rss_mib"
start() {
  local dir="$work/$1-$3"
  mkdir -p "$dir"
  local begin; begin=$(date +%s%N)
  (cd "$dir" && PICKBAN_PORT=$port PICKBAN_WAR=$2 exec "$root/payara-config/micro.sh" >"$dir/server.log" 2>&1) &
  local pid=$!
  until curl -fs "http://127.0.0.1:$port/health/ready" 2>/dev/null | grep -q '"UP"'; do
    kill -0 "$pid" 2>/dev/null || { cat "$dir/server.log" >&2; echo "server exited" >&2; exit 1; }
    sleep 0.05
  done
  local ready_ms=$((($(date +%s%N) - begin) / 1000000))
  local cpu_ms; cpu_ms=$(awk -v t="$tick" '{print int(($14 + $15) * 1000 / t)}' "/proc/$pid/stat")
  if [ "$1" = app ]; then curl -fs "http://127.0.0.1:$port/api/users/" >/dev/null; fi
  sleep 10
  local rss_kib; rss_kib=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo "$ready_ms $cpu_ms $((rss_kib / 1024))"
}

echo "load before: $(uptime | sed 's/.*load average: //')"
for run in $(seq 1 "$runs"); do
  read -r bare_ms bare_cpu bare_rss < <(start bare "$empty" "$run")
  read -r app_ms app_cpu app_rss < <(start app "$root/target/pickban.war" "$run")
  printf 'run %d: app ready %6d ms (cpu %6d ms), idle RSS %3d MiB | bare Micro %6d ms (cpu %6d ms), %3d MiB | ratio ready %.2f, cpu %.2f, RSS %.2f\n' \
    "$run" "$app_ms" "$app_cpu" "$app_rss" "$bare_ms" "$bare_cpu" "$bare_rss" \
    "$(echo "$app_ms / $bare_ms" | bc -l)" "$(echo "$app_cpu / $bare_cpu" | bc -l)" "$(echo "$app_rss / $bare_rss" | bc -l)"
done
echo "load after: $(uptime | sed 's/.*load average: //')"
