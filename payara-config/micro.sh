#!/usr/bin/env bash
# Starts Pickban on Payara Micro. The only place that holds the start flags, so the run command,
# the integration tests and the benchmarks all boot the same way: no Hazelcast cluster, no
# phone-home, HTTP bound to 127.0.0.1 (pre-boot-commands.txt), WAR at context root /.
# Configuration comes from the environment (MicroProfile Config maps PICKBAN_DB_URL onto pickban.db.url).
# Given no database, it opts in to Payara's embedded H2 in ./pickban-data (PICKBAN_DB_EMBEDDED=true): the
# run command needs nothing else. The application itself never falls back to it: on a server started any
# other way without a database its readiness is DOWN and its log says what to set.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
war=${PICKBAN_WAR:-$root/target/pickban.war}
jar=${PAYARA_MICRO_JAR:-$root/target/payara-micro.jar}
port=${PICKBAN_PORT:-8080}
java_opts=${PICKBAN_JAVA_OPTS:--XX:TieredStopAtLevel=1 -Xmx384m -XX:+UseSerialGC}
rootdir_opts=()
if [ -n "${PICKBAN_ROOTDIR:-}" ]; then rootdir_opts=(--rootdir "$PICKBAN_ROOTDIR"); fi
if [ -z "${PICKBAN_DB_URL:-}${PICKBAN_DB_JNDI_NAME:-}${PICKBAN_DB_EMBEDDED:-}" ]; then
  export PICKBAN_DB_EMBEDDED=true
fi
export HZ_PHONE_HOME_ENABLED=false
# shellcheck disable=SC2086
exec java $java_opts -Dhazelcast.phone.home.enabled=false -Duser.timezone=UTC \
  -jar "$jar" --nocluster --disablephonehome \
  --prebootcommandfile "$here/pre-boot-commands.txt" \
  --port "$port" "${rootdir_opts[@]}" --contextroot / --deploy "$war" "$@"
