#!/usr/bin/env bash
# Two ResearchBridge nodes on one PostgreSQL database behind HAProxy (sticky sessions, readiness checks, stats).
#
#   ./mvnw package -DskipTests          # once: builds target/researchbridge-*.jar
#   deploy/cluster.sh start             # database, node a, node b, HAProxy; waits until both nodes are ready
#   deploy/cluster.sh status            # what runs, and each node's readiness
#   deploy/cluster.sh stop              # stops what start started (HAProxy, the nodes); the database stays
#
# Site: http://127.0.0.1:8090/   HAProxy statistics: http://127.0.0.1:8090/haproxy-stats (loopback only)
# Needs: PostgreSQL reachable as RB_PG_USER (the machine's server: 127.0.0.1:5432, trust), psql, HAProxy
# (Debian: apt-get install -y haproxy), a JDK 21+. Settings (environment, defaults in brackets):
#   RB_PG_HOST [127.0.0.1] RB_PG_PORT [5432] RB_PG_USER [postgres] RB_PG_PASSWORD [] RB_DB [researchbridge_cluster]
#   RB_NODE_PORTS ["8097 8098"] RB_LB_PORT [8090] RB_RUN_DIR [/tmp/researchbridge-cluster]
#   RB_PROFILES [postgres,demo] (demo: the README's demo users are loaded into an empty database; without it set
#   RESEARCHBRIDGE_ADMIN_EMAIL / RESEARCHBRIDGE_ADMIN_PASSWORD for the first administrator)
#   RB_JAR [target/researchbridge-*.jar] or RB_CLASSPATH (run from a class path instead, as the cluster test does)
#   RB_NODE_HEAP [768m] RB_READY_SECONDS [600] RB_HEALTH_PATH [/actuator/health/readiness]
set -euo pipefail
cd "$(dirname "$0")/.."

PG_HOST=${RB_PG_HOST:-127.0.0.1}
PG_PORT=${RB_PG_PORT:-5432}
PG_USER=${RB_PG_USER:-postgres}
export PGPASSWORD=${RB_PG_PASSWORD:-}
DB=${RB_DB:-researchbridge_cluster}
NODE_PORTS=(${RB_NODE_PORTS:-8097 8098})
LB_PORT=${RB_LB_PORT:-8090}
RUN_DIR=${RB_RUN_DIR:-/tmp/researchbridge-cluster}
PROFILES=${RB_PROFILES:-postgres,demo}
HEAP=${RB_NODE_HEAP:-768m}
READY_SECONDS=${RB_READY_SECONDS:-600}
HEALTH_PATH=${RB_HEALTH_PATH:-/actuator/health/readiness}
NAMES=(a b c d e f)

say() { echo "[cluster] $*"; }
die() { echo "[cluster] $*" >&2; exit 1; }

