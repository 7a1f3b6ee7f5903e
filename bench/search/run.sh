#!/usr/bin/env bash
# Search benchmark: generates a history of INCIDENTS incidents (default 100,000; each with
# an alert group, components, four timeline entries and now and then a refuted hypothesis)
# straight into a fresh database, starts Sharpend so it rebuilds its search index from
# it (the rebuild time is printed), then times search and similar-incident requests and
# prints p50/p95/p99 against the target p95 <= 50 ms. DATABASE=h2 (default) or postgresql.
# Exits non-zero when a p95 misses the target.
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
INCIDENTS=${INCIDENTS:-100000}
REQUESTS=${REQUESTS:-1000}
DATABASE=${DATABASE:-h2}
SHARPEND_PORT=${SHARPEND_PORT:-18095}
HEAP=${HEAP:--Xmx512m}
PGHOST=${PGHOST:-127.0.0.1}
PGPORT=${PGPORT:-5432}
PGUSER=${PGUSER:-sharpend}
export PGPASSWORD=${PGPASSWORD:-sharpend}
TOKEN=shp_bench-token-with-every-permission
WORK=$(mktemp -d /tmp/sharpend-search-bench.XXXXXX)
SHARPEND_PID=
PG_DATABASE=

stop_sharpend() {
	if [ -n "$SHARPEND_PID" ]; then
		kill "$SHARPEND_PID" 2>/dev/null && wait "$SHARPEND_PID" 2>/dev/null || true
		SHARPEND_PID=
	fi
}
cleanup() {
	stop_sharpend
	if [ -n "$PG_DATABASE" ]; then
		psql -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" -d postgres -qc "drop database if exists $PG_DATABASE" >/dev/null || true
	fi
	rm -rf "$WORK"
}
trap cleanup EXIT

need() { command -v "$1" >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq "$2" >/dev/null; }; }
need curl curl
need unzip unzip
[ "$DATABASE" = postgresql ] && need psql postgresql-client

JAR=$(ls "$ROOT"/target/sharpend-*.jar 2>/dev/null | grep -v plain | head -1 || true)
if [ -z "$JAR" ]; then
	(cd "$ROOT" && ./mvnw -q -B -DskipTests package)
	JAR=$(ls "$ROOT"/target/sharpend-*.jar | grep -v plain | head -1)
fi
# The JDBC drivers the generator needs come from Sharpend's own jar.
unzip -q -j -o "$JAR" 'BOOT-INF/lib/h2-*.jar' 'BOOT-INF/lib/postgresql-*.jar' -d "$WORK/lib"
DRIVERS=$(ls "$WORK"/lib/*.jar | paste -sd:)

DATA=$WORK/data
ENV=(SHARPEND_DATA_DIR="$DATA" SERVER_PORT=$SHARPEND_PORT SHARPEND_BOOTSTRAP_ADMIN_EMAIL=bench@example.com
	SHARPEND_BOOTSTRAP_ADMIN_PASSWORD=bench-password-1 SHARPEND_BOOTSTRAP_ADMIN_TOKEN=$TOKEN)
if [ "$DATABASE" = postgresql ]; then
	PG_DATABASE=sharpend_search_bench_$$
	psql -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" -d postgres -qc "create database $PG_DATABASE" >/dev/null
	JDBC="jdbc:postgresql://$PGHOST:$PGPORT/$PG_DATABASE?reWriteBatchedInserts=true"
	ENV+=(SHARPEND_DATABASE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$PG_DATABASE" SHARPEND_DATABASE_USERNAME="$PGUSER"
		SHARPEND_DATABASE_PASSWORD="$PGPASSWORD" SHARPEND_MASTER_KEY="$(head -c 32 /dev/urandom | base64)")
	DB_USER=$PGUSER DB_PASSWORD=$PGPASSWORD
else
	JDBC="jdbc:h2:file:$DATA/db/sharpend;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
	DB_USER=sa DB_PASSWORD=
fi
API=http://127.0.0.1:$SHARPEND_PORT

start_sharpend() { # log name
	env "${ENV[@]}" java $HEAP -jar "$JAR" > "$WORK/$1.log" 2>&1 &
	SHARPEND_PID=$!
	for _ in $(seq 1 600); do
		curl -fs "$API/actuator/health/readiness" >/dev/null 2>&1 && return 0
		kill -0 "$SHARPEND_PID" 2>/dev/null || { tail -50 "$WORK/$1.log"; exit 1; }
		sleep 0.2
	done
	echo "Sharpend did not become ready"; exit 1
}
api() { curl -fsS -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' "$@"; }

echo "== $DATABASE: migrating a fresh database and creating 20 components"
start_sharpend setup
PAGE=$(api -X POST "$API/api/v1/status-pages" -d '{"name":"Bench","slug":"bench"}' | grep -o '"id":"[^"]*"' | head -1 | cut -d'"' -f4)
for name in Checkout Payments Search Login Catalog Inventory Shipping Billing Notifications Gateway \
	Ledger Reports Images Recommendations Profile Orders Cart Pricing Email Webhooks; do
	api -X POST "$API/api/v1/status-pages/$PAGE/components" -d "{\"name\":\"$name\"}" >/dev/null
done
stop_sharpend

echo "== generating $INCIDENTS incidents"
java -cp "$DRIVERS" "$HERE/Generate.java" "$JDBC" "$DB_USER" "$DB_PASSWORD" "$INCIDENTS" | grep -v '^  '
rm -rf "$DATA/search"

echo "== starting Sharpend: it rebuilds the search index"
start_sharpend run
for _ in $(seq 1 3000); do
	grep -q "Search index rebuilt" "$WORK/run.log" && break
	kill -0 "$SHARPEND_PID" 2>/dev/null || { tail -50 "$WORK/run.log"; exit 1; }
	sleep 0.2
done
grep -o "Rebuilding the search index: .*" "$WORK/run.log" | tail -3
grep -o "Search index rebuilt: .*" "$WORK/run.log"

echo "== timing $REQUESTS requests of each kind (after a warm-up)"
java "$HERE/Measure.java" "$API" "$TOKEN" "$INCIDENTS" "$REQUESTS"
