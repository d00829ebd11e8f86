#!/usr/bin/env bash
# The audited assessment against its fair peer (issue #16): stock Kogito (bench/peer, same Quarkus
# and KIE versions, no project code) serving the same dmn/ models through its generated REST
# endpoint POST /pathway/pathwayService, given the exact context the service passed to the engine
# for the same case (read back from the service's audit record).
#
#   bench/peer-compare.sh            Env: WARMUP (45s per instance; 0: none, rounds from cold), ROUNDS (3), DURATION (10s),
#                                         ROUNDS 0: no warm-up and no load, start-up only,
#                                         CONNECTIONS (16), THREADS (2), STARTS (3 starts per app),
#                                         OFF (1: also the service with audit disabled, in the same rounds),
#                                         JAVA_OPTS (both apps; default the README's @service/jvm.options),
#                                         BUILD (1: rebuild both apps first), RESULTS (bench/RESULTS.md;
#                                         "-" prints the section only), LABEL (what this run measures),
#                                         JFR (a directory: record both apps with JFR there, NAME.jfr, and
#                                         the measured rounds' UTC times in rounds.txt, for jfr-top.py --rounds),
#                                         PROFILE (a directory: profile each instance during its measured rounds
#                                         only with async-profiler, CPU time of all threads (itimer), into
#                                         NAME.collapsed, and print where each request's CPU goes by part,
#                                         bench/cpu-parts.py; ASYNC_PROFILER: its libasyncProfiler.so, default
#                                         tools.profiler:async-profiler:3.0 from Maven Central),
#                                         PEER_TYPECHECK (1: the peer built with the engine's runtime type
#                                         checks on; default: stock Kogito, off, as in the service),
#                                         SERVICE_APP, PEER_APP (other builds' quarkus-app directories),
#                                         SERVICE_OPTS, BEFORE_OPTS (extra -D settings for those instances),
#                                         BEFORE (another build's quarkus-app directory, e.g. a copy made with cp -a
#                                         before a change: measured audited in the same rounds, "before")
#
# 1. builds both apps when missing (BUILD=1 always); 2. starts the service as the README does with the
# PostgreSQL audit store (production profile, a fresh schema), the peer with the same JVM flags, each
# from its own application directory with its own AppCDS archive; 3. posts bench/audit-case.json to the
# service, reads the engine context from its audit record, posts it to the peer and stops unless both
# answer the same pathway (every decision result is compared, numbers by value); 4. warms each up alone,
# then alternating rounds, each instance alone: req/s, p50, p99, CPU ms per request (the service's
# including PostgreSQL's backends), methods the JIT compiled during the round (still rising: the JVM
# is still warming up, and the figures measure that; an instance whose first round is below 85 % of its
# last two is named in the output), KB the JVM allocated and its threads' context switches per request
# (both steadier than req/s: they show a change too small for the rounds' throughput spread), RSS after
# the load; 5. STARTS alternating starts of each app to ready (exec to first successful
# GET /q/health/ready, same flags), the service's first start (fresh data directory) and its restart
# on that data directory; 6. appends the figures, machine, date and load averages to RESULTS.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
WARMUP=${WARMUP:-45s}
ROUNDS=${ROUNDS:-3}
DURATION=${DURATION:-10s}
CONNECTIONS=${CONNECTIONS:-16}
THREADS=${THREADS:-2}
STARTS=${STARTS:-3}
OFF=${OFF:-0}
JAVA_OPTS=${JAVA_OPTS:-@$ROOT/service/jvm.options}
RESULTS=${RESULTS:-bench/RESULTS.md}
LABEL=${LABEL:-}
SVC_APP=${SERVICE_APP:-service/target/quarkus-app}
PEER_TYPECHECK=${PEER_TYPECHECK:-0}
PEER_DIR=quarkus-app; [ "$PEER_TYPECHECK" = 1 ] && PEER_DIR=quarkus-app-typecheck
PEER_APP=${PEER_APP:-bench/peer/target/$PEER_DIR}
WORK=$(mktemp -d /tmp/peer-compare.XXXXXX)
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
if [ "${BUILD:-0}" = 1 ] || [ ! -f $SVC_APP/quarkus-run.jar ]; then mvn -B -q -DskipTests -pl service -am package; fi
if [ "${BUILD:-0}" = 1 ] || [ ! -f "$PEER_APP/quarkus-run.jar" ]; then
  mvn -B -q -DskipTests -P bench -pl bench/peer package -Dquarkus.package.output-directory="$PEER_DIR" \
    $([ "$PEER_TYPECHECK" = 1 ] && echo -Dorg.kie.dmn.runtime.typecheck=true)
