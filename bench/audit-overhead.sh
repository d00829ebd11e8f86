#!/usr/bin/env bash
# Audit overhead (issue #3 target: throughput of POST /api/assessments with auditing on PostgreSQL
# >= 85% of the same service with auditing disabled). srt.audit.enabled=false exists for this only.
#
# The two configurations run side by side (same jar, same PostgreSQL profile, two free ports)
# and wrk drives both at the same time with the same parameters, so load from anything else on the
# machine hits both alike. Besides req/s, the CPU seconds each configuration used per request are
# reported (the audited side including PostgreSQL's), which is the noise-resistant figure on a
# shared machine: capacity ratio = CPU per request disabled / CPU per request audited.
#
# Side by side flatters the audited instance, though: the kernel shares the cores by runnable
# thread, and the audited side also runs its writer thread and PostgreSQL's backend. MODE=alternate
# measures each instance alone, in alternating rounds (disabled, audited, disabled, ...) of the same
# run, with the same connections.
#
#   bench/audit-overhead.sh        Env: DURATION (30s), CONNECTIONS (32 per instance; 16 with MODE=alternate),
#                                       THREADS (1), ROUNDS (3), MODE (side-by-side | alternate),
#                                       WARMUP (150s per instance: with service/jvm.options C2 compiles for ~120 s, bench/RESULTS.md),
#                                       JAVA_OPTS (the README's "@service/jvm.options"), JAR (default service/target/quarkus-app/quarkus-run.jar)
set -euo pipefail
cd "$(dirname "$0")/.."
# Free ports chosen by the OS: a fixed port may belong to another service on a shared machine.
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
DURATION=${DURATION:-30s}
MODE=${MODE:-side-by-side}
case "$MODE" in
  side-by-side) CONNECTIONS=${CONNECTIONS:-32} ;;
  alternate) CONNECTIONS=${CONNECTIONS:-16} ;;
  *) echo "MODE=side-by-side|alternate" >&2; exit 2 ;;
esac
THREADS=${THREADS:-1}
ROUNDS=${ROUNDS:-3}
WARMUP=${WARMUP:-150s}
JAVA_OPTS=${JAVA_OPTS:-@service/jvm.options}
JAR=${JAR:-service/target/quarkus-app/quarkus-run.jar}
WORK=$(mktemp -d /tmp/audit-overhead.XXXXXX)
SCHEMA=overhead_$$
[ -f "$JAR" ] || mvn -B -q -DskipTests -pl service -am package

export QUARKUS_SECURITY_USERS_EMBEDDED_USERS_BENCH=bench-secret
export QUARKUS_SECURITY_USERS_EMBEDDED_ROLES_BENCH=clinician
export QUARKUS_PROFILE=prod,postgresql
export QUARKUS_DATASOURCE_POSTGRESQL_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/test?currentSchema=$SCHEMA"
# a production run names its credentials (the service refuses to start without them)
export QUARKUS_DATASOURCE_POSTGRESQL_USERNAME=${PGUSER:-postgres} QUARKUS_DATASOURCE_POSTGRESQL_PASSWORD=${PGPASSWORD:-unused-with-trust-auth}
export QUARKUS_FLYWAY_POSTGRESQL_SCHEMAS=$SCHEMA
export AUTH; AUTH=$(printf 'bench:bench-secret' | base64)
export BODY_FILE=bench/audit-case.json
ON_PID=; OFF_PID=; ON_PORT=$(free_port); OFF_PORT=$(free_port)
cleanup() {
  for pid in $ON_PID $OFF_PID; do kill "$pid" 2>/dev/null || true; done
  psql -q -h 127.0.0.1 -U postgres -d test -c "DROP SCHEMA IF EXISTS $SCHEMA CASCADE" 2>/dev/null || true
}
trap cleanup EXIT
ready() { for _ in $(seq 1 120); do curl -sf -o /dev/null "http://127.0.0.1:$1/q/health/ready" && return 0; sleep 0.5; done; return 1; }
TICK=$(getconf CLK_TCK)
cpu() { awk '{print $14 + $15}' "/proc/$1/stat"; }    # CPU ticks (user + system) used by one process
pgcpu() { for p in $(pgrep -u postgres); do cat "/proc/$p/stat" 2>/dev/null; done | awk '{s += $14 + $15} END {print s + 0}'; }
wrk1() { # port duration file: one instance alone
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$2" --latency -s bench/audit-assess.lua http://127.0.0.1:$1/api/assessments >"$3"
}
wrk2() { # duration tag
  if [ "$MODE" = alternate ]; then
    wrk1 $OFF_PORT "$1" "$WORK/off-$2.txt"; wrk1 $ON_PORT "$1" "$WORK/on-$2.txt"; return
  fi
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$1" --latency -s bench/audit-assess.lua http://127.0.0.1:$ON_PORT/api/assessments >"$WORK/on-$2.txt" &
  local a=$!
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$1" --latency -s bench/audit-assess.lua http://127.0.0.1:$OFF_PORT/api/assessments >"$WORK/off-$2.txt" &
  local b=$!
  wait $a $b
}
rps() { awk '/Requests\/sec/ {print $2}' "$1"; }
count() { awk '/requests in/ {print $1}' "$1"; }

