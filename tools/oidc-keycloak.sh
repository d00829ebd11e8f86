#!/usr/bin/env bash
# Runs the packaged service in the "oidc" profile against a real Keycloak (not part of CI; about
# 45 s once the Keycloak zip is cached). Fetches keycloak-quarkus-dist from Maven Central with mvn,
# starts it in dev mode on a free port, creates realm "srt", client "srt-guide" (direct access
# grants, audience mapper), the four realm roles and test users through the admin REST API, checks
# that service/target/quarkus-app/quarkus-run.jar with QUARKUS_PROFILE=prod,oidc refuses to start
# without a client id, starts it with one, and checks what OidcBearerTokenTest checks with tokens
# from the password grant. Stops everything it started (docs/security.md).
#   tools/oidc-keycloak.sh            (KC_VERSION, KC_JAVA_HOME, KC_CACHE to override)
# Prints one line per check and "N passed, N failed"; exits non-zero if any check failed.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

KC_VERSION=${KC_VERSION:-26.5.6}
KC_CACHE=${KC_CACHE:-$HOME/.cache/srt-guide/keycloak}
JAR=$ROOT/service/target/quarkus-app/quarkus-run.jar
WORK=$(mktemp -d /tmp/srt-oidc-keycloak.XXXXXX)
KC_PID=
SVC_PID=

cleanup() {
    # Each was started in its own session (setsid): its process group id is its pid.
    for pid in $SVC_PID $KC_PID; do
        kill -TERM -- "-$pid" 2>/dev/null || true
    done
    for pid in $SVC_PID $KC_PID; do
        for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
        kill -KILL -- "-$pid" 2>/dev/null || true
    done
    rm -rf "$WORK"
}
trap cleanup EXIT

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

# json FIELD: one top-level field of the JSON document on stdin ("" when absent).
json() {
    python3 -c 'import json, sys; v = json.load(sys.stdin).get(sys.argv[1], ""); print(v if isinstance(v, str) else json.dumps(v))' "$1"
}

wait_for() { # URL SECONDS WHAT
    for _ in $(seq 1 "$2"); do
        curl -fsS -o /dev/null "$1" 2>/dev/null && return 0
        sleep 1
    done
    echo "$3 did not answer $1 within $2 s; log: $4" >&2
    tail -n 40 "$4" >&2
    exit 1
}

