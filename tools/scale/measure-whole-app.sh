#!/usr/bin/env bash
# Start-up time and heap of the whole application (production jar, no demo data) at many researchers with
# publications, on H2 or on PostgreSQL. A manual measurement, not a test; docs/benchmarks.md has the figures.
#
#   ./mvnw package -DskipTests && ./mvnw test-compile      # the jar, and ScaleCorpusSql in target/test-classes
#   tools/scale/measure-whole-app.sh h2 100000
#   tools/scale/measure-whole-app.sh postgres 100000       # PostgreSQL at 127.0.0.1:5432, user postgres, trust auth
#
# Steps: a fresh database (H2 file under $TMPDIR, or the PostgreSQL database rb_scale_measure, dropped and
# created); one start of the application to run the Flyway migrations; the researchers generated in SQL
# (ScaleCorpusSql: generate_series, the same statements as MatchingIndexAtScalePostgresTest); then the measured
# start: time to Spring's "Started", time until both the matching index and the partner search index are built,
# and the heap in use after a full GC once both are built (jcmd GC.run, then GC.heap_info).
set -euo pipefail
DB=${1:?h2 or postgres}
N=${2:-100000}
cd "$(dirname "$0")/../.."
JAR=target/researchbridge-0.1.0-SNAPSHOT.jar
BIN=${JAVA_HOME:+$JAVA_HOME/bin/}   # a JDK 21+: set JAVA_HOME when the java on the PATH is older
WORK=${TMPDIR:-/tmp}/researchbridge-scale-$DB
PORT=${PORT:-18123}
H2_JAR=$(ls ~/.m2/repository/com/h2database/h2/*/h2-*.jar | sort -V | tail -1)
SPRING_JDBC=$(ls ~/.m2/repository/org/springframework/spring-jdbc/*/spring-jdbc-*.jar | grep -v sources | sort -V | tail -1)
rm -rf "$WORK" && mkdir -p "$WORK"

case $DB in
  h2)
    APP_ARGS=(--researchbridge.data-dir="$WORK/data")
    fill() { "${BIN}java" -cp "$H2_JAR" org.h2.tools.RunScript -url "jdbc:h2:file:$WORK/data/researchbridge" -user sa -script "$1"; } ;;
  postgres)
    psql -q -h 127.0.0.1 -U postgres -d postgres -c "drop database if exists rb_scale_measure" -c "create database rb_scale_measure"
    APP_ARGS=(--spring.profiles.active=postgres --spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/rb_scale_measure
              --spring.datasource.username=postgres --spring.datasource.password=)
    fill() { psql -q -h 127.0.0.1 -U postgres -d rb_scale_measure -v ON_ERROR_STOP=1 -f "$1" && \
             psql -q -h 127.0.0.1 -U postgres -d rb_scale_measure -c analyze; } ;;
  *) echo "h2 or postgres" >&2; exit 2 ;;
esac

# Starts the application, waits for the given log lines, returns its pid in $APP_PID.
start() {
  local log=$1; shift
  "${BIN}java" -jar "$JAR" --server.port=$PORT "${APP_ARGS[@]}" "$@" > "$log" 2>&1 &
  APP_PID=$!
}
wait_for() {
  until grep -q "$2" "$1"; do
    kill -0 "$APP_PID" 2>/dev/null || { echo "application stopped; see $1" >&2; exit 1; }
    sleep 0.2
  done
}

echo "== migrations"
start "$WORK/migrate.log" --researchbridge.matching.build-on-start=false
wait_for "$WORK/migrate.log" "Started ResearchBridgeApplication"
kill "$APP_PID"; wait "$APP_PID" || true

echo "== $N researchers generated in SQL"
"${BIN}java" -cp "target/test-classes:$SPRING_JDBC" com.researchbridge.matching.ScaleCorpusSql "$N" > "$WORK/fill.sql"
t=$(date +%s%N); fill "$WORK/fill.sql"; echo "filled in $(( ($(date +%s%N) - t) / 1000000 )) ms"

echo "== measured start"
t0=$(date +%s%N)
start "$WORK/app.log"
wait_for "$WORK/app.log" "Started ResearchBridgeApplication"
t_started=$(date +%s%N)
wait_for "$WORK/app.log" "Matching index built"
wait_for "$WORK/app.log" "Partner search index built"
t_indexes=$(date +%s%N)
"${BIN}jcmd" "$APP_PID" GC.run > /dev/null; sleep 2
HEAP=$("${BIN}jcmd" "$APP_PID" GC.heap_info)
RSS_KB=$(ps -o rss= -p "$APP_PID")
kill "$APP_PID"; wait "$APP_PID" || true

echo "database:                 $DB"
echo "process start -> Started: $(( (t_started - t0) / 1000000 )) ms  ($(grep -o 'Started ResearchBridgeApplication in [0-9.]* seconds' "$WORK/app.log"))"
echo "process start -> indexes: $(( (t_indexes - t0) / 1000000 )) ms"
grep -o "Matching index built.*\|Partner search index built.*" "$WORK/app.log"
echo "heap after full GC:"; echo "$HEAP" | head -3
echo "resident set size: $(( RSS_KB / 1024 )) MB"
