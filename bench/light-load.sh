#!/usr/bin/env bash
# Latency at a clinic's load rather than at saturation (issue #16, session 14): two instances of the
# packaged service started as the README starts them (embedded audit store, fresh data directories),
# each with its own JVM flags, sent the bench case in alternation at RATE requests/s each from one
# keep-alive connection apiece; prints the median and p90 latency of each per 30 s window. Shows how
# soon each set of flags gets the request code compiled, which a saturating load hides.
#
#   bench/light-load.sh FLAGS_A FLAGS_B      Env: SECONDS_TOTAL (300), RATE (40), APP (service/target/quarkus-app)
#   e.g. bench/light-load.sh @service/jvm.options "@service/jvm.options -XX:Tier4InvocationThreshold=50000"
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
APP=${APP:-service/target/quarkus-app}
SECONDS_TOTAL=${SECONDS_TOTAL:-300}
RATE=${RATE:-40}
[ -f "$APP/quarkus-run.jar" ] || mvn -B -q -DskipTests -pl service -am package
WORK=$(mktemp -d /tmp/light-load.XXXXXX)
export QUARKUS_SECURITY_USERS_EMBEDDED_USERS_BENCH=bench-secret QUARKUS_SECURITY_USERS_EMBEDDED_ROLES_BENCH=clinician
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
PIDS=()
trap 'for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done' EXIT
start() { # NAME FLAGS PORT
  # shellcheck disable=SC2086
  (cd "$APP" && exec java -XX:SharedArchiveFile=app-cds.jsa -Xshare:auto ${2//@service\//@$ROOT/service/} \
    -Dquarkus.http.port="$3" -Dsrt.data-dir="$WORK/data-$1" -jar quarkus-run.jar) >"$WORK/$1.log" 2>&1 &
  PIDS+=($!)
}
PORT_A=$(free_port); start a "$1" "$PORT_A"
PORT_B=$(free_port); start b "$2" "$PORT_B"
for p in $PORT_A $PORT_B; do
  for _ in $(seq 1 1200); do curl -sf -o /dev/null "http://127.0.0.1:$p/q/health/ready" && continue 2; sleep 0.05; done
  echo "instance on port $p not ready: see $WORK" >&2; exit 1
done
if grep -q "Unable to use shared archive" "$WORK"/*.log; then echo "started without the AppCDS archive: see $WORK" >&2; exit 1; fi
echo "# $(date -u '+%Y-%m-%d %H:%M UTC'); $(nproc) CPUs; A: $1; B: $2; $RATE requests/s each"
python3 - "$PORT_A" "$PORT_B" "$SECONDS_TOTAL" "$RATE" bench/audit-case.json <<'PY'
import base64, http.client, statistics, sys, time
port_a, port_b, total, rate, case = int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4]), sys.argv[5]
body = open(case, "rb").read()
headers = {"Content-Type": "application/json", "Authorization": "Basic " + base64.b64encode(b"bench:bench-secret").decode()}
conns = {p: http.client.HTTPConnection("127.0.0.1", p) for p in (port_a, port_b)}
print("| window | A median / p90 ms | B median / p90 ms | requests each |\n|---|---|---|---|")
latencies = {port_a: [], port_b: []}
start = next_at = time.time()
window = 0
while time.time() - start < total:
    for p in (port_a, port_b):
        t = time.perf_counter()
        conns[p].request("POST", "/api/assessments", body, headers)
        answer = conns[p].getresponse()
        answer.read()
        if answer.status != 200:
            sys.exit(f"port {p} answered {answer.status}")
        latencies[p].append((time.perf_counter() - t) * 1000)
    next_at += 1 / rate
    time.sleep(max(0.0, next_at - time.time()))
    if time.time() - start >= (window + 1) * 30:
        window += 1
        a, b = latencies[port_a], latencies[port_b]
        print(f"| {window * 30 - 30}-{window * 30} s | {statistics.median(a):.2f} / {statistics.quantiles(a, n=10)[8]:.2f}"
              f" | {statistics.median(b):.2f} / {statistics.quantiles(b, n=10)[8]:.2f} | {len(a)} |", flush=True)
        latencies = {port_a: [], port_b: []}
PY
