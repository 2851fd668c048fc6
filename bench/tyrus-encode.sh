#!/usr/bin/env bash
# Benchmark (not a test): the per-socket UTF-8 encoding a ~35 KiB draft_event costs in Tyrus, the
# WebSocket implementation of Payara, for 1,000 spectators (the floor under bench/spectators.sh).
# Usage: bench/tyrus-encode.sh [sockets]   (after mvn package: takes Tyrus out of target/payara-micro.jar)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
classpath="$root/target/bench.classpath"
if [ ! -s "$classpath" ]; then
  mvn -q -o -f "$root/pom.xml" dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$classpath" >/dev/null
fi
for jar in tyrus-core tyrus-spi; do
  unzip -p "$root/target/payara-micro.jar" "MICRO-INF/runtime/$jar.jar" >"$work/$jar.jar"
done
java -Xmx1g -cp "$work/tyrus-core.jar:$work/tyrus-spi.jar:$(cat "$classpath")" "$root/bench/TyrusEncode.java" "${1:-1000}"