# Keycloak 26 needs Java 21 or newer; the service keeps the default JDK.
if [ -z "${KC_JAVA_HOME:-}" ]; then
    for jdk in /usr/lib/jvm/*/; do
        [ -x "$jdk/bin/java" ] || continue
        v=$("$jdk/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' || true)
        if [ -n "$v" ] && [ "${v%%.*}" -ge 21 ]; then KC_JAVA_HOME=${jdk%/}; break; fi
    done
fi
[ -n "${KC_JAVA_HOME:-}" ] || { echo "no JDK >= 21 under /usr/lib/jvm; set KC_JAVA_HOME" >&2; exit 1; }

ZIP=$KC_CACHE/keycloak-quarkus-dist-$KC_VERSION.zip
if [ ! -f "$ZIP" ]; then
    mkdir -p "$KC_CACHE"
    mvn -B -q dependency:copy -Dartifact="org.keycloak:keycloak-quarkus-dist:$KC_VERSION:zip" -DoutputDirectory="$KC_CACHE"
fi
if [ ! -f "$JAR" ]; then
    nice -n 19 mvn -B -o -q -pl service -am package -DskipTests
fi

unzip -q "$ZIP" -d "$WORK"
KC_HOME=$WORK/keycloak-$KC_VERSION
KC_PORT=$(free_port)
KC_MGMT_PORT=$(free_port)
KC_ADMIN_PASSWORD=$(python3 -c 'import secrets; print(secrets.token_urlsafe(18))')
USER_PASSWORD=$(python3 -c 'import secrets; print(secrets.token_urlsafe(18))')
KC=http://127.0.0.1:$KC_PORT

echo "Keycloak $KC_VERSION (Java: $KC_JAVA_HOME) on port $KC_PORT"
JAVA_HOME=$KC_JAVA_HOME KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=$KC_ADMIN_PASSWORD \
    setsid nice -n 19 "$KC_HOME/bin/kc.sh" start-dev --http-host=127.0.0.1 --http-port="$KC_PORT" \
    --http-management-port="$KC_MGMT_PORT" >"$WORK/keycloak.log" 2>&1 &
KC_PID=$!
wait_for "$KC/realms/master" 300 Keycloak "$WORK/keycloak.log"

ADMIN_TOKEN=$(curl -fsS "$KC/realms/master/protocol/openid-connect/token" -d grant_type=password \
    -d client_id=admin-cli -d username=admin --data-urlencode "password=$KC_ADMIN_PASSWORD" | json access_token)
admin() { # METHOD PATH [JSON]
    curl -fsS -X "$1" "$KC/admin/realms$2" -H "Authorization: Bearer $ADMIN_TOKEN" \
        -H 'Content-Type: application/json' ${3:+--data "$3"}
}

admin POST "" '{"realm": "srt", "enabled": true}'
for role in clinician committee auditor admin; do
    admin POST /srt/roles "{\"name\": \"$role\"}"
done
# srt-guide: the service's client; its audience mapper puts "srt-guide" in "aud", which the oidc
# profile requires. other-client: same realm, no such mapper, so its tokens must be refused.
admin POST /srt/clients '{"clientId": "srt-guide", "publicClient": true, "directAccessGrantsEnabled": true,
  "standardFlowEnabled": false, "protocolMappers": [{"name": "srt-guide audience", "protocol": "openid-connect",
  "protocolMapper": "oidc-audience-mapper", "config": {"included.client.audience": "srt-guide",
  "access.token.claim": "true", "id.token.claim": "false"}}]}'
admin POST /srt/clients '{"clientId": "other-client", "publicClient": true, "directAccessGrantsEnabled": true,
  "standardFlowEnabled": false}'

add_user() { # NAME [ROLE]
    admin POST /srt/users "{\"username\": \"$1\", \"enabled\": true, \"email\": \"$1@example.org\",
      \"emailVerified\": true, \"firstName\": \"$1\", \"lastName\": \"Test\",
      \"credentials\": [{\"type\": \"password\", \"value\": \"$USER_PASSWORD\", \"temporary\": false}]}"
    if [ -n "${2:-}" ]; then
        local id role
        id=$(admin GET "/srt/users?username=$1&exact=true" | python3 -c 'import json, sys; print(json.load(sys.stdin)[0]["id"])')
        role=$(admin GET "/srt/roles/$2")
        admin POST "/srt/users/$id/role-mappings/realm" "[$role]"
    fi
}
add_user clara clinician
add_user audrey auditor
add_user nora

token() { # USER [CLIENT]
    curl -fsS "$KC/realms/srt/protocol/openid-connect/token" -d grant_type=password -d "client_id=${2:-srt-guide}" \
        -d "username=$1" --data-urlencode "password=$USER_PASSWORD" | json access_token
}

PASSED=0
FAILED=0
check() { # NAME EXPECTED ACTUAL
    if [ "$2" = "$3" ]; then
        PASSED=$((PASSED + 1)); echo "PASS $1: $3"
    else
        FAILED=$((FAILED + 1)); echo "FAIL $1: expected $2, got $3"
    fi
}

# Without a client id the profile's audience expression resolves to nothing, which would accept
# every client's tokens: OidcAudienceGuard must stop the start-up instead (bounded by timeout).
NO_CLIENT_RC=0
QUARKUS_PROFILE=prod,oidc QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT=$(free_port) SRT_DATA_DIR=$WORK/no-client \
    QUARKUS_OIDC_AUTH_SERVER_URL=$KC/realms/srt timeout 120 nice -n 19 java -jar "$JAR" >"$WORK/no-client.log" 2>&1 \
    || NO_CLIENT_RC=$?
if [ "$NO_CLIENT_RC" -ne 0 ] && [ "$NO_CLIENT_RC" -ne 124 ] && grep -q "no token audience is configured" "$WORK/no-client.log"; then
    check "service without QUARKUS_OIDC_CLIENT_ID" "refuses to start" "refuses to start"
else
    check "service without QUARKUS_OIDC_CLIENT_ID" "refuses to start" "exit status $NO_CLIENT_RC"
fi

SVC_PORT=$(free_port)
SVC=http://127.0.0.1:$SVC_PORT
echo "service on port $SVC_PORT, issuer $KC/realms/srt"
QUARKUS_PROFILE=prod,oidc QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT=$SVC_PORT SRT_DATA_DIR=$WORK/data \
    QUARKUS_OIDC_AUTH_SERVER_URL=$KC/realms/srt QUARKUS_OIDC_CLIENT_ID=srt-guide \
    setsid nice -n 19 java -jar "$JAR" >"$WORK/service.log" 2>&1 &
SVC_PID=$!
wait_for "$SVC/q/health/ready" 180 "the service" "$WORK/service.log"

status() { # TOKEN METHOD PATH (TOKEN "" = none)
    curl -s -o /dev/null -w '%{http_code}' -X "$2" "$SVC$3" ${1:+-H "Authorization: Bearer $1"} \
        -H 'Content-Type: application/json' ${4:+--data "$4"}
}

ASSESSMENT=$(python3 -c 'import json, re, sys
src = open(sys.argv[1]).read()
print(json.dumps(json.loads(re.search(r"ASSESSMENT = \"\"\"(.*?)\"\"\"", src, re.S).group(1))))' \
    service/src/test/java/org/srtguide/TestRequests.java)
CLARA=$(token clara)
AUDREY=$(token audrey)
NORA=$(token nora)
CLARA_OTHER=$(token clara other-client)

CODE=$(curl -s -D "$WORK/headers" -o /dev/null -w '%{http_code}' "$SVC/api/assessments" \
    -H "Authorization: Bearer $CLARA" -H 'Content-Type: application/json' --data "$ASSESSMENT")
AUDIT_ID=$(tr -d '\r' <"$WORK/headers" | sed -n 's/^[Xx]-[Aa]udit-[Ii]d: //p')
check "clinician token, POST /api/assessments" 200 "$CODE"
check "audit record principal = preferred_username" clara \
    "$(curl -s "$SVC/api/audit/$AUDIT_ID" -H "Authorization: Bearer $AUDREY" | json principal)"
check "auditor token, POST /api/assessments" 403 "$(status "$AUDREY" POST /api/assessments "$ASSESSMENT")"
check "auditor token, GET /api/audit" 200 "$(status "$AUDREY" GET /api/audit)"
check "clinician token, GET /api/audit" 403 "$(status "$CLARA" GET /api/audit)"
check "token without a service role, POST /api/assessments" 403 "$(status "$NORA" POST /api/assessments "$ASSESSMENT")"
check "no token, POST /api/assessments" 401 "$(status "" POST /api/assessments "$ASSESSMENT")"
check "token of another client (audience), POST /api/assessments" 401 "$(status "$CLARA_OTHER" POST /api/assessments "$ASSESSMENT")"
check "token of another realm (issuer, signature), GET /api/audit" 401 "$(status "$ADMIN_TOKEN" GET /api/audit)"
check "altered token (signature), GET /api/audit" 401 "$(status "${AUDREY%?????}AAAAA" GET /api/audit)"

echo "Keycloak $KC_VERSION, service $(git -C "$ROOT" rev-parse --short HEAD)"
echo "$PASSED passed, $FAILED failed"
[ "$FAILED" -eq 0 ]
