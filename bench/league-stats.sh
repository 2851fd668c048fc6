#!/usr/bin/env bash
# Benchmark (not a test): the full league stats + league MMR recompute (steam.md §5–§6, two passes)
# for 100,000 player-match rows on PostgreSQL. Creates a scratch database, migrates it with the
# app's Flyway scripts, seeds bench/league-stats-seed.sql, then times LeagueStatsSql.recompute
# (the code the app runs) over several runs. Goal: <= 2 s per recompute.
# Usage: bench/league-stats.sh [runs]   (PostgreSQL on 127.0.0.1:5432, user postgres without
# password, as for the tests; BENCH_DB overrides the scratch database name)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
db=${BENCH_DB:-pickban_bench_stats}
export PGOPTIONS="--client-min-messages=warning"
psql -h 127.0.0.1 -U postgres -d postgres -qc "DROP DATABASE IF EXISTS $db WITH (FORCE)"
psql -h 127.0.0.1 -U postgres -d postgres -qc "CREATE DATABASE $db"
cd "$root"
mvn -q -Pbench-league-stats test-compile exec:java \
  -Dbench.pg.url="jdbc:postgresql://127.0.0.1:5432/$db" -Dbench.pg.user=postgres \
  -Dbench.seed="$root/bench/league-stats-seed.sql" -Dbench.runs="${1:-5}"
psql -h 127.0.0.1 -U postgres -d postgres -qc "DROP DATABASE IF EXISTS $db WITH (FORCE)"
