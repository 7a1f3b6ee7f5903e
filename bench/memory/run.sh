#!/usr/bin/env bash
# Idle memory: starts Sharpend (the jar, -Xmx512m, a fresh embedded H2 database unless
# SHARPEND_DATABASE_URL is set), waits IDLE seconds (default 150) after it is ready without
# sending it anything, and prints its resident set size (VmRSS). Runs twice in the same
# invocation: as shipped, and as the reference with SHARPEND_MEMORY_IDLE_RETURN_INTERVAL=0
# (the heap kept as the JVM leaves it). Exits non-zero when the shipped figure is at or above
# TARGET_MB (default 300).
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
IDLE=${IDLE:-150}
TARGET_MB=${TARGET_MB:-300}
PORT=${PORT:-18112}
HEAP=${HEAP:--Xmx512m}
WORK=$(mktemp -d /tmp/sharpend-memory-bench.XXXXXX)
PID=
cleanup() {
	[ -n "$PID" ] && kill "$PID" 2>/dev/null && wait "$PID" 2>/dev/null || true
	rm -rf "$WORK"
}
trap cleanup EXIT

JAR=$(ls "$ROOT"/target/sharpend-*.jar 2>/dev/null | grep -v plain | head -1 || true)
if [ -z "$JAR" ]; then
	(cd "$ROOT" && ./mvnw -q -B -DskipTests package)
	JAR=$(ls "$ROOT"/target/sharpend-*.jar | grep -v plain | head -1)
fi

measure() { # label interval
	rm -rf "$WORK/data"
	SHARPEND_DATA_DIR="$WORK/data" SERVER_PORT=$PORT SHARPEND_MEMORY_IDLE_RETURN_INTERVAL="$2" \
		java $HEAP -jar "$JAR" > "$WORK/$1.log" 2>&1 &
	PID=$!
	for _ in $(seq 1 600); do
		curl -fs "http://127.0.0.1:$PORT/actuator/health/readiness" >/dev/null 2>&1 && break
		kill -0 "$PID" 2>/dev/null || { tail -50 "$WORK/$1.log"; exit 1; }
		sleep 0.2
	done
	sleep "$IDLE"
	local rss
	rss=$(awk '/VmRSS/ { print int($2 / 1024) }' "/proc/$PID/status")
	kill "$PID"; wait "$PID" 2>/dev/null || true
	PID=
	echo "$rss"
}

echo "== idle for $IDLE s after start, $HEAP"
shipped=$(measure shipped 1m)
reference=$(measure reference 0)
awk -v s="$shipped" -v r="$reference" -v t="$TARGET_MB" 'BEGIN {
	printf "idle RSS as shipped: %d MB   heap kept as the JVM leaves it: %d MB   (%.2fx)   target < %d MB: %s\n",
		s, r, s / r, t, (s < t) ? "ok" : "MISSED"
	exit (s < t) ? 0 : 1
}'
