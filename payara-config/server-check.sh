#!/usr/bin/env bash
# Deploys target/pickban.war on a real Payara Server, the way README "Deploying on Payara Server" says,
# and checks it as an operator would: readiness, a read and a write with a test login, a hero draft's
# socket ticking, the EJB timers, the application and its context root, two redeploys without a restart
# (sessions kept, no threads, timers or application copies left behind), then the admin-console
# operations of "Operating on Payara Server": a JDBC pool defined on the server instead of the
# application's own, and pickban.* keys set with asadmin set-config-property.
#
# Run after `mvn package`, from anywhere: bash payara-config/server-check.sh
# Needs PostgreSQL on 127.0.0.1:5432 (user postgres, trust auth) and Redis on 127.0.0.1:6379, as the
# integration tests do. It fetches the Payara Server zip through Maven into target/payara-server, makes
# a throwaway domain under target/server-check on free ports (all listeners on 127.0.0.1, phone-home,
# Data Grid and JMS off before the first start: nothing leaves the machine), uses the database
# pickban_server_check and Redis database 11 (both emptied first), stops the domain it started at the
# end and prints "N passed, N failed"; the exit code is non-zero when a check failed.
set -uo pipefail
cd "$(dirname "$0")/.."
root=$PWD
work=$root/target/server-check
domains=$work/domains
domain=pickban-check
database=pickban_server_check
redis_db=11
started=$SECONDS
passed=0
failed=0

pass() { passed=$((passed + 1)); echo "PASS  $1"; }
fail() { failed=$((failed + 1)); echo "FAIL  $1"; }
step() { echo "----  $1 ($((SECONDS - started)) s)"; }
# check NAME COMMAND...: passes when the command exits 0; shows its last line (or its failure)
check() {
  local name=$1 out
  shift
  if out=$("$@" 2>&1); then pass "$name: $(tail -n 1 <<< "$out" | cut -c1-400)"; return 0; fi
  fail "$name: $(tail -n 3 <<< "$out" | tr '\n' ' ' | cut -c1-600)"
  return 1
}
finish() {
  stop_domain
  echo "server-check took $((SECONDS - started)) s; domain log: $domains/$domain/logs/server.log"
  echo "$passed passed, $failed failed"
  [ "$failed" -eq 0 ]
  exit $?
}
abort() { fail "$1"; finish; }

asadmin() { "$payara/bin/asadmin" --interactive=false "$@"; }
probe() { java -cp "$work/classes" PickbanProbe "$@"; }
server_pid() { cat "$domains/$domain/config/pid" 2>/dev/null; }
stop_domain() {
  if [ -n "$(server_pid)" ] && kill -0 "$(server_pid)" 2>/dev/null; then
    asadmin stop-domain --domaindir "$domains" "$domain" > /dev/null 2>&1 || true
  fi
}
# asadmin multimode and some commands go on after a failure: their output is the verdict
no_failed_command() {
  local out
  out=$("$@" 2>&1)
  echo "$out" | grep -E "failed|rror" && return 1
  echo "$out" | grep -c "executed successfully" | sed 's/$/ commands executed successfully/'
}
sql() { psql -h 127.0.0.1 -U postgres -d "$1" -v ON_ERROR_STOP=1 -qtA "${@:2}"; }
hero_draft_check() {
  local ids
  ids=$(sql "$database" -F ' ' -f payara-config/server-check/hero-draft-game.sql | head -n 1)
  # shellcheck disable=SC2086
  check "$1" probe herodraft "$base" $ids
}
# After a full GC: the application's own threads (all of Pickban's pools make theirs with the default
# ManagedThreadFactory, and nothing of Payara's does), all threads, and the copies of the application's
# classes still loaded (a copy of Pickban is a web class loader with more than 1,000 classes)
jvm_state() {
  local pid dump
  pid=$(server_pid)
  jcmd "$pid" GC.run > /dev/null && sleep 2 && jcmd "$pid" GC.run > /dev/null && sleep 2
  dump=$(jcmd "$pid" Thread.print)
  # thread names with their numbers made N, counted: what grew shows in the NOTE below
  grep '^"' <<< "$dump" | sed -E 's/^"([^"]*)".*/\1/; s/[0-9]+/N/g' | sort | uniq -c > "$work/threads.$1"
  app_threads=$(grep -c '^"concurrent/__defaultManagedThreadFactory-Thread' <<< "$dump")
  threads=$(grep -c '^"' <<< "$dump")
  copies=$(jcmd "$pid" VM.classloader_stats | awk '/WebappClassLoader/ && $4 > 1000' | wc -l)
}