fi

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
ready() { for _ in $(seq 1 1200); do curl -sf -o /dev/null "http://127.0.0.1:$1/q/health/ready" && return 0; sleep 0.02; done; return 1; }
# The JVM ignores an AppCDS archive whose jars changed since it was written (a copy made with cp
# without -p has new modification times) and starts without it: refuse to measure that.
archived() { # NAME
  if grep -q "Unable to use shared archive" "$WORK/$1.log"; then
    echo "$1 started without its AppCDS archive (copy application directories with cp -a): $WORK/$1.log" >&2; exit 1
  fi
}
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
# async-profiler, attached to a running JVM: profile NAME's rounds only (start, then resume; dump at the end).
profiler() { # PID COMMAND
  jcmd "$1" JVMTI.agent_load "$ASYNC_PROFILER" "\"$2\"" >/dev/null
}
if [ -n "${PROFILE:-}" ]; then
  mkdir -p "$PROFILE"
  if [ -z "${ASYNC_PROFILER:-}" ]; then
    mvn -B -q dependency:get -Dartifact=tools.profiler:async-profiler:3.0 >/dev/null 2>&1 \
      || { echo "async-profiler could not be fetched from Maven Central: set ASYNC_PROFILER" >&2; exit 1; }
    unzip -q -o -d "$WORK/async-profiler" ~/.m2/repository/tools/profiler/async-profiler/3.0/async-profiler-3.0.jar 'linux-x64/*'
    ASYNC_PROFILER=$WORK/async-profiler/linux-x64/libasyncProfiler.so
  fi
