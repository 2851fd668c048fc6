#!/usr/bin/env bash
# Makes target/payara-micro.jsa, the class-data archive micro.sh hands to the JVM (JDK dynamic AppCDS): the
# ~16,000 classes one start of the app loads, which later starts map instead of reading, parsing and verifying
# them again (about an eighth of a start's CPU). mvn package runs it (skip: -Dpickban.cds.skip); it trains once
# per Payara Micro jar and JDK, with one start of the embedded default, and keeps the archive while both are
# unchanged: a changed WAR needs no new archive, the JVM only reuses a class whose bytes are the same.
# Never fails the build: without an archive the app starts as before.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
jar=${PAYARA_MICRO_JAR:-$root/target/payara-micro.jar}
archive=${PICKBAN_CDS_ARCHIVE:-$root/target/payara-micro.jsa}
jvm=$(java -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java.vm.version/ {print $2}')

if [ -s "$archive" ] && [ "$archive" -nt "$jar" ] && [ "$(cat "$archive.jvm" 2>/dev/null)" = "$jvm" ]; then
  echo "cds-archive: $archive is up to date"
  exit 0
fi
work=$(mktemp -d)
# written beside the archive, then renamed over it: a start never maps a half-written file
fresh="$archive.$$.new"
trap 'rm -rf "$work" "$fresh"' EXIT

# a free loopback port, found with bash alone (the build needs no curl)
port=${PICKBAN_CDS_PORT:-}
for candidate in $(seq 18990 19089); do
  [ -n "$port" ] && break
  (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null || port=$candidate
done
ready() {
  (exec 3<>"/dev/tcp/127.0.0.1/$port" && printf 'GET %s HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n' "$1" >&3 && cat <&3) 2>/dev/null \
    | grep -q "$2"
}

echo "cds-archive: training start on 127.0.0.1:$port (log $work/server.log)"
(cd "$work" && PICKBAN_PORT=$port PICKBAN_CDS_DUMP="$fresh" exec "$here/micro.sh" >"$work/server.log" 2>&1) &
pid=$!
deadline=$((SECONDS + 600))
until ready /health/ready '"UP"'; do
  if ! kill -0 "$pid" 2>/dev/null || [ "$SECONDS" -ge "$deadline" ]; then
    kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null
    tail -n 20 "$work/server.log"
    echo "cds-archive: the training start did not get ready; no archive (starts are slower, nothing else changes)"
    exit 0
  fi
  sleep 0.5
done
# the first request's classes too
ready /api/users/ 'HTTP/1.1 200'
kill "$pid"; wait "$pid" 2>/dev/null
if [ -s "$fresh" ]; then
  mv -f "$fresh" "$archive" && echo "$jvm" >"$archive.jvm"
  echo "cds-archive: wrote $archive"
else
  echo "cds-archive: the JVM wrote no archive; starts are slower, nothing else changes"
fi
