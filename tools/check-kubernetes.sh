#!/usr/bin/env bash
# Validates the generated Kubernetes manifests (run after `mvn package`): schema of every resource,
# probes, writer id, ConfigMap/Secret references. Needs node and npm (npm registry).
#   tools/check-kubernetes.sh [service/target/kubernetes/kubernetes.yml]
set -euo pipefail
cd "$(dirname "$0")/.."
FILE=$(realpath "${1:-service/target/kubernetes/kubernetes.yml}")
DEPS=${KUBE_CHECK_DEPS:-/tmp/srt-kube-check}
mkdir -p "$DEPS"
[ -d "$DEPS/node_modules/kubernetes-models" ] || npm install --silent --no-audit --no-fund --prefix "$DEPS" kubernetes-models@5 yaml@2
cp tools/check-kubernetes.mjs "$DEPS/"
node "$DEPS/check-kubernetes.mjs" "$FILE"
