#!/usr/bin/env bash
# Cross-node freshness on PostgreSQL: two Sharpend nodes on one database; CHANGES changes made
# on node A (component statuses, incident timeline entries), each timed until node B shows it
# (its public summary.json; an incident page open on B). Run twice in the same invocation:
# with the cluster signals (PostgreSQL LISTEN/NOTIFY, the default) and, as the reference,
# with SHARPEND_CLUSTER_SIGNALS=false (B finds changes by its polls only). Prints p50/p95/max;
# exits non-zero when a p95 with signals is above TARGET_MS (default 250).
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
CHANGES=${CHANGES:-200}
REFERENCE_CHANGES=${REFERENCE_CHANGES:-50}
TARGET_MS=${TARGET_MS:-250}
PORT_A=${PORT_A:-18097}
PORT_B=${PORT_B:-18098}
HEAP=${HEAP:--Xmx512m}
PGHOST=${PGHOST:-127.0.0.1}
PGPORT=${PGPORT:-5432}
PGUSER=${PGUSER:-sharpend}
export PGPASSWORD=${PGPASSWORD:-sharpend}
TOKEN=shp_bench-token-with-every-permission
EMAIL=bench@example.com
PASSWORD=bench-password-1
WORK=$(mktemp -d /tmp/sharpend-freshness-bench.XXXXXX)
PIDS=()
PG_DATABASE=sharpend_freshness_bench_$$

stop_nodes() {
	for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true; done
	PIDS=()
}
cleanup() {
	stop_nodes
	psql -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" -d postgres -qc "drop database if exists $PG_DATABASE" >/dev/null || true
	rm -rf "$WORK"
}
trap cleanup EXIT

need() { command -v "$1" >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq "$2" >/dev/null; }; }
need curl curl
need psql postgresql-client

JAR=$(ls "$ROOT"/target/sharpend-*.jar 2>/dev/null | grep -v plain | head -1 || true)
if [ -z "$JAR" ]; then
	(cd "$ROOT" && ./mvnw -q -B -DskipTests package)
	JAR=$(ls "$ROOT"/target/sharpend-*.jar | grep -v plain | head -1)
fi

psql -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" -d postgres -qc "create database $PG_DATABASE" >/dev/null
MASTER_KEY=$(head -c 32 /dev/urandom | base64)

start_node() { # name port signals
	env SHARPEND_DATA_DIR="$WORK/$1" SERVER_PORT="$2" SHARPEND_CLUSTER_SIGNALS="$3" \
		SHARPEND_DATABASE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$PG_DATABASE" SHARPEND_DATABASE_USERNAME="$PGUSER" \
		SHARPEND_DATABASE_PASSWORD="$PGPASSWORD" SHARPEND_MASTER_KEY="$MASTER_KEY" \
		SHARPEND_BOOTSTRAP_ADMIN_EMAIL=$EMAIL SHARPEND_BOOTSTRAP_ADMIN_PASSWORD=$PASSWORD \
		SHARPEND_BOOTSTRAP_ADMIN_TOKEN=$TOKEN java $HEAP -jar "$JAR" > "$WORK/$1-$3.log" 2>&1 &
	local pid=$!
	PIDS+=("$pid")
	for _ in $(seq 1 600); do
		curl -fs "http://127.0.0.1:$2/actuator/health/readiness" >/dev/null 2>&1 && return 0
		kill -0 "$pid" 2>/dev/null || { tail -50 "$WORK/$1-$3.log"; exit 1; }
		sleep 0.2
	done
	echo "node $1 did not become ready"; exit 1
}

run() { # signals mode changes
	echo "== two nodes, SHARPEND_CLUSTER_SIGNALS=$1"
	start_node a "$PORT_A" "$1"
	start_node b "$PORT_B" "$1"
	java "$HERE/Measure.java" "http://127.0.0.1:$PORT_A" "http://127.0.0.1:$PORT_B" "$TOKEN" "$EMAIL" "$PASSWORD" \
		"$3" "$2" "$TARGET_MS" || status=$?
	stop_nodes
}

status=0
run true wait "$CHANGES"
run false poll "$REFERENCE_CHANGES"
exit $status