fi
# Methods the JIT compiled so far (all tiers): a count still rising during the rounds means the JVM is warming up.
jit_compiles() { jstat -compiler "$1" 2>/dev/null | awk 'NR == 2 {print $1}'; }
# KB the JVM allocated so far, approximately: eden in use plus a full eden per young collection (a
# collection starts when eden is full). Unlike req/s, per request it hardly varies from round to round.
allocated_kb() { jstat -gc "$1" 2>/dev/null | awk 'NR == 2 {printf "%.0f", $6 + $13 * $5}'; }
# Context switches of all the JVM's threads so far (voluntary: a thread waits for another; involuntary: preempted).
ctx_switches() { cat /proc/"$1"/task/*/status 2>/dev/null | awk '/ctxt_switches/ {s += $2} END {print s + 0}'; }
pg_ticks() { for p in $(pgrep -u postgres 2>/dev/null); do cat "/proc/$p/stat" 2>/dev/null; done | awk '{s += $14 + $15} END {print s + 0}'; }
now_ms() { date +%s%3N; }
TICK=$(getconf CLK_TCK)
load() { cut -d' ' -f1-3 /proc/loadavg; }

export QUARKUS_SECURITY_USERS_EMBEDDED_USERS_BENCH=bench-secret
export QUARKUS_SECURITY_USERS_EMBEDDED_ROLES_BENCH=clinician,auditor
AUTH=$(printf 'bench:bench-secret' | base64)
SCHEMA=peercmp_$$
BEFORE=${BEFORE:-}
PIDS=()
# The JVMs are started in a subshell (command substitution), so they are not this shell's children: wait by polling.
stop() { kill "$1" 2>/dev/null || return 0; for _ in $(seq 1 300); do kill -0 "$1" 2>/dev/null || return 0; sleep 0.1; done; kill -9 "$1" 2>/dev/null || true; }
cleanup() {
  for pid in "${PIDS[@]}"; do stop "$pid"; done
  for s in $SCHEMA ${SCHEMA}_before; do psql -q -h 127.0.0.1 -U postgres -d test -c "DROP SCHEMA IF EXISTS $s CASCADE" 2>/dev/null || true; done
}
trap cleanup EXIT

# start NAME APP_DIR PORT [system properties...]: prints the pid; JVM flags alike for every app.
start() {
  local name=$1 dir=$2 port=$3; shift 3
  # shellcheck disable=SC2086
  (cd "$dir" && exec java -XX:SharedArchiveFile=app-cds.jsa -Xshare:auto $JAVA_OPTS -Dquarkus.http.port="$port" "$@" \
    ${JFR:+-XX:StartFlightRecording=filename=$JFR/$name.jfr,settings=profile -XX:FlightRecorderOptions:stackdepth=512} \
    -jar quarkus-run.jar) >"$WORK/$name.log" 2>&1 &
  echo $!
}
# The service as the README starts it, with the production PostgreSQL audit store (a fresh schema).
service_env() { # [schema]
  local SCHEMA=${1:-$SCHEMA}
  export QUARKUS_PROFILE=prod,postgresql
  export QUARKUS_DATASOURCE_POSTGRESQL_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/test?currentSchema=$SCHEMA"
  export QUARKUS_DATASOURCE_POSTGRESQL_USERNAME=${PGUSER:-postgres} QUARKUS_DATASOURCE_POSTGRESQL_PASSWORD=${PGPASSWORD:-unused-with-trust-auth}
  export QUARKUS_FLYWAY_POSTGRESQL_SCHEMAS=$SCHEMA
}

echo "peer-compare: work directory $WORK" >&2
service_env
SVC_PORT=$(free_port); PEER_PORT=$(free_port); OFF_PORT=$(free_port)
# shellcheck disable=SC2086
SVC_PID=$(start service "$SVC_APP" "$SVC_PORT" -Dsrt.data-dir="$WORK/data-service" ${SERVICE_OPTS:-}); PIDS+=("$SVC_PID")
ready "$SVC_PORT" || { echo "service not ready" >&2; cat "$WORK/service.log" >&2; exit 1; }
archived service
PEER_PID=$(start peer "$PEER_APP" "$PEER_PORT"); PIDS+=("$PEER_PID")
ready "$PEER_PORT" || { echo "peer not ready" >&2; cat "$WORK/peer.log" >&2; exit 1; }
archived peer
if [ "$OFF" = 1 ]; then
  # shellcheck disable=SC2086
  OFF_PID=$(start service-off "$SVC_APP" "$OFF_PORT" -Dsrt.data-dir="$WORK/data-off" -Dsrt.audit.enabled=false ${SERVICE_OPTS:-}); PIDS+=("$OFF_PID")
  ready "$OFF_PORT" || { echo "service (audit off) not ready" >&2; cat "$WORK/service-off.log" >&2; exit 1; }
  archived service-off
fi
if [ -n "$BEFORE" ]; then
  service_env "${SCHEMA}_before"; BEFORE_PORT=$(free_port)
  # shellcheck disable=SC2086
  BEFORE_PID=$(start before "$BEFORE" "$BEFORE_PORT" -Dsrt.data-dir="$WORK/data-before" ${BEFORE_OPTS:-}); PIDS+=("$BEFORE_PID")
  ready "$BEFORE_PORT" || { echo "before not ready" >&2; cat "$WORK/before.log" >&2; exit 1; }
  archived before
  service_env
fi

# The same case on both: the service's answer and audit record, then the record's engine context to the peer.
curl -sf -D "$WORK/headers.txt" -o "$WORK/service-answer.json" -H "Authorization: Basic $AUTH" \
  -H 'Content-Type: application/json' --data-binary @bench/audit-case.json "http://127.0.0.1:$SVC_PORT/api/assessments"
AUDIT_ID=$(tr -d '\r' <"$WORK/headers.txt" | sed -n 's/^[Xx]-[Aa]udit-[Ii]d: *//p')
curl -sf -o "$WORK/record.json" -H "Authorization: Basic $AUTH" "http://127.0.0.1:$SVC_PORT/api/audit/$AUDIT_ID"
python3 - "$WORK/record.json" "$WORK/peer-case.json" <<'EOF'
import json, sys
record = json.load(open(sys.argv[1]))
calls = [i for i in record["invocations"] if i["modelName"] == "pathway"]
assert len(calls) == 1 and calls[0]["decisionService"] == "pathwayService", calls
json.dump(calls[0]["context"], open(sys.argv[2], "w"))
json.dump(calls[0]["results"], open(sys.argv[2] + ".results", "w"))
EOF
PEER_PATH=/pathway/pathwayService
PEER_WHAT="stock Kogito"; [ "$PEER_TYPECHECK" = 1 ] && PEER_WHAT="Kogito with the engine's runtime type checks on"
curl -sf -o "$WORK/peer-answer.json" -H 'Content-Type: application/json' -H 'Accept: application/json' \
  --data-binary @"$WORK/peer-case.json" "http://127.0.0.1:$PEER_PORT$PEER_PATH"
SAME=$(python3 - "$WORK/peer-case.json.results" "$WORK/peer-answer.json" "$WORK/service-answer.json" <<'EOF'
import decimal, json, sys
def norm(v):
    if isinstance(v, bool) or v is None or isinstance(v, str): return v
    if isinstance(v, (int, float, decimal.Decimal)): return decimal.Decimal(str(v)).normalize()
    if isinstance(v, list): return [norm(x) for x in v]
    return {k: norm(x) for k, x in v.items()}
load = lambda p: json.load(open(p), parse_float=decimal.Decimal)
service_results, peer, answer = load(sys.argv[1]), load(sys.argv[2]), load(sys.argv[3])
# Kogito's generated endpoint answers the decision service's result context (older versions wrap it in a DMN result).
peer_results = peer.get("result", peer) if isinstance(peer, dict) else peer
if isinstance(peer_results, dict) and "decisionResults" in peer_results:
    peer_results = {d["decisionName"]: d["result"] for d in peer_results["decisionResults"]}
different = sorted(k for k in service_results if norm(service_results[k]) != norm(peer_results.get(k)))
pathway = answer["recommendation"]["pathway"]
peer_pathway = (peer_results.get("candidacy") or {}).get("pathway")
if pathway != peer_pathway or service_results["candidacy"]["pathway"] != pathway or different:
    print(f"DIFFERENT: service {pathway}, peer {peer_pathway}; decisions that differ: {different}", file=sys.stderr)
    sys.exit(1)
print(f"{pathway} ({len(service_results)} decision results equal)")
EOF
) || { echo "the service and the peer do not answer the same for the case: see $WORK" >&2; exit 1; }
echo "same answer: $SAME" >&2

export AUTH BODY_FILE
# run NAME PORT PATH BODY DURATION FILE [PID PG]: wrk against one instance alone.
run() {
  BODY_FILE=$4 wrk -t"$THREADS" -c"$CONNECTIONS" -d"$5" --timeout 10s --latency -s bench/audit-assess.lua "http://127.0.0.1:$2$3" >"$6"
  if grep -q "Non-2xx\|Socket errors" "$6"; then echo "$1: error answers or socket errors in $6" >&2; cat "$6" >&2; exit 1; fi
}
svc_body=bench/audit-case.json; peer_body=$WORK/peer-case.json
# WARMUP=0: no warm-up, the rounds start from cold (with many ROUNDS: the warm-up curve of each instance).
# ROUNDS=0 (start-up only): nothing to warm up for.
for w in $(case $ROUNDS:$WARMUP in 0:*|*:0|*:0s) ;; *) echo service peer; [ "$OFF" = 1 ] && echo service-off; echo ${BEFORE:+before} ;; esac); do
  case $w in
    service) run "$w" "$SVC_PORT" /api/assessments "$svc_body" "$WARMUP" "$WORK/warmup-$w.txt" ;;
    service-off) run "$w" "$OFF_PORT" /api/assessments "$svc_body" "$WARMUP" "$WORK/warmup-$w.txt" ;;
    peer) run "$w" "$PEER_PORT" "$PEER_PATH" "$peer_body" "$WARMUP" "$WORK/warmup-$w.txt" ;;
    before) run "$w" "$BEFORE_PORT" /api/assessments "$svc_body" "$WARMUP" "$WORK/warmup-$w.txt" ;;
  esac
