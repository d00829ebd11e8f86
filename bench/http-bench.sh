#!/usr/bin/env bash
# HTTP throughput, latency, start-up time and resident memory of the packaged service (issue #7).
# One fresh JVM per scenario, one after the other on loopback, so each has the machine to itself:
#
#   decision     POST /api/decisions/metastasis (one decision table), audit disabled: the engine's baseline
#   assess-off   POST /api/assessments, audit disabled (srt.audit.enabled=false, benchmarking only)
#   assess-h2    POST /api/assessments, audit on the embedded H2 file (the default run command)
#   assess-pg    POST /api/assessments, audit on PostgreSQL (127.0.0.1:5432, db test, a fresh schema)
# All but assess-h2 run the production profile prod,postgresql.
#
#   bench/http-bench.sh [scenario ...]        (default: all four, in that order)
# Env: DURATION (60s), WARMUP (150s: with service/jvm.options C2 keeps compiling for ~120 s of this load, bench/RESULTS.md), CONNECTIONS (16), THREADS (1 wrk thread: leaves the cores to
#      the service), JAVA_OPTS (JVM flags; default the README's "@service/jvm.options"), OUT (result directory), JAR (default service/target/quarkus-app/quarkus-run.jar).
# Per scenario: start-up (Quarkus' "started in", and exec-to-ready wall time), wrk's req/s and
# p50/p99, CPU milliseconds per request (service JVM, plus PostgreSQL's backends for assess-pg),
# RSS after the measured load, and the 1-minute load average before it. Non-2xx answers fail the run.
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${DURATION:-60s}
WARMUP=${WARMUP:-150s}
CONNECTIONS=${CONNECTIONS:-16}
THREADS=${THREADS:-1}
JAVA_OPTS=${JAVA_OPTS:-@service/jvm.options}
JAR=${JAR:-service/target/quarkus-app/quarkus-run.jar}
OUT=${OUT:-$(mktemp -d /tmp/http-bench.XXXXXX)}
mkdir -p "$OUT"
SCENARIOS=("$@")
[ ${#SCENARIOS[@]} -gt 0 ] || SCENARIOS=(decision assess-off assess-h2 assess-pg)
[ -f "$JAR" ] || mvn -B -q -DskipTests -pl service -am package
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
ready() { for _ in $(seq 1 600); do curl -sf -o /dev/null "http://127.0.0.1:$1/q/health/ready" && return 0; sleep 0.05; done; return 1; }
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
pg_ticks() { for p in $(pgrep -u postgres 2>/dev/null); do cat "/proc/$p/stat" 2>/dev/null; done | awk '{s += $14 + $15} END {print s + 0}'; }
now_ms() { date +%s%3N; }
TICK=$(getconf CLK_TCK)

export QUARKUS_SECURITY_USERS_EMBEDDED_USERS_BENCH=bench-secret
export QUARKUS_SECURITY_USERS_EMBEDDED_ROLES_BENCH=clinician
export AUTH; AUTH=$(printf 'bench:bench-secret' | base64)
PID=; SCHEMA=
cleanup() {
  [ -n "$PID" ] && kill "$PID" 2>/dev/null && wait "$PID" 2>/dev/null || true
  [ -n "$SCHEMA" ] && psql -q -h 127.0.0.1 -U postgres -d test -c "DROP SCHEMA IF EXISTS $SCHEMA CASCADE" 2>/dev/null || true
  PID=; SCHEMA=
}
trap cleanup EXIT

echo "# $(date -u '+%Y-%m-%d %H:%M UTC'); $(nproc) CPUs: $(lscpu | sed -n 's/^Model name: *//p'); $(java -version 2>&1 | head -1)"
echo "# wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency after a $WARMUP warm-up; JAVA_OPTS='$JAVA_OPTS'; raw output in $OUT"
echo "| scenario | load before | start-up (Quarkus / to ready) | req/s | p50 | p99 | CPU ms/req | RSS after load |"
echo "|---|---|---|---|---|---|---|---|"
for scenario in "${SCENARIOS[@]}"; do
  port=$(free_port)
  props=(-Dquarkus.http.port="$port" -Dsrt.data-dir="$OUT/data-$scenario")
  path=/api/assessments; export BODY_FILE=bench/audit-case.json; pg=0
  unset QUARKUS_PROFILE QUARKUS_DATASOURCE_POSTGRESQL_JDBC_URL QUARKUS_DATASOURCE_POSTGRESQL_USERNAME QUARKUS_DATASOURCE_POSTGRESQL_PASSWORD QUARKUS_FLYWAY_POSTGRESQL_SCHEMAS
  case "$scenario" in
    decision)   path=/api/decisions/metastasis; BODY_FILE=bench/audit-metastasis.json; props+=(-Dsrt.audit.enabled=false) ;;
    assess-off) props+=(-Dsrt.audit.enabled=false) ;;
    assess-h2)  props+=(-Dsrt.audit.enabled=true) ;;
    assess-pg)  pg=1; props+=(-Dsrt.audit.enabled=true) ;;
    *) echo "unknown scenario $scenario" >&2; exit 2 ;;
  esac
  if [ "$scenario" != assess-h2 ]; then
    # Production profile for all but the default-run scenario, so decision, assess-off and assess-pg
    # differ only in the endpoint and the audit switch.
    SCHEMA=httpbench_$$_${scenario//-/_}
    export QUARKUS_PROFILE=prod,postgresql
    export QUARKUS_DATASOURCE_POSTGRESQL_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/test?currentSchema=$SCHEMA"
    # a production run names its credentials (the service refuses to start without them)
    export QUARKUS_DATASOURCE_POSTGRESQL_USERNAME=${PGUSER:-postgres} QUARKUS_DATASOURCE_POSTGRESQL_PASSWORD=${PGPASSWORD:-unused-with-trust-auth}
    export QUARKUS_FLYWAY_POSTGRESQL_SCHEMAS=$SCHEMA
  fi
  start=$(now_ms)
  # shellcheck disable=SC2086
  java $JAVA_OPTS "${props[@]}" -jar "$JAR" >"$OUT/service-$scenario.log" 2>&1 & PID=$!
  ready "$port" || { echo "$scenario: not ready" >&2; cat "$OUT/service-$scenario.log" >&2; exit 1; }
  to_ready=$(( $(now_ms) - start ))
  started=$(sed -n 's/.*started in \([0-9.]*\)s.*/\1/p' "$OUT/service-$scenario.log" | head -1)
  url="http://127.0.0.1:$port$path"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" --timeout 10s -s bench/audit-assess.lua "$url" >"$OUT/warmup-$scenario.txt"
  load=$(cut -d' ' -f1 /proc/loadavg)
  c0=$(cpu_ticks "$PID"); p0=$(pg_ticks)
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout 10s --latency -s bench/audit-assess.lua "$url" >"$OUT/wrk-$scenario.txt"
  c1=$(cpu_ticks "$PID"); p1=$(pg_ticks)
  rss=$(awk '/VmRSS/ {printf "%.0f MB", $2 / 1024}' "/proc/$PID/status")
  for f in "$OUT/warmup-$scenario.txt" "$OUT/wrk-$scenario.txt"; do
    if grep -q "Non-2xx" "$f"; then echo "$scenario: error answers in $f" >&2; cat "$f" >&2; exit 1; fi
  done
  if grep -q "Socket errors" "$OUT/wrk-$scenario.txt"; then echo "$scenario: socket errors" >&2; cat "$OUT/wrk-$scenario.txt" >&2; exit 1; fi
  n=$(awk '/requests in/ {print $1}' "$OUT/wrk-$scenario.txt")
  ticks=$(( c1 - c0 )); [ "$pg" = 1 ] && ticks=$(( ticks + p1 - p0 ))
  printf '| %s | %s | %s s / %s s | %s | %s | %s | %s | %s |\n' "$scenario" "$load" "$started" \
    "$(echo "scale=2; $to_ready / 1000" | bc)" "$(awk '/Requests\/sec/ {print $2}' "$OUT/wrk-$scenario.txt")" \
    "$(awk '$1=="50%" {print $2}' "$OUT/wrk-$scenario.txt")" "$(awk '$1=="99%" {print $2}' "$OUT/wrk-$scenario.txt")" \
    "$(echo "scale=2; 1000 * $ticks / $TICK / $n" | bc)" "$rss"
  cleanup
done