# shellcheck disable=SC2086
java $JAVA_OPTS -Dquarkus.http.port=$ON_PORT -Dsrt.audit.enabled=true -jar "$JAR" >"$WORK/service-on.log" 2>&1 & ON_PID=$!
ready $ON_PORT   # one after the other: both run Flyway on the same schema
# shellcheck disable=SC2086
java $JAVA_OPTS -Dquarkus.http.port=$OFF_PORT -Dsrt.audit.enabled=false -jar "$JAR" >"$WORK/service-off.log" 2>&1 & OFF_PID=$!
ready $OFF_PORT
wrk2 "$WARMUP" warmup
if [ "$MODE" = alternate ]; then how="on each instance alone, disabled then audited per round"; else how="on each of two instances at once"; fi
echo "MODE=$MODE: wrk -t$THREADS -c$CONNECTIONS -d$DURATION $how (after a $WARMUP warm-up), POST /api/assessments; nproc=$(nproc); JAVA_OPTS='$JAVA_OPTS'; load before: $(cut -d' ' -f1-3 /proc/loadavg)"
SUM_ON=0; SUM_OFF=0; SUM_CPU_ON=0; SUM_CPU_OFF=0; SUM_N_ON=0; SUM_N_OFF=0
for round in $(seq 1 "$ROUNDS"); do
  c_on=$(cpu $ON_PID); c_off=$(cpu $OFF_PID); c_pg=$(pgcpu)
  wrk2 "$DURATION" "$round"
  d_pg=$(( $(pgcpu) - c_pg )); d_on=$(( $(cpu $ON_PID) - c_on + d_pg )); d_off=$(( $(cpu $OFF_PID) - c_off ))
  for f in "$WORK/on-$round.txt" "$WORK/off-$round.txt"; do
    if grep -q "Non-2xx" "$f"; then echo "non-2xx responses in $f" >&2; cat "$f" >&2; exit 1; fi
  done
  on=$(rps "$WORK/on-$round.txt"); off=$(rps "$WORK/off-$round.txt")
  n_on=$(count "$WORK/on-$round.txt"); n_off=$(count "$WORK/off-$round.txt")
  printf 'round %s: audited %s req/s (%s ms CPU/req, of which PostgreSQL %s), disabled %s req/s (%s ms CPU/req), p50 %s vs %s\n' \
    "$round" "$on" "$(echo "scale=2; 1000 * $d_on / $TICK / $n_on" | bc)" "$(echo "scale=2; 1000 * $d_pg / $TICK / $n_on" | bc)" "$off" "$(echo "scale=2; 1000 * $d_off / $TICK / $n_off" | bc)" \
    "$(awk '$1=="50%" {print $2}' "$WORK/on-$round.txt")" "$(awk '$1=="50%" {print $2}' "$WORK/off-$round.txt")"
  SUM_ON=$(echo "$SUM_ON + $on" | bc); SUM_OFF=$(echo "$SUM_OFF + $off" | bc)
  SUM_CPU_ON=$((SUM_CPU_ON + d_on)); SUM_CPU_OFF=$((SUM_CPU_OFF + d_off))
  SUM_N_ON=$((SUM_N_ON + n_on)); SUM_N_OFF=$((SUM_N_OFF + n_off))
done
echo "throughput ratio audited/disabled: $(echo "scale=3; $SUM_ON / $SUM_OFF" | bc) (target >= 0.85)"
echo "capacity ratio (CPU per request disabled / audited): $(echo "scale=3; ($SUM_CPU_OFF / $SUM_N_OFF) / ($SUM_CPU_ON / $SUM_N_ON)" | bc -l)"
RECORDS=$(psql -tA -h 127.0.0.1 -U postgres -d test -c "SELECT count(*) FROM $SCHEMA.audit_record")
echo "audited responses (all wrk runs): records stored $RECORDS"
echo "raw wrk output: $WORK"