done
LOAD_BEFORE=$(load)
measure() { # NAME PORT PATH BODY PID PG ROUND: one measured round, one table row
  local c0 p0 c1 p1 j0 j1 n ticks t0 f="$WORK/round$7-$1.txt"
  if [ -n "${PROFILE:-}" ]; then profiler "$5" "$([ "$7" = 1 ] && echo start,event=itimer,interval=2ms,threads || echo resume)"; fi
  j0=$(jit_compiles "$5"); a0=$(allocated_kb "$5"); x0=$(ctx_switches "$5"); c0=$(cpu_ticks "$5"); p0=$(pg_ticks); t0=$(date -u +%H:%M:%S.%3N)
  run "$1" "$2" "$3" "$4" "$DURATION" "$f"
  c1=$(cpu_ticks "$5"); p1=$(pg_ticks); x1=$(ctx_switches "$5"); a1=$(allocated_kb "$5"); j1=$(jit_compiles "$5")
  if [ -n "${PROFILE:-}" ]; then profiler "$5" stop; fi
  if [ -n "${JFR:-}" ]; then echo "$1 $t0 $(date -u +%H:%M:%S.%3N) $(awk '/requests in/ {print $1}' "$f")" >>"$JFR/rounds.txt"; fi
  n=$(awk '/requests in/ {print $1}' "$f"); ticks=$(( c1 - c0 )); [ "$6" = 1 ] && ticks=$(( ticks + p1 - p0 ))
  printf '%s %s %s %s %s %s %s %s %s %s\n' "$1" "$(awk '/Requests\/sec/ {print $2}' "$f")" "$(awk '$1=="50%" {print $2}' "$f")" \
    "$(awk '$1=="99%" {print $2}' "$f")" "$(echo "scale=3; 1000 * $ticks / $TICK / $n" | bc)" \
    "$([ -n "$j0" ] && [ -n "$j1" ] && echo $(( j1 - j0 )) || echo -)" $(( c1 - c0 )) "$n" \
    "$([ -n "$a0" ] && [ -n "$a1" ] && echo $(( (a1 - a0) / n )) || echo -)" "$(echo "scale=1; ($x1 - $x0) / $n" | bc)" >>"$WORK/rounds.txt"
}
: >"$WORK/rounds.txt"
for r in $(seq 1 "$ROUNDS"); do
  measure peer "$PEER_PORT" "$PEER_PATH" "$peer_body" "$PEER_PID" 0 "$r"
  measure service "$SVC_PORT" /api/assessments "$svc_body" "$SVC_PID" 1 "$r"
  if [ "$OFF" = 1 ]; then measure service-off "$OFF_PORT" /api/assessments "$svc_body" "$OFF_PID" 0 "$r"; fi
  if [ -n "$BEFORE" ]; then measure before "$BEFORE_PORT" /api/assessments "$svc_body" "$BEFORE_PID" 1 "$r"; fi
