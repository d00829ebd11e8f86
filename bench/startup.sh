#!/usr/bin/env bash
# Start-up time of the packaged service in JVM mode (issue #7), default run (embedded H2 audit store,
# fresh data dir), for several JVM flag sets: RUNS starts each, reporting Quarkus' "started in" and
# the wall time from exec to the first successful GET /q/health/ready (median and range).
#
#   bench/startup.sh ["<flags>" ...]     Env: RUNS (5)
# Default flag sets: none; AppCDS; C1 only; AppCDS + C1 only; serial GC; AppCDS + serial GC.
# The AppCDS sets use the archive that mvn package writes (service/src/build/CdsTraining.java).
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-5}
APP=service/target/quarkus-app
# Started from the application directory: an AppCDS archive only applies to the class path it was built with.
CDS="-XX:SharedArchiveFile=app-cds.jsa -Xshare:auto"
FLAGSETS=("$@")
[ ${#FLAGSETS[@]} -gt 0 ] || FLAGSETS=("" "$CDS" "-XX:TieredStopAtLevel=1" "$CDS -XX:TieredStopAtLevel=1" "-XX:+UseSerialGC" "$CDS -XX:+UseSerialGC")
WORK=$(mktemp -d /tmp/startup.XXXXXX)
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
export QUARKUS_SECURITY_USERS_EMBEDDED_USERS_BENCH=bench-secret
export QUARKUS_SECURITY_USERS_EMBEDDED_ROLES_BENCH=clinician
median() { sort -n | awk '{a[NR] = $1} END {printf "%.2f (%.2f-%.2f)", a[int((NR + 1) / 2)], a[1], a[NR]}'; }
echo "# $(date -u '+%Y-%m-%d %H:%M UTC'); $(nproc) CPUs; $(java -version 2>&1 | head -1); $RUNS starts per flag set"
echo "| JVM flags | load before | Quarkus \"started in\" s, median (min-max) | exec to ready s, median (min-max) |"
echo "|---|---|---|---|"
set=0
for flags in "${FLAGSETS[@]}"; do
  set=$((set + 1))
  load=$(cut -d' ' -f1 /proc/loadavg)
  : >"$WORK/quarkus.txt"; : >"$WORK/ready.txt"
  for run in $(seq 1 "$RUNS"); do
    port=$(free_port); log="$WORK/set$set-run$run.log"
    start=$(date +%s%3N)
    # shellcheck disable=SC2086
    (cd $APP && exec java $flags -Xlog:cds=warning -Dquarkus.http.port="$port" -Dsrt.data-dir="$WORK/data-$set-$run" -jar quarkus-run.jar) >"$log" 2>&1 & pid=$!
    until curl -sf -o /dev/null "http://127.0.0.1:$port/q/health/ready"; do
      kill -0 "$pid" 2>/dev/null || { echo "service exited: $log" >&2; cat "$log" >&2; exit 1; }
      sleep 0.02
    done
    echo "scale=3; ($(date +%s%3N) - $start) / 1000" | bc >>"$WORK/ready.txt"
    sed -n 's/.*started in \([0-9.]*\)s.*/\1/p' "$log" | head -1 >>"$WORK/quarkus.txt"
    if grep -q "\[cds\]" "$log"; then echo "AppCDS warning (archive not used?): $log" >&2; fi
    kill "$pid"; wait "$pid" 2>/dev/null || true
  done
  printf '| `%s` | %s | %s | %s |\n' "${flags:-(none)}" "$load" "$(median <"$WORK/quarkus.txt")" "$(median <"$WORK/ready.txt")"
done
