#!/usr/bin/env bash
# Publishing a 200 kB review through the API, timed by Publish.java against publishing a
# review of ten one-line sections (the cost of a publish without much text to check).
# Called by run.sh with PUBLISH=1; usage: publish.sh <sharpend jar>.
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
JAR=$1
SHARPEND_PORT=${SHARPEND_PORT:-18097}
HEAP=${HEAP:--Xmx512m}
TOKEN=shp_bench-token-with-every-permission
WORK=$(mktemp -d /tmp/sharpend-publish-bench.XXXXXX)
SHARPEND_PID=
cleanup() {
	if [ -n "$SHARPEND_PID" ]; then
		kill "$SHARPEND_PID" 2>/dev/null && wait "$SHARPEND_PID" 2>/dev/null || true
	fi
	rm -rf "$WORK"
}
trap cleanup EXIT

API=http://127.0.0.1:$SHARPEND_PORT
env SHARPEND_DATA_DIR="$WORK/data" SERVER_PORT=$SHARPEND_PORT SHARPEND_BOOTSTRAP_ADMIN_EMAIL=bench@example.com \
	SHARPEND_BOOTSTRAP_ADMIN_PASSWORD=bench-password-1 SHARPEND_BOOTSTRAP_ADMIN_TOKEN=$TOKEN \
	java $HEAP -jar "$JAR" > "$WORK/sharpend.log" 2>&1 &
SHARPEND_PID=$!
for _ in $(seq 1 600); do
	curl -fs "$API/actuator/health/readiness" >/dev/null 2>&1 && break
	kill -0 "$SHARPEND_PID" 2>/dev/null || { tail -50 "$WORK/sharpend.log"; exit 1; }
	sleep 0.2
done

echo "== publishing through the API (H2, $HEAP)"
java "$HERE/Publish.java" "$API" "$TOKEN" "$ROOT/src/test/resources/language/documents"