done
LOAD_AFTER=$(load)
if [ -n "${PROFILE:-}" ]; then
  while read -r name pid; do
    [ -n "$pid" ] && profiler "$pid" "dump,file=$PROFILE/$name.collapsed,collapsed"
  done <<<"peer $PEER_PID
service $SVC_PID
service-off ${OFF_PID:-}
before ${BEFORE_PID:-}"
fi
rss() { awk '/VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$1/status"; }
RSS_SVC=$(rss "$SVC_PID"); RSS_PEER=$(rss "$PEER_PID"); RSS_OFF=$([ "$OFF" = 1 ] && rss "$OFF_PID" || echo -)
RSS_BEFORE=$([ -n "$BEFORE" ] && rss "$BEFORE_PID" || echo -)
cleanup; PIDS=()
if [ -n "${JFR:-}" ]; then sleep 2; fi

# Start-up to ready, alternating, the same flags (service: README run, embedded H2 store). "service" is
# a first start (a fresh data directory: the schema is created), "service-restart" a restart on the data
# directory that start left (the schema exists and is only validated, as at every later start of an
# installation, or of a replica on a migrated PostgreSQL); the peer keeps no state, so its starts are both.
unset QUARKUS_PROFILE QUARKUS_DATASOURCE_POSTGRESQL_JDBC_URL QUARKUS_FLYWAY_POSTGRESQL_SCHEMAS
JFR_SAVED=${JFR:-}; JFR=
: >"$WORK/starts.txt"
for s in $(seq 1 "$STARTS"); do
  for app in service peer service-restart; do
    port=$(free_port); dir=$SVC_APP; [ $app = peer ] && dir=$PEER_APP
    t0=$(now_ms); pid=$(start "start-$app-$s" "$dir" "$port" -Dsrt.data-dir="$WORK/data-start-$s"); PIDS+=("$pid")
    ready "$port" || { echo "$app not ready" >&2; cat "$WORK/start-$app-$s.log" >&2; exit 1; }
    archived "start-$app-$s"
    echo "$app $(( $(now_ms) - t0 ))" >>"$WORK/starts.txt"
    stop "$pid"; PIDS=()
  done
done
JFR=$JFR_SAVED

python3 - "$WORK" "$ROUNDS" "$OFF" "${BEFORE:+1}" <<EOF >"$WORK/section.md"
import statistics, sys
work, rounds, off, before = sys.argv[1], int(sys.argv[2]), sys.argv[3] == "1", sys.argv[4] == "1"
rows = [l.split() for l in open(f"{work}/rounds.txt")]
by = {}
for name, rps, p50, p99, cpu, jit, ticks, n, kb, cs in rows:
    by.setdefault(name, []).append((float(rps), p50, p99, float(cpu), jit, kb, cs))
starts = {}
for l in open(f"{work}/starts.txt"):
    app, ms = l.split(); starts.setdefault(app, []).append(int(ms) / 1000)
names = ["peer", "service"] + (["service-off"] if off else []) + (["before"] if before else [])
what = {"peer": "$PEER_WHAT \`POST /pathway/pathwayService\` (context from the audit record)",
        "service": "service \`POST /api/assessments\`, audit on PostgreSQL",
        "service-off": "service \`POST /api/assessments\`, audit disabled",
        "before": "service before the change (\`BEFORE\`), audit on PostgreSQL"}
rss = {"peer": "$RSS_PEER", "service": "$RSS_SVC", "service-off": "$RSS_OFF", "before": "$RSS_BEFORE"}
if rounds:  # ROUNDS=0: start-up only
    print("| instance | req/s per round | mean req/s | p50 / p99 per round | CPU ms/req per round | JIT compilations per round | KB allocated / context switches per req, per round | RSS after load |")
    print("|---|---|---|---|---|---|---|---|")
    mean = {}
    for n in names:
        r = by[n]; mean[n] = statistics.mean(x[0] for x in r)
        print(f"| {what[n]} | {' / '.join(f'{x[0]:.0f}' for x in r)} | **{mean[n]:.0f}** | "
              f"{', '.join(f'{x[1]} / {x[2]}' for x in r)} | {' / '.join(f'{x[3]:.2f}' for x in r)} | {' / '.join(x[4] for x in r)} | "
              f"{', '.join(f'{x[5]} / {x[6]}' for x in r)} | {rss[n]} MB |")
    print()
    ratio = [s[0] / p[0] for s, p in zip(by["service"], by["peer"])]
    print(f"- **audited / peer: {mean['service'] / mean['peer']:.2f}** (per round {', '.join(f'{x:.2f}' for x in ratio)})")
    if off:
        ov = [s[0] / o[0] for s, o in zip(by["service"], by["service-off"])]
        print(f"- audit off / peer: {mean['service-off'] / mean['peer']:.2f}; **audited / audit off: "
              f"{mean['service'] / mean['service-off']:.2f}** (per round {', '.join(f'{x:.2f}' for x in ov)})")
    if before:
        bf = [s[0] / b[0] for s, b in zip(by["service"], by["before"])]
        print(f"- before / peer: {mean['before'] / mean['peer']:.2f}; **after / before: "
              f"{mean['service'] / mean['before']:.2f}** (per round {', '.join(f'{x:.2f}' for x in bf)})")
    # Warm-up not over: an instance whose first round ran below 85 % of its last two (machines differ in
    # how long the JIT needs; the means then include the warm-up, not only the warm state).
    cold = [f"{n} (round 1 at {by[n][0][0] / statistics.mean(x[0] for x in by[n][-2:]) * 100:.0f} % of the last two)"
            for n in names if rounds >= 3 and by[n][0][0] < 0.85 * statistics.mean(x[0] for x in by[n][-2:])]
    if cold:
        print(f"- still warming up in the rounds: {', '.join(cold)}; the means include warm-up (a longer WARMUP measures the warm state)")
med = {a: statistics.median(v) for a, v in starts.items()}
print(f"- start-up to ready, median of {len(starts['service'])} alternating starts: service {med['service']:.2f} s "
      f"({', '.join(f'{x:.2f}' for x in starts['service'])}), peer {med['peer']:.2f} s "
      f"({', '.join(f'{x:.2f}' for x in starts['peer'])}): **{med['service'] / med['peer']:.2f}x**")
print(f"- restarts (the same data directory again, schema current), alternating with the above: service "
      f"{med['service-restart']:.2f} s ({', '.join(f'{x:.2f}' for x in starts['service-restart'])}): "
      f"**{med['service-restart'] / med['peer']:.2f}x** the peer's median")
EOF

if [ -n "${PROFILE:-}" ]; then
  args=()
  for name in peer service service-off before; do
    grep -q "^$name " "$WORK/rounds.txt" && [ -f "$PROFILE/$name.collapsed" ] || continue
    args+=("$name=$PROFILE/$name.collapsed:$(awk -v name="$name" -v tick="$TICK" '$1 == name {t += $7; n += $8}
      END {printf "%.4f", 1000 * t / tick / n}' "$WORK/rounds.txt")")
  done
  { echo; echo "Where each request's CPU goes (\`PROFILE\`: async-profiler, CPU time of all threads during the measured"
    echo "rounds; JVM only, PostgreSQL's own CPU is not in these figures; parts as in bench/cpu-parts.py):"; echo
    python3 bench/cpu-parts.py "${args[@]}"; } >>"$WORK/section.md"
fi

{
  echo
  echo "#### $(date -u '+%Y-%m-%d %H:%M UTC')${LABEL:+: $LABEL}"
  echo
  echo "$(nproc) CPUs ($(lscpu | sed -n 's/^Model name: *//p')), $(java -version 2>&1 | head -1); git $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- service rules dmn || echo '+changes');"
  echo "\`bench/peer-compare.sh\` WARMUP=$WARMUP ROUNDS=$ROUNDS DURATION=$DURATION, \`wrk -t$THREADS -c$CONNECTIONS\`, JVM flags \`${JAVA_OPTS/#@$ROOT\//@}\` + AppCDS for both;"
  [ -n "${SERVICE_OPTS:-}${BEFORE_OPTS:-}" ] && echo "Settings: service \`${SERVICE_OPTS:-}\`; before \`${BEFORE_OPTS:-}\`."
  echo "load average (1/5/15 min) before the rounds $LOAD_BEFORE, after $LOAD_AFTER. Same answer: $SAME."
  echo
  cat "$WORK/section.md"
} >"$WORK/result.md"
cat "$WORK/result.md"
if [ "$RESULTS" != - ]; then cat "$WORK/result.md" >>"$RESULTS"; fi
