#!/usr/bin/env bash
# Audit overhead (issue #3 target: throughput with auditing on PostgreSQL >= 85% of the same service
# with auditing disabled). Same jar, same PostgreSQL profile, same wrk parameters, one after the
# other in the same run, alternating ROUNDS times; srt.audit.enabled=false exists for this only.
#
#   bench/audit-overhead.sh        Env: DURATION (30s), CONNECTIONS (32), THREADS (2), ROUNDS (2)
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${DURATION:-30s}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
ROUNDS=${ROUNDS:-2}
PORT=18090
JAR=service/target/quarkus-app/quarkus-run.jar
WORK=$(mktemp -d /tmp/audit-overhead.XXXXXX)
SCHEMA=overhead_$$
[ -f "$JAR" ] || mvn -B -q -DskipTests -pl service -am package

export QUARKUS_SECURITY_USERS_EMBEDDED_USERS_BENCH=bench-secret
export QUARKUS_SECURITY_USERS_EMBEDDED_ROLES_BENCH=clinician
export QUARKUS_PROFILE=prod,postgresql
export QUARKUS_DATASOURCE_POSTGRESQL_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/test?currentSchema=$SCHEMA"
export QUARKUS_FLYWAY_POSTGRESQL_SCHEMAS=$SCHEMA
export AUTH; AUTH=$(printf 'bench:bench-secret' | base64)
export BODY_FILE=bench/audit-case.json
PID=
cleanup() {
  [ -n "$PID" ] && kill "$PID" 2>/dev/null || true
  psql -q -h 127.0.0.1 -U postgres -d test -c "DROP SCHEMA IF EXISTS $SCHEMA CASCADE" || true
}
trap cleanup EXIT

run() { # enabled(true|false) round
  java -Dquarkus.http.port=$PORT -Dsrt.audit.enabled="$1" -jar "$JAR" >"$WORK/service-$1-$2.log" 2>&1 &
  PID=$!
  for _ in $(seq 1 120); do curl -sf -o /dev/null "http://127.0.0.1:$PORT/q/health/ready" && break; sleep 0.5; done
  wrk -t"$THREADS" -c"$CONNECTIONS" -d10s -s bench/audit-assess.lua "http://127.0.0.1:$PORT/api/assessments" >/dev/null
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s bench/audit-assess.lua \
    "http://127.0.0.1:$PORT/api/assessments" >"$WORK/wrk-$1-$2.txt"
  kill "$PID"; wait "$PID" 2>/dev/null || true; PID=
  if grep -q "Non-2xx" "$WORK/wrk-$1-$2.txt"; then echo "non-2xx responses with audit=$1:" >&2; cat "$WORK/wrk-$1-$2.txt" >&2; exit 1; fi
  awk '/Requests\/sec/ {print $2}' "$WORK/wrk-$1-$2.txt"
}

echo "wrk -t$THREADS -c$CONNECTIONS -d$DURATION (after a 10 s warm-up) on POST /api/assessments; nproc=$(nproc)"
ON_TOTAL=0; OFF_TOTAL=0
for round in $(seq 1 "$ROUNDS"); do
  OFF=$(run false "$round"); ON=$(run true "$round")
  echo "round $round: audit disabled $OFF req/s, audit on PostgreSQL $ON req/s"
  grep -E "Latency|50%|99%" "$WORK/wrk-true-$round.txt" | sed 's/^/    audit on:  /'
  grep -E "Latency|50%|99%" "$WORK/wrk-false-$round.txt" | sed 's/^/    disabled:  /'
  ON_TOTAL=$(echo "$ON_TOTAL + $ON" | bc -l); OFF_TOTAL=$(echo "$OFF_TOTAL + $OFF" | bc -l)
done
RATIO=$(echo "scale=3; $ON_TOTAL / $OFF_TOTAL" | bc -l)
echo "mean: audit on $(echo "scale=1; $ON_TOTAL / $ROUNDS" | bc -l) req/s, disabled $(echo "scale=1; $OFF_TOTAL / $ROUNDS" | bc -l) req/s, ratio $RATIO (target >= 0.85)"
echo "raw wrk output: $WORK"
