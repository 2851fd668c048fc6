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
# C1 only, serial GC, and a 48 MiB young generation: the default one (a third of the initial heap, ~120 MiB) is
# touched in full on every cycle and was a quarter of the idle RSS (bench/startup.sh). MetaspaceSize is only the
# class-metadata level that triggers a full collection (nothing is reserved or committed for it): at the default
# ~21 MiB a start of the app (~47 MiB of metadata) ran two full collections of the whole heap just to raise it.
java_opts=${PICKBAN_JAVA_OPTS:--XX:TieredStopAtLevel=1 -Xmx384m -Xmn48m -XX:+UseSerialGC -XX:MetaspaceSize=128m}
# The class-data archive mvn package makes (cds-archive.sh): classes mapped instead of loaded again. Only one newer
# than the jar it was made with; the JVM checks the rest and, if anything else changed, starts without it (one
# warning line). PICKBAN_CDS_DUMP makes one instead, written when the JVM exits.
cds=${PICKBAN_CDS_ARCHIVE:-$root/target/payara-micro.jsa}
cds_opts=()
if [ -n "${PICKBAN_CDS_DUMP:-}" ]; then
  cds_opts=("-XX:ArchiveClassesAtExit=$PICKBAN_CDS_DUMP")
elif [ -s "$cds" ] && [ "$cds" -nt "$jar" ]; then
  cds_opts=("-XX:SharedArchiveFile=$cds")
fi
rootdir_opts=()
if [ -n "${PICKBAN_ROOTDIR:-}" ]; then rootdir_opts=(--rootdir "$PICKBAN_ROOTDIR"); fi
if [ -z "${PICKBAN_DB_URL:-}${PICKBAN_DB_JNDI_NAME:-}${PICKBAN_DB_EMBEDDED:-}" ]; then
  export PICKBAN_DB_EMBEDDED=true
fi
export HZ_PHONE_HOME_ENABLED=false
# shellcheck disable=SC2086
exec java $java_opts "${cds_opts[@]}" -Dhazelcast.phone.home.enabled=false -Duser.timezone=UTC \
  -jar "$jar" --nocluster --disablephonehome \
  --prebootcommandfile "$here/pre-boot-commands.txt" \
  --port "$port" "${rootdir_opts[@]}" --contextroot / --deploy "$war" "$@"
