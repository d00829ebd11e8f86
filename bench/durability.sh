#!/usr/bin/env bash
# Durability proof for the audit trail (docs/audit.md): concurrent load on the service, SIGKILL of
# every JVM mid-load, restart, then every 200 the client received (its X-Audit-Id) must be a stored
# record, and every writer's hash chain must verify.
#
#   bench/durability.sh [postgresql|embedded]     (default postgresql)
#
# postgresql: TWO instances share one PostgreSQL schema (127.0.0.1:5432, db test, user postgres),
#             so the run also shows two concurrent writers keeping two valid chains.
# embedded:   one instance on the H2 file store of the default run command.
# Env: LOAD_SECONDS (45), KILL_AFTER (8: earliest kill, once MIN_ACKED (200) responses were
#      acknowledged), THREADS (16), KEEP=1 keeps the schema / data dir,
#      ENDPOINT (/api/assessments) and BODY (bench/audit-case.json): any audited endpoint and its body.
set -euo pipefail
cd "$(dirname "$0")/.."
# Free ports chosen by the OS: a fixed port may belong to another service on a shared machine.
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
STORE=${1:-postgresql}
LOAD_SECONDS=${LOAD_SECONDS:-45}
MIN_ACKED=${MIN_ACKED:-200}
KILL_AFTER=${KILL_AFTER:-8}
THREADS=${THREADS:-16}
ENDPOINT=${ENDPOINT:-/api/assessments}
BODY=${BODY:-bench/audit-case.json}
JAR=service/target/quarkus-app/quarkus-run.jar
WORK=$(mktemp -d /tmp/audit-durability.XXXXXX)
USER_PASS=bench:bench-secret
PIDS=()

[ -f "$JAR" ] || mvn -B -q -DskipTests -pl service -am package

export QUARKUS_SECURITY_USERS_EMBEDDED_USERS_BENCH=bench-secret
export QUARKUS_SECURITY_USERS_EMBEDDED_ROLES_BENCH=clinician,auditor
SCHEMA=durability_$$
case "$STORE" in
  postgresql)
    PORTS=($(free_port) $(free_port))
    psql -q -h 127.0.0.1 -U postgres -d test -c "DROP SCHEMA IF EXISTS $SCHEMA CASCADE"
    export QUARKUS_PROFILE=prod,postgresql
    export QUARKUS_DATASOURCE_POSTGRESQL_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/test?currentSchema=$SCHEMA"
    # a production run names its credentials (the service refuses to start without them)
    export QUARKUS_DATASOURCE_POSTGRESQL_USERNAME=${PGUSER:-postgres} QUARKUS_DATASOURCE_POSTGRESQL_PASSWORD=${PGPASSWORD:-unused-with-trust-auth}
    export QUARKUS_FLYWAY_POSTGRESQL_SCHEMAS=$SCHEMA ;;
  embedded)
    PORTS=($(free_port))
    export SRT_DATA_DIR=$WORK/data ;;
  *) echo "usage: $0 [postgresql|embedded]" >&2; exit 2 ;;
esac

start() { # port log
  java -Dquarkus.http.port="$1" -jar "$JAR" >"$2" 2>&1 &
  PIDS+=($!)
}
ready() { # port (the instance started last must still be running)
  for _ in $(seq 1 120); do
    kill -0 "${PIDS[-1]}" 2>/dev/null || { echo "instance for port $1 exited" >&2; return 1; }
    curl -sf -o /dev/null "http://127.0.0.1:$1/q/health/ready" && return 0
    sleep 0.5
  done
  echo "instance on port $1 did not become ready" >&2; return 1
}
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  if [ "$STORE" = postgresql ] && [ -z "${KEEP:-}" ]; then
    psql -q -h 127.0.0.1 -U postgres -d test -c "DROP SCHEMA IF EXISTS $SCHEMA CASCADE" || true
  fi
}
trap cleanup EXIT

URLS=""
for port in "${PORTS[@]}"; do
  start "$port" "$WORK/instance-$port.log"
  URLS="$URLS${URLS:+,}http://127.0.0.1:$port$ENDPOINT"
done
for port in "${PORTS[@]}"; do
  for _ in $(seq 1 240); do curl -sf -o /dev/null "http://127.0.0.1:$port/q/health/ready" && break; sleep 0.5; done
  curl -sf -o /dev/null "http://127.0.0.1:$port/q/health/ready" || { echo "instance on port $port not ready" >&2; exit 1; }
done
echo "endpoint=$ENDPOINT store=$STORE instances=${#PORTS[@]} threads=$THREADS load=${LOAD_SECONDS}s kill after ${KILL_AFTER}s; work dir $WORK"

java bench/AuditLoadClient.java "$URLS" "$USER_PASS" "$BODY" "$THREADS" "$LOAD_SECONDS" "$WORK/acked.txt" \
  >"$WORK/client.txt" 2>&1 &
CLIENT=$!
sleep "$KILL_AFTER"
# Kill mid-load: only once the client has some acknowledged responses (a slow, shared machine may need longer).
for _ in $(seq 1 $((LOAD_SECONDS * 2))); do
  [ "$(wc -l <"$WORK/acked.txt")" -ge "$MIN_ACKED" ] && break
  sleep 0.5
done
echo "SIGKILL ${PIDS[*]} at $(wc -l <"$WORK/acked.txt") acknowledged responses"
for pid in "${PIDS[@]}"; do kill -KILL "$pid"; done
for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
PIDS=()
wait "$CLIENT"
cat "$WORK/client.txt"

start "${PORTS[0]}" "$WORK/restart.log"
ready "${PORTS[0]}"
curl -sf -u "$USER_PASS" "http://127.0.0.1:${PORTS[0]}/api/audit/export?format=ndjson" >"$WORK/export.ndjson"
python3 -c 'import json,sys
for line in open(sys.argv[1]):
    print(json.loads(line)["id"])' "$WORK/export.ndjson" | sort -u >"$WORK/stored.txt"
sort -u "$WORK/acked.txt" >"$WORK/acked-sorted.txt"
MISSING=$(comm -23 "$WORK/acked-sorted.txt" "$WORK/stored.txt" | wc -l)
curl -sf -u "$USER_PASS" "http://127.0.0.1:${PORTS[0]}/api/audit/verify" >"$WORK/verify.json"
python3 -c 'import json,sys
r=json.load(open(sys.argv[1]))
print("verify: valid=%s records=%d chains=%d" % (r["valid"], r["records"], len(r["chains"])))
for c in r["chains"]:
    print("  writer %s: %d records, valid=%s, firstBrokenSequence=%s" % (c["writerId"], c["records"], c["valid"], c["firstBrokenSequence"]))' "$WORK/verify.json"
echo "acknowledged=$(wc -l <"$WORK/acked-sorted.txt") stored=$(wc -l <"$WORK/stored.txt") missing=$MISSING"
VALID=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["valid"])' "$WORK/verify.json")
if [ "$MISSING" -ne 0 ] || [ "$VALID" != True ] || [ ! -s "$WORK/acked-sorted.txt" ]; then
  echo "DURABILITY FAILED" >&2; exit 1
fi
WRITERS=$(python3 -c 'import json,sys; print(sum(1 for c in json.load(open(sys.argv[1]))["chains"] if c["records"] > 0))' "$WORK/verify.json")
if [ "$STORE" = postgresql ] && [ "$WRITERS" -lt 2 ]; then
  echo "expected two writers' chains, found $WRITERS" >&2; exit 1
fi
echo "DURABILITY OK: every acknowledged record is stored, all chains valid"