find_java() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then echo "$JAVA_HOME/bin/java"; return; fi
  for candidate in "$(command -v java || true)" /usr/lib/jvm/*/bin/java; do
    [ -x "$candidate" ] || continue
    version=$("$candidate" -XshowSettings:properties -version 2>&1 | sed -n 's/.*java.specification.version = //p')
    if [ "${version%%.*}" -ge 21 ] 2>/dev/null; then echo "$candidate"; return; fi
  done
  die "no JDK 21 or newer found (set JAVA_HOME)"
}

ready() { curl -fs -o /dev/null --max-time 3 "http://127.0.0.1:$1$HEALTH_PATH"; }

alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

create_database() {
  command -v psql >/dev/null || die "psql not found (apt-get install -y postgresql-client)"
  psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d postgres -qtAc "select 1" >/dev/null \
    || die "PostgreSQL not reachable at $PG_HOST:$PG_PORT as $PG_USER"
  if [ "$(psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d postgres -qtAc "select 1 from pg_database where datname = '$DB'")" != 1 ]; then
    say "creating database $DB"
    psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d postgres -qc "create database \"$DB\""
  fi
}

start_node() {
  local name=$1 port=$2 java=$3
  local pid_file="$RUN_DIR/node-$name.pid"
  if alive "$pid_file"; then say "node $name already runs (pid $(cat "$pid_file"))"; return; fi
  local launch
  if [ -n "${RB_CLASSPATH:-}" ]; then
    launch=(-cp "$RB_CLASSPATH" com.researchbridge.ResearchBridgeApplication)
  else
    local jar=${RB_JAR:-$(ls target/researchbridge-*.jar 2>/dev/null | grep -v -- '-plain' | head -1 || true)}
    [ -n "$jar" ] && [ -f "$jar" ] || die "no jar: build it with ./mvnw package -DskipTests (or set RB_JAR)"
    launch=(-jar "$jar")
  fi
  say "starting node $name on port $port"
  SPRING_PROFILES_ACTIVE="$PROFILES" PORT="$port" \
  RESEARCHBRIDGE_DB_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/$DB?ApplicationName=researchbridge-$name" \
  RESEARCHBRIDGE_DB_USER="$PG_USER" RESEARCHBRIDGE_DB_PASSWORD="$PGPASSWORD" \
  RESEARCHBRIDGE_PUBLIC_URL="http://127.0.0.1:$LB_PORT" \
  RESEARCHBRIDGE_CLUSTER_NODE_NAME="$name" VAADIN_USAGE_STATS_ENABLED=false \
    nohup "$java" "-Xmx$HEAP" -XX:+ExitOnOutOfMemoryError "${launch[@]}" \
      >"$RUN_DIR/node-$name.log" 2>&1 &
  echo $! >"$pid_file"
}

wait_ready() {
  local name=$1 port=$2 deadline=$((SECONDS + READY_SECONDS))
  until ready "$port"; do
    alive "$RUN_DIR/node-$name.pid" || die "node $name stopped; see $RUN_DIR/node-$name.log"
    [ $SECONDS -lt $deadline ] || die "node $name not ready after ${READY_SECONDS}s; see $RUN_DIR/node-$name.log"
    sleep 2
  done
  say "node $name ready on port $port"
}

write_haproxy_config() {
  local cfg="$RUN_DIR/haproxy.cfg" i
  cat >"$cfg" <<CFG
# Written by deploy/cluster.sh
global
    maxconn 4096
    pidfile $RUN_DIR/haproxy.pid

defaults
    mode http
    option forwardfor
    timeout connect 5s
    timeout client 5m
    timeout server 5m
    # Vaadin's push connection (websocket or long polling) stays open
    timeout tunnel 1h

frontend site
    bind 127.0.0.1:$LB_PORT
    # Statistics for the operator: loopback only, refreshed every 2 s
    http-request deny if { path_beg /haproxy-stats } !{ src 127.0.0.0/8 }
    stats enable
    stats uri /haproxy-stats
    stats refresh 2s
    stats show-legends
    default_backend nodes

backend nodes
    balance roundrobin
    # Sticky sessions: a Vaadin UI lives in one node's memory; the cookie names the node
    cookie RB_NODE insert indirect nocache httponly
    # A node takes traffic only when ready (indexes built, database reachable): checked every second; three
    # failed checks in a row (or a refused connection, at once) take it out, two good ones bring it back
    option httpchk GET $HEALTH_PATH
    http-check expect status 200
    timeout check 3s
    default-server inter 1s fall 3 rise 2 observe layer4 error-limit 1 on-error mark-down
    # A dead node's users go to another node (they sign in again there)
    option redispatch
    retries 2
CFG
  for i in "${!NODE_PORTS[@]}"; do
    echo "    server ${NAMES[$i]} 127.0.0.1:${NODE_PORTS[$i]} check cookie ${NAMES[$i]}" >>"$cfg"
  done
  echo "$cfg"
}

start() {
  mkdir -p "$RUN_DIR"
  command -v haproxy >/dev/null || die "HAProxy not found (Debian: apt-get install -y haproxy)"
  command -v curl >/dev/null || die "curl not found"
  create_database
  local java; java=$(find_java)
  # One node after the other: the first migrates the schema and loads the demo data into the empty database.
  local i
  for i in "${!NODE_PORTS[@]}"; do
    start_node "${NAMES[$i]}" "${NODE_PORTS[$i]}" "$java"
    wait_ready "${NAMES[$i]}" "${NODE_PORTS[$i]}"
  done
  local cfg; cfg=$(write_haproxy_config)
  haproxy -c -q -f "$cfg" || die "HAProxy refused $cfg"
  if alive "$RUN_DIR/haproxy.pid"; then
    haproxy -D -f "$cfg" -sf "$(cat "$RUN_DIR/haproxy.pid")"
  else
    haproxy -D -f "$cfg"
  fi
  say "site: http://127.0.0.1:$LB_PORT/   statistics: http://127.0.0.1:$LB_PORT/haproxy-stats"
}

stop() {
  local f
  for f in "$RUN_DIR"/haproxy.pid "$RUN_DIR"/node-*.pid; do
    [ -f "$f" ] || continue
    if alive "$f"; then
      say "stopping $(basename "$f" .pid) (pid $(cat "$f"))"
      kill "$(cat "$f")" 2>/dev/null || true
    fi
    rm -f "$f"
  done
}

status() {
  local i
  for i in "${!NODE_PORTS[@]}"; do
    local name=${NAMES[$i]} port=${NODE_PORTS[$i]}
    if alive "$RUN_DIR/node-$name.pid"; then
      if ready "$port"; then say "node $name: ready on port $port"; else say "node $name: running, not ready"; fi
    else
      say "node $name: not running"
    fi
  done
  if alive "$RUN_DIR/haproxy.pid"; then say "haproxy: running on port $LB_PORT"; else say "haproxy: not running"; fi
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