step "preconditions"
[ -f target/pickban.war ] || abort "target/pickban.war is missing: run mvn package first"
for tool in java javac jcmd mvn psql redis-cli; do
  command -v "$tool" > /dev/null || abort "$tool is not installed"
done
pg_isready -h 127.0.0.1 -p 5432 -q || abort "PostgreSQL does not answer on 127.0.0.1:5432"
[ "$(redis-cli -h 127.0.0.1 -p 6379 ping 2> /dev/null)" = PONG ] || abort "Redis does not answer on 127.0.0.1:6379"

step "fetch and unpack Payara Server (Maven: fish.payara.distributions:payara, zip)"
mvn -q dependency:unpack@payara-server || abort "could not fetch Payara Server through Maven"
payara=$root/target/payara-server/payara6
mkdir -p "$work/classes"
javac -d "$work/classes" payara-config/server-check/*.java || abort "the check's helpers do not compile"

step "README step 2: a throwaway domain on free ports, quiet before its first start"
stop_domain
rm -rf "$domains"
portbase=$(java -cp "$work/classes" FreePortBase) || abort "no free port base"
admin_port=$((portbase + 48))
http_port=$((portbase + 80))
base=http://127.0.0.1:$http_port
export AS_ADMIN_HOST=127.0.0.1 AS_ADMIN_PORT=$admin_port
check "create-domain --portbase $portbase" no_failed_command \
  asadmin create-domain --domaindir "$domains" --portbase "$portbase" --nopassword=true --checkports=true "$domain" \
  || finish
check "domain.xml: phone-home, Data Grid, JMS off; listeners on 127.0.0.1" \
  java payara-config/server-check/QuietDomain.java "$domains/$domain/config/domain.xml" || finish

step "README step 3: the server's environment"
sql test -c "DROP DATABASE IF EXISTS $database WITH (FORCE)" -c "CREATE DATABASE $database" || abort "cannot create $database"
redis-cli -n "$redis_db" flushdb > /dev/null
export PICKBAN_DB_CLASS=org.postgresql.ds.PGSimpleDataSource
export PICKBAN_DB_URL=jdbc:postgresql://127.0.0.1:5432/$database
export PICKBAN_DB_USER=postgres PICKBAN_DB_PASSWORD=unused-trust-auth
export PICKBAN_REDIS_URL=redis://127.0.0.1:6379/$redis_db
# for this check only: the test logins
export PICKBAN_TEST_ENDPOINTS_ENABLED=true
# Hazelcast's own phone-home, should the Data Grid ever start
export HZ_PHONE_HOME_ENABLED=false

step "README steps 4 and 5: start, asadmin multimode --file payara-config/payara-server.asadmin, restart"
check "start-domain" no_failed_command asadmin start-domain --domaindir "$domains" "$domain" || finish
check "multimode payara-server.asadmin" no_failed_command asadmin multimode --file payara-config/payara-server.asadmin
step "README \"Operating\": a JDBC pool on the server (its driver needs the restart below)"
driver=$(jar tf target/pickban.war | grep '^WEB-INF/lib/postgresql-.*\.jar$')
(cd "$work" && jar xf "$root/target/pickban.war" "$driver")
check "add-library (PostgreSQL driver from the WAR)" no_failed_command asadmin add-library "$work/$driver"
check "create-jdbc-connection-pool pickban-pool" no_failed_command asadmin create-jdbc-connection-pool \
  --datasourceclassname org.postgresql.ds.PGSimpleDataSource --restype javax.sql.DataSource \
  --steadypoolsize 0 --maxpoolsize 48 --maxwait 5000 --statementtimeout 30 --failconnection=true \
  --isconnectvalidatereq=true --validationmethod custom-validation \
  --validationclassname org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation \
  --property "serverName=127.0.0.1:portNumber=5432:databaseName=$database:user=postgres:password=unused:loginTimeout=2:ApplicationName=pickban-server-pool" \
  pickban-pool
check "create-jdbc-resource jdbc/pickban" no_failed_command asadmin create-jdbc-resource --connectionpoolid pickban-pool jdbc/pickban
check "restart-domain" no_failed_command asadmin restart-domain --domaindir "$domains" "$domain" || finish

step "README step 6: the deployed application"
check "/health/ready UP (the application's own pool)" probe ready "$base" 300 || finish
check "no socket beyond loopback" java -cp "$work/classes" LoopbackOnly "$(server_pid)"
check "phone-home off" bash -c "\"$payara/bin/asadmin\" list-phone-home | grep -q 'is disabled' && echo 'Phone Home Service is disabled'"
check "Data Grid (Hazelcast) off" bash -c "! grep -E 'Members \\{size|Hazelcast Instance Bound|is STARTED' '$domains/$domain/logs/server.log' && echo 'no Hazelcast member started'"
check "list-applications: pickban enabled" bash -c "\"$payara/bin/asadmin\" list-applications --long | grep -E '^pickban .*enabled'"
check "context root /" bash -c "\"$payara/bin/asadmin\" get applications.application.pickban.context-root | grep -x 'applications.application.pickban.context-root=/'"
jar=$work/staff.cookies
check "test login (staff)" probe login "$base" "$jar"
check "REST read and write" probe read-write "$base" "$jar" "server-check org 1"
hero_draft_check "hero-draft socket ticks"
check "EJB timers on /health/live" bash -c "java -cp '$work/classes' PickbanProbe get '$base' /health/live | grep -o '\"name\":\"timers\",\"status\":\"UP\",\"data\":{[^}]*}'"
check "list-timers: no persistent timers (Pickban's are all non-persistent)" \
  bash -c "\"$payara/bin/asadmin\" list-timers | grep -x 'server: 0'"
check "metrics" probe metrics "$base" pickban_sockets_open pickban_herodraft_ticking pickban_herodraft_ticks_per_second \
  pickban_bus_deliveries pickban_steam_sync_age_seconds pickban_timers_active
check "6 timers active" bash -c "java -cp '$work/classes' PickbanProbe get '$base' '/metrics?scope=application' | grep -x 'pickban_timers_active{mp_scope=\"application\"} 6'"
check "socket frames written straight to the Grizzly connection, none through Tyrus" bash -c "java -cp '$work/classes' PickbanProbe get '$base' '/metrics?scope=application' \
  | grep -E '^pickban_socket_frame_writes\{[^}]*via=\"(connection\"\} [1-9]|tyrus\"\} 0(\.0)?$)' | wc -l | grep -x 2"

step "two redeploys without a restart"
jvm_state before
app_threads_before=$app_threads threads_before=$threads copies_before=$copies
for round in 1 2; do
  check "redeploy $round" no_failed_command asadmin redeploy --name pickban target/pickban.war
  check "ready after redeploy $round" probe ready "$base" 300
  check "session kept over redeploy $round" probe read-write "$base" "$jar" "server-check org redeploy $round"
  hero_draft_check "hero-draft socket ticks after redeploy $round"
done
jvm_state after
check "the application's own threads: $app_threads_before before, $app_threads after" test "$app_threads" -le "$app_threads_before"
# Not a pass or a fail: Payara keeps each replaced copy of the application (README "Operating on Payara
# Server", known issue), and with it a thread or two of its own per copy (Cleaner-N, GF Domain XML)
echo "NOTE  all threads: $threads_before before, $threads after; copies of the application loaded: $copies_before before, $copies after"
echo "NOTE  threads that grew: $(join -1 2 -2 2 -a 2 -e 0 -o 0,1.1,2.1 <(awk '{n=$1; $1=""; print n "\t" substr($0,2)}' "$work/threads.before" | awk -F'\t' '{gsub(/ /,"_",$2); print $1, $2}' | sort -k2) <(awk '{n=$1; $1=""; print n "\t" substr($0,2)}' "$work/threads.after" | awk -F'\t' '{gsub(/ /,"_",$2); print $1, $2}' | sort -k2) | awk '$3 > $2 {printf "%s %d->%d; ", $1, $2, $3}')"
check "still 6 timers active" bash -c "java -cp '$work/classes' PickbanProbe get '$base' '/metrics?scope=application' | grep -x 'pickban_timers_active{mp_scope=\"application\"} 6'"
check "list-timers still 0 persistent" bash -c "\"$payara/bin/asadmin\" list-timers | grep -x 'server: 0'"

step "README \"Operating\": set-config-property, then the server's pool instead of the application's"
check "a write from https://league.example is refused" probe refused "$base" "$jar" https://league.example
check "set-config-property pickban.csrf.trusted-origins" no_failed_command asadmin set-config-property --source=domain \
  --propertyName=pickban.csrf.trusted-origins --propertyValue=https://league.example
check "set-config-property pickban.db.jndi-name" no_failed_command asadmin set-config-property --source=domain \
  --propertyName=pickban.db.jndi-name --propertyValue=jdbc/pickban
check "pool monitoring on (JDBC connection pools: HIGH)" no_failed_command asadmin set \
  configs.config.server-config.monitoring-service.module-monitoring-levels.jdbc-connection-pool=HIGH
check "redeploy" no_failed_command asadmin redeploy --name pickban target/pickban.war
check "ready on the server's pool" bash -c "java -cp '$work/classes' PickbanProbe ready '$base' 300 | grep '\"source\":\"server-pool\"'"
check "trusted origin taken from the domain's config property" probe read-write "$base" "$jar" "server-check org 3" https://league.example
check "connections from the server's pool (pg_stat_activity)" bash -c \
  "n=\$(psql -h 127.0.0.1 -U postgres -d test -qtA -c \"SELECT count(*) FROM pg_stat_activity WHERE datname = '$database' AND application_name = 'pickban-server-pool'\"); echo \"\$n connections named pickban-server-pool\"; [ \"\$n\" -ge 1 ]"
hero_draft_check "hero-draft socket ticks on the server's pool"
check "ping-connection-pool" no_failed_command asadmin ping-connection-pool pickban-pool
check "flush-connection-pool" no_failed_command asadmin flush-connection-pool pickban-pool
check "works after the flush" probe read-write "$base" "$jar" "server-check org 4"
check "pool statistics (get -m)" bash -c \
  "\"$payara/bin/asadmin\" get -m 'server.resources.pickban-pool.*' | grep -E 'numconn(used|free)-current = [0-9]+$' | tr '\n' ' ' | grep ."
check "pool on /metrics?scope=vendor" bash -c "java -cp '$work/classes' PickbanProbe get '$base' '/metrics?scope=vendor' | grep -m 1 -E '^connection_pool_pickban.pool'"

step "at the end"
check "still no socket beyond loopback" java -cp "$work/classes" LoopbackOnly "$(server_pid)"
check "no name looked up beyond the machine (server.log)" bash -c \
  "! grep -i -E 'UnknownHost|payara\.fish|phone.?home.*(sent|fail)|hazelcast\.(com|cloud)' '$domains/$domain/logs/server.log' && echo 'no such line'"

finish
