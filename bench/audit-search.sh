#!/usr/bin/env bash
# Audit explorer search speed (docs/audit.md, Audit explorer): one page of GET /api/audit with each
# filter the /audit/ page offers, on a PostgreSQL audit store of RECORDS records (default 200,000).
#
#   bench/audit-search.sh
#
# Starts the packaged service (prod,postgresql profiles) on a schema of its own (127.0.0.1:5432, db
# test, user postgres), makes one real assessment, copies its record RECORDS times into one hash chain
# (bench/AuditSearchFill.java: own ids, times over a year, 50 principals, three endpoints, six pathway
# codes, one of them at 0.1 %, and one code never used; then VACUUM ANALYZE, as autovacuum would), then
# times each query REPEAT times (after one unmeasured call) and prints median and worst, and the
# explanation's chain check of the deepest record once. Env: RECORDS, REPEAT (7), LIMIT (50),
# KEEP=1 keeps the schema and reuses it when it is already filled (SCHEMA, default audit_search).
set -euo pipefail
cd "$(dirname "$0")/.."
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
RECORDS=${RECORDS:-200000}
REPEAT=${REPEAT:-7}
LIMIT=${LIMIT:-50}
SCHEMA=${SCHEMA:-audit_search}
JAR=service/target/quarkus-app/quarkus-run.jar
PORT=$(free_port)
WORK=$(mktemp -d /tmp/audit-search.XXXXXX)
PID=

[ -f "$JAR" ] || mvn -B -q -DskipTests -pl service -am package
PGJAR=$(ls service/target/quarkus-app/lib/main/org.postgresql.postgresql-*.jar)

export QUARKUS_SECURITY_USERS_EMBEDDED_USERS_BENCH=bench-secret
export QUARKUS_SECURITY_USERS_EMBEDDED_ROLES_BENCH=clinician,auditor
export QUARKUS_PROFILE=prod,postgresql
export QUARKUS_DATASOURCE_POSTGRESQL_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/test?currentSchema=$SCHEMA"
export QUARKUS_DATASOURCE_POSTGRESQL_USERNAME=${PGUSER:-postgres} QUARKUS_DATASOURCE_POSTGRESQL_PASSWORD=${PGPASSWORD:-unused-with-trust-auth}
export QUARKUS_FLYWAY_POSTGRESQL_SCHEMAS=$SCHEMA

cleanup() {
  [ -n "$PID" ] && kill "$PID" 2>/dev/null || true
  if [ -z "${KEEP:-}" ]; then psql -q -h 127.0.0.1 -U postgres -d test -c "DROP SCHEMA IF EXISTS $SCHEMA CASCADE" || true; fi
}
trap cleanup EXIT

have=$(psql -qAt -h 127.0.0.1 -U postgres -d test -c "SELECT count(*) FROM $SCHEMA.audit_record" 2>/dev/null || echo 0)
if [ -z "${KEEP:-}" ] || [ "$have" -lt "$RECORDS" ]; then
  psql -q -h 127.0.0.1 -U postgres -d test -c "DROP SCHEMA IF EXISTS $SCHEMA CASCADE"
  have=0
fi

java -Dquarkus.http.port="$PORT" -jar "$JAR" >"$WORK/service.log" 2>&1 &
PID=$!
for _ in $(seq 1 240); do curl -sf -o /dev/null "http://127.0.0.1:$PORT/q/health/ready" && break; sleep 0.5; done
curl -sf -o /dev/null "http://127.0.0.1:$PORT/q/health/ready" || { echo "service not ready, see $WORK/service.log" >&2; exit 1; }

if [ "$have" -lt "$RECORDS" ]; then
  curl -sf -o /dev/null -u bench:bench-secret -H 'Content-Type: application/json' -d @bench/audit-case.json \
    "http://127.0.0.1:$PORT/api/assessments"
  started=$(date +%s)
  java -cp "$PGJAR" bench/AuditSearchFill.java \
    "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=$SCHEMA&reWriteBatchedInserts=true" "$RECORDS"
  echo "filled $RECORDS records in $(( $(date +%s) - started )) s"
fi
psql -qAt -h 127.0.0.1 -U postgres -d test -c \
  "SELECT count(*) || ' records, table ' || pg_size_pretty(pg_total_relation_size('$SCHEMA.audit_record')) FROM $SCHEMA.audit_record"

BASE="http://127.0.0.1:$PORT" LIMIT=$LIMIT REPEAT=$REPEAT python3 - <<'PY'
import base64, json, os, statistics, time, urllib.parse, urllib.request
base, limit, repeat = os.environ["BASE"], int(os.environ["LIMIT"]), int(os.environ["REPEAT"])
auth = "Basic " + base64.b64encode(b"bench:bench-secret").decode()

def get(path):
    request = urllib.request.Request(base + path, headers={"Authorization": auth})
    started = time.perf_counter()
    with urllib.request.urlopen(request, timeout=300) as response:
        body = response.read()
    return time.perf_counter() - started, body

def page(**filters):
    return "/api/audit?" + urllib.parse.urlencode(dict(filters, limit=limit))

newest = json.loads(get(page())[1])["records"]
longest = max(newest, key=lambda r: r["sequence"])  # the newest record of the filled chain
middle_day = "2026-06-06"
deep = page()
for _ in range(19):  # the cursor of page 20
    deep = page(after=json.loads(get(deep)[1])["next"])
oldest_id = json.loads(get(page(principal="user-7", **{"from": "2025-12-01", "to": "2025-12-10"}))[1])["records"][-1]["id"]
cases = [
    ("newest page, no filter", page()),
    ("page 20 (cursor)", deep),
    ("principal (2 % of records)", page(principal="user-7")),
    ("endpoint POST /api/dose-checks (5 %)", page(endpoint="POST /api/dose-checks")),
    ("model recurrence (all)", page(model="recurrence")),
    ("model no record used (scan)", page(model="no-such-model")),
    ("pathway SALVAGE_RADIOTHERAPY (36 %)", page(pathway="SALVAGE_RADIOTHERAPY")),
    ("pathway SYSTEMIC_THERAPY_REFERRAL (0.08 %)", page(pathway="SYSTEMIC_THERAPY_REFERRAL")),
    ("pathway LOCAL_SALVAGE_EVALUATION (none)", page(pathway="LOCAL_SALVAGE_EVALUATION")),
    ("one day, no other filter", page(**{"from": middle_day, "to": middle_day})),
    ("principal + one month", page(principal="user-7", **{"from": "2026-03-01", "to": "2026-03-31"})),
    ("principal + pathway (rare)", page(principal="user-7", pathway="SYSTEMIC_THERAPY_REFERRAL")),
    ("explanation, newest record (verify=false)", "/api/audit/%s/explanation?verify=false" % newest[0]["id"]),
]
# the chain check reads and hashes the whole chain up to the record: timed once, after the pages
slow = [("explanation + chain check (%d records)" % longest["sequence"], "/api/audit/%s/explanation" % longest["id"])]
print("| query | records on page | median (s) | worst (s) |")
print("|---|---|---|---|")
for name, path in cases:
    _, body = get(path)
    data = json.loads(body)
    count = len(data["records"]) if "records" in data else "–"
    times = [get(path)[0] for _ in range(repeat)]
    print("| %s | %s | %.3f | %.3f |" % (name, count, statistics.median(times), max(times)), flush=True)
for name, path in slow:
    seconds, body = get(path)
    chain = json.loads(body)["chain"]
    print("| %s (verified=%s, once) | – | %.3f | %.3f |" % (name, chain["verified"], seconds, seconds), flush=True)
PY
