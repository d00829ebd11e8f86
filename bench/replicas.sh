#!/usr/bin/env bash
# Scale-out on one machine (issue #7): two replicas of the packaged service (two ports, writer ids
# replica-a and replica-b) share one PostgreSQL schema, profile prod,postgresql, audit on.
#   1. one replica alone: wrk -t2 -c16 (both wrk threads on replica A)
#   2. both replicas: wrk -t2 -c16 with bench/replicas.lua (one wrk thread, 8 connections, per replica)
#   3. GET /api/audit/verify on each replica (auditor): every chain valid; no fewer records than 2xx answers
#
#   bench/replicas.sh         Env: DURATION (60s), WARMUP (15s), CONNECTIONS (16), JAVA_OPTS,
#                             PIN=1: replica A on CPU 0, replica B on CPU 1 (taskset), i.e. one core
#                             per replica as a CPU limit per pod would give; wrk and PostgreSQL float.
# Unpinned on a 2-core machine both replicas share the same two cores as the single one did, so
# only the pinned run shows what a second replica (a second node's CPU) adds.
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${DURATION:-60s}
WARMUP=${WARMUP:-15s}
CONNECTIONS=${CONNECTIONS:-16}
JAVA_OPTS=${JAVA_OPTS:-}
JAR=service/target/quarkus-app/quarkus-run.jar
WORK=$(mktemp -d /tmp/replicas.XXXXXX)
SCHEMA=replicas_$$
[ -f "$JAR" ] || mvn -B -q -DskipTests -pl service -am package
PIN=${PIN:-0}
pin() { if [ "$PIN" = 1 ]; then echo "taskset -c $1"; fi; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
ready() { for _ in $(seq 1 600); do curl -sf -o /dev/null "http://127.0.0.1:$1/q/health/ready" && return 0; sleep 0.1; done; return 1; }

export QUARKUS_SECURITY_USERS_EMBEDDED_USERS_BENCH=bench-secret
export QUARKUS_SECURITY_USERS_EMBEDDED_ROLES_BENCH=clinician,auditor
export QUARKUS_PROFILE=prod,postgresql
export QUARKUS_DATASOURCE_POSTGRESQL_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/test?currentSchema=$SCHEMA"
# a production run names its credentials (the service refuses to start without them)
export QUARKUS_DATASOURCE_POSTGRESQL_USERNAME=${PGUSER:-postgres} QUARKUS_DATASOURCE_POSTGRESQL_PASSWORD=${PGPASSWORD:-unused-with-trust-auth}
export QUARKUS_FLYWAY_POSTGRESQL_SCHEMAS=$SCHEMA
export AUTH; AUTH=$(printf 'bench:bench-secret' | base64)
export BODY_FILE=bench/audit-case.json
A_PORT=$(free_port); B_PORT=$(free_port); A_PID=; B_PID=
cleanup() {
  for pid in $A_PID $B_PID; do kill "$pid" 2>/dev/null || true; done
  psql -q -h 127.0.0.1 -U postgres -d test -c "DROP SCHEMA IF EXISTS $SCHEMA CASCADE" 2>/dev/null || true
}
trap cleanup EXIT

# shellcheck disable=SC2086
$(pin 0) java $JAVA_OPTS -Dquarkus.http.port="$A_PORT" -Dsrt.audit.writer-id=replica-a -jar "$JAR" >"$WORK/replica-a.log" 2>&1 & A_PID=$!
ready "$A_PORT"   # one after the other: both would migrate the same schema
# shellcheck disable=SC2086
$(pin 1) java $JAVA_OPTS -Dquarkus.http.port="$B_PORT" -Dsrt.audit.writer-id=replica-b -jar "$JAR" >"$WORK/replica-b.log" 2>&1 & B_PID=$!
ready "$B_PORT"

run() { # tag ports duration
  PORTS=$2 wrk -t2 -c"$CONNECTIONS" -d"$3" --timeout 10s --latency -s bench/replicas.lua "http://127.0.0.1:$A_PORT/api/assessments" >"$WORK/$1.txt"
  if grep -q -E "Non-2xx|Socket errors" "$WORK/$1.txt"; then echo "$1: errors" >&2; cat "$WORK/$1.txt" >&2; exit 1; fi
}
summary() { printf '%s req/s, p50 %s, p99 %s' "$(awk '/Requests\/sec/ {print $2}' "$1")" \
  "$(awk '$1=="50%" {print $2}' "$1")" "$(awk '$1=="99%" {print $2}' "$1")"; }

echo "# $(date -u '+%Y-%m-%d %H:%M UTC'); $(nproc) CPUs; PIN=$PIN; JAVA_OPTS='$JAVA_OPTS'; wrk -t2 -c$CONNECTIONS -d$DURATION after $WARMUP warm-ups; raw output in $WORK"
run warmup "$A_PORT,$B_PORT" "$WARMUP"
echo "load before one replica: $(cut -d' ' -f1 /proc/loadavg)"
run one "$A_PORT" "$DURATION"
echo "one replica:  $(summary "$WORK/one.txt")"
echo "load before two replicas: $(cut -d' ' -f1 /proc/loadavg)"
run two "$A_PORT,$B_PORT" "$DURATION"
echo "two replicas: $(summary "$WORK/two.txt")"
echo "combined/one: $(echo "scale=2; $(awk '/Requests\/sec/ {print $2}' "$WORK/two.txt") / $(awk '/Requests\/sec/ {print $2}' "$WORK/one.txt")" | bc)"

answered=$(cat "$WORK"/*.txt | awk '/requests in/ {s += $1} END {print s}')
stored=$(psql -tA -h 127.0.0.1 -U postgres -d test -c "SELECT count(*) FROM $SCHEMA.audit_record")
# wrk does not count requests still in flight when it stops; the service may still answer (and store) them.
echo "2xx answers counted by wrk (all runs): $answered; audit records stored: $stored"
psql -tA -h 127.0.0.1 -U postgres -d test -c "SELECT writer_id, count(*), max(seq) FROM $SCHEMA.audit_record GROUP BY writer_id ORDER BY 1" \
  | sed 's/^/writer|records|last seq: /'
for port in $A_PORT $B_PORT; do
  curl -sf -u bench:bench-secret "http://127.0.0.1:$port/api/audit/verify" >"$WORK/verify-$port.json"
  echo "GET /api/audit/verify on :$port -> $(python3 -c 'import json,sys; v=json.load(open(sys.argv[1])); print("valid" if v.get("valid") else "INVALID", [(c["writerId"], c["records"], c["valid"]) for c in v.get("chains", [])])' "$WORK/verify-$port.json")"
done
[ "$stored" -ge "$answered" ] || { echo "fewer records stored than 2xx answers" >&2; exit 1; }
