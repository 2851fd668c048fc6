#!/usr/bin/env bash
# Benchmark (not a test): GET /api/tournaments/{pk}/ of a seeded 16-team tournament against the
# same server serving a static JSON file of the same size, under a loopback load generator (wrk).
# Prints req/s and p99 of both and the ratio. Goal: ratio >= 0.5.
# Usage: bench/tournament-read.sh [seconds] [connections]   (after mvn package; uses the loopback
# PostgreSQL (database pickban_bench, recreated) and Redis db 15 (flushed).)
set -euo pipefail
[ -n "${BENCH_TRACE:-}" ] && set -x
root=$(cd "$(dirname "$0")/.." && pwd)
duration=${1:-20}
connections=${2:-32}
port=${PICKBAN_PORT:-18950}
base="http://127.0.0.1:$port"
command -v wrk >/dev/null || { DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
work=$(mktemp -d)
pid=""
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

psql -q -h 127.0.0.1 -U postgres -d test -c "DROP DATABASE IF EXISTS pickban_bench WITH (FORCE)" -c "CREATE DATABASE pickban_bench"
redis-cli -n 15 flushdb >/dev/null
export PICKBAN_DB_CLASS=org.postgresql.ds.PGSimpleDataSource
export PICKBAN_DB_URL=jdbc:postgresql://127.0.0.1:5432/pickban_bench PICKBAN_DB_USER=postgres PICKBAN_DB_PASSWORD=unused
export PICKBAN_REDIS_URL=redis://127.0.0.1:6379/15 PICKBAN_TEST_ENDPOINTS_ENABLED=true PICKBAN_PORT=$port
export PICKBAN_JAVA_OPTS=${PICKBAN_JAVA_OPTS:--Xmx512m -XX:+UseSerialGC}

start() {
  (cd "$work" && exec "$root/payara-config/micro.sh" "$@" >>"$work/server.log" 2>&1) &
  pid=$!
  until curl -fs "$base/health/ready" 2>/dev/null | grep -q '"UP"'; do
    kill -0 "$pid" 2>/dev/null || { echo "server exited, see $work/server.log"; exit 1; }
    sleep 0.2
  done
}
stop() { kill "$pid"; wait "$pid" 2>/dev/null || true; pid=""; }
api() { # method path [json]
  curl -fs -b "$work/jar" -c "$work/jar" -X "$1" -H "Content-Type: application/json" \
    -H "X-CSRFToken: $(awk '$6 == "csrftoken" {print $7}' "$work/jar" 2>/dev/null)" ${3:+-d "$3"} "$base$2"
}

pk() { python3 -c 'import json, sys; print(json.load(sys.stdin)["pk"])'; }

echo "seeding a 16-team tournament ..."
start
api POST /api/tests/login-staff/ >/dev/null
users=()
for i in $(seq 1 80); do
  users+=("$(api POST /api/users/ "{\"username\": \"bench_$i\", \"mmr\": $((1000 + i * 37)), \"steamid\": $((1000 + i))}" | pk)")
done
ids=$(IFS=,; echo "${users[*]}")
tournament=$(api POST /api/tournaments/ "{\"name\": \"Bench Cup\", \"date_played\": \"2026-06-01T18:00:00Z\", \"tournament_type\": \"double_elimination\", \"user_ids\": [$ids]}" | pk)
for t in $(seq 0 15); do
  members=$(IFS=,; echo "${users[*]:$((t * 5)):5}")
  api POST /api/teams/ "{\"name\": \"Team $t\", \"tournament_id\": $tournament, \"captain_id\": ${users[$((t * 5))]}, \"member_ids\": [$members], \"draft_order\": $t}" >/dev/null
done
mkdir -p "$work/static"
curl -fs "$base/api/tournaments/$tournament/" > "$work/static/tournament.json"
stop
(cd "$work/static" && jar cf "$work/static-bench.war" tournament.json)

# measured like production: no test endpoints (and so no per-request statement counting)
PICKBAN_TEST_ENDPOINTS_ENABLED=false start --deploy "$work/static-bench.war"
dynamic="$base/api/tournaments/$tournament/"
static="$base/static-bench/tournament.json"
size_dynamic=$(curl -fs "$dynamic" | wc -c)
size_static=$(curl -fs "$static" | wc -c)
echo "payload: dynamic $size_dynamic bytes, static $size_static bytes"

measure() { # url -> "req/s p99 server-cpu-ms-per-request"
  # the JIT needs a while on 2 cores: short warm-ups measured the compiler, not the server
  wrk -t2 -c"$connections" -d"${BENCH_WARMUP:-30}s" "$1" >/dev/null
  local before after
  before=$(awk '{print $14 + $15}' "/proc/$pid/stat")
  wrk -t2 -c"$connections" -d"${duration}s" --latency "$1" > "$work/wrk.txt"
  after=$(awk '{print $14 + $15}' "/proc/$pid/stat")
  awk -v ticks=$((after - before)) -v hz="$(getconf CLK_TCK)" '
    /requests in/ {n=$1}
    /Requests\/sec/ {rps=$2}
    /^ +99%/ {p=$2; if (p ~ /us$/) {sub(/us/,"",p); p/=1000} else if (p ~ /ms$/) {sub(/ms/,"",p)} else if (p ~ /s$/) {sub(/s/,"",p); p*=1000}; p99=p}
    END {printf "%.0f %.2f %.3f\n", rps, p99, ticks * 1000 / hz / n}' "$work/wrk.txt"
}
read -r dyn_rps dyn_p99 dyn_cpu <<<"$(measure "$dynamic")"
read -r sta_rps sta_p99 sta_cpu <<<"$(measure "$static")"
printf 'tournament detail: %s req/s, p99 %s ms, server CPU %s ms/request\n' "$dyn_rps" "$dyn_p99" "$dyn_cpu"
printf 'static JSON file : %s req/s, p99 %s ms, server CPU %s ms/request\n' "$sta_rps" "$sta_p99" "$sta_cpu"
# CPU per request is the steadier figure on a shared machine: wrk and other processes take cores too
awk -v d="$dyn_cpu" -v s="$sta_cpu" 'BEGIN {printf "ratio (static/detail CPU per request): %.2f\n", s / d}'
awk -v d="$dyn_rps" -v s="$sta_rps" 'BEGIN {printf "ratio (detail/static req/s): %.2f  (goal >= 0.5)\n", d / s}'
