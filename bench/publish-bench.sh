#!/usr/bin/env bash
# Assessment throughput with governed publishing (issue #20), same run, alternating rounds:
#   before     the service answering on the repository baseline (version 0, Kogito's generated models)
#   published  the same jar after a committee version was published through the API (version 1,
#              compiled in memory by DmnEngine; a rationale text of the recurrence model changed)
# Both instances run at once, each with its own embedded H2 audit file (the default run); wrk loads
# one at a time, ROUNDS times each, alternating, so drift in the shared machine's load hits both.
#
#   bench/publish-bench.sh      Env: ROUNDS (4), DURATION (30s), WARMUP (90s per instance),
#                               CONNECTIONS (16), BEFORE_JAR (default JAR: the same build), JAR
# Prints one row per round (req/s and the 1-minute load average before it) and the ratio of the sums.
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS=${ROUNDS:-4}; DURATION=${DURATION:-30s}; WARMUP=${WARMUP:-90s}; CONNECTIONS=${CONNECTIONS:-16}
JAR=${JAR:-service/target/quarkus-app/quarkus-run.jar}; BEFORE_JAR=${BEFORE_JAR:-$JAR}
OUT=${OUT:-$(mktemp -d /tmp/publish-bench.XXXXXX)}; mkdir -p "$OUT"
command -v wrk >/dev/null && command -v jq >/dev/null || { echo "needs wrk and jq" >&2; exit 1; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
ready() { for _ in $(seq 1 1200); do curl -sf -o /dev/null "http://127.0.0.1:$1/q/health/ready" && return 0; sleep 0.1; done; return 1; }
for u in BENCH:clinician COLIN:committee CORA:committee CYRIL:committee PETRA:publisher; do
  export "QUARKUS_SECURITY_USERS_EMBEDDED_USERS_${u%%:*}=bench-secret" "QUARKUS_SECURITY_USERS_EMBEDDED_ROLES_${u%%:*}=${u#*:}"
done
export AUTH BODY_FILE; AUTH=$(printf 'bench:bench-secret' | base64); BODY_FILE=bench/audit-case.json
PIDS=()
trap 'for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done' EXIT
start() { # name jar -> port
  local port; port=$(free_port)
  java @service/jvm.options -Dquarkus.http.port="$port" -Dsrt.data-dir="$OUT/data-$1" -jar "$2" >"$OUT/service-$1.log" 2>&1 &
  PIDS+=($!); ready "$port" || { cat "$OUT/service-$1.log" >&2; exit 1; }; echo "$port"
}
call() { # user method path json
  curl -sf -u "$1:bench-secret" -H 'Content-Type: application/json' -X "$2" "http://127.0.0.1:$P1$3" -d "$4"
}
P0=$(start before "$BEFORE_JAR"); P1=$(start published "$JAR")
old='confirmed by a second value of 0.2 ng/mL or more.'
xml=$(sed "s|$old|confirmed by a second value of 0.2 ng/mL or more (bench wording).|" dmn/recurrence.dmn)
proposal=$(call colin POST /api/committee/proposals "$(jq -n --arg x "$xml" '{title:"bench",rationale:"bench",models:[{name:"recurrence",xml:$x}]}')")
id=$(jq -r .id <<<"$proposal"); ack=$(jq -c .evidence.differingVignettes <<<"$proposal")
for r in cora cyril; do call "$r" POST "/api/committee/proposals/$id/reviews" "{\"decision\":\"APPROVE\",\"comment\":\"ok\",\"acknowledgedDifferences\":$ack}" >/dev/null; done
echo "# published: $(call petra POST "/api/committee/proposals/$id/publish" '{}' | jq -c '{version,effectiveFrom}')"
for p in "$P0" "$P1"; do wrk -t1 -c"$CONNECTIONS" -d"$WARMUP" --timeout 10s -s bench/audit-assess.lua "http://127.0.0.1:$p/api/assessments" >/dev/null; done
echo "# $(date -u '+%Y-%m-%d %H:%M UTC'); $(nproc) CPUs; wrk -t1 -c$CONNECTIONS -d$DURATION per round after $WARMUP warm-up each; raw output in $OUT"
echo "| round | instance | load before | req/s |"; echo "|---|---|---|---|"
sum0=0; sum1=0
for round in $(seq 1 "$ROUNDS"); do
  for inst in before published; do
    port=$P0; [ "$inst" = published ] && port=$P1
    load=$(cut -d' ' -f1 /proc/loadavg)
    wrk -t1 -c"$CONNECTIONS" -d"$DURATION" --timeout 10s -s bench/audit-assess.lua "http://127.0.0.1:$port/api/assessments" >"$OUT/wrk-$inst-$round.txt"
    if grep -q "Non-2xx\|Socket errors" "$OUT/wrk-$inst-$round.txt"; then cat "$OUT/wrk-$inst-$round.txt" >&2; exit 1; fi
    rps=$(awk '/Requests\/sec/ {print $2}' "$OUT/wrk-$inst-$round.txt")
    echo "| $round | $inst | $load | $rps |"
    if [ "$inst" = before ]; then sum0=$(echo "$sum0 + $rps" | bc); else sum1=$(echo "$sum1 + $rps" | bc); fi
  done
done
echo "published / before = $(echo "scale=3; $sum1 / $sum0" | bc)"
curl -sf -u bench:bench-secret -H 'Content-Type: application/json' "http://127.0.0.1:$P1/api/assessments" -d @"$BODY_FILE" \
  | grep -q 'bench wording' && echo "# the published instance answers with version 1 (checked)"
