#!/usr/bin/env bash
# Insights benchmark: generates the raw history of ALERT_GROUPS alert groups (default 1,000,000;
# two years, 500 alert rules, 10,000 incidents) straight into a fresh database, starts
# Sharpend, rebuilds the figures from it through the API (the rebuild time is printed),
# then times every insights API call and page and prints p50/p95/p99 against the target
# p95 <= 300 ms, beside an authenticated call that does nothing. DATABASE=postgresql
# (default) or h2. Exits non-zero when a p95 misses the target.
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
GROUPS_COUNT=${ALERT_GROUPS:-1000000}
REQUESTS=${REQUESTS:-100}
DATABASE=${DATABASE:-postgresql}
SHARPEND_PORT=${SHARPEND_PORT:-18096}
HEAP=${HEAP:--Xmx512m}
PGHOST=${PGHOST:-127.0.0.1}
PGPORT=${PGPORT:-5432}
PGUSER=${PGUSER:-sharpend}
export PGPASSWORD=${PGPASSWORD:-sharpend}
TOKEN=shp_bench-token-with-every-permission
EMAIL=bench@example.com
PASSWORD=bench-password-1
WORK=$(mktemp -d /tmp/sharpend-insights-bench.XXXXXX)
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
unzip -q -j -o "$JAR" 'BOOT-INF/lib/h2-*.jar' 'BOOT-INF/lib/postgresql-*.jar' -d "$WORK/lib"
DRIVERS=$(ls "$WORK"/lib/*.jar | paste -sd:)

DATA=$WORK/data
ENV=(SHARPEND_DATA_DIR="$DATA" SERVER_PORT=$SHARPEND_PORT SHARPEND_BOOTSTRAP_ADMIN_EMAIL=$EMAIL
	SHARPEND_BOOTSTRAP_ADMIN_PASSWORD=$PASSWORD SHARPEND_BOOTSTRAP_ADMIN_TOKEN=$TOKEN)
if [ "$DATABASE" = postgresql ]; then
	PG_DATABASE=sharpend_insights_bench_$$
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

echo "== $DATABASE: migrating a fresh database"
start_sharpend setup
# a team and its rotation, which every generated page goes through (for the weekly review)
TEAM=$(api -X POST "$API/api/v1/teams" -d '{"name":"Bench team","timeZone":"Europe/Berlin","members":[]}' \
	| grep -o '"id":"[^"]*"' | head -1 | cut -d'"' -f4)
SCHEDULE=$(api -X POST "$API/api/v1/schedules" -d "{\"team\":\"$TEAM\",\"name\":\"Bench primary\"}" \
	| grep -o '"id":"[^"]*"' | head -1 | cut -d'"' -f4)
stop_sharpend

echo "== generating the history of $GROUPS_COUNT alert groups"
java -cp "$DRIVERS" "$HERE/Generate.java" "$JDBC" "$DB_USER" "$DB_PASSWORD" "$GROUPS_COUNT" \
	"$SCHEDULE" "$TEAM" Europe/Berlin | grep -v '^  '

echo "== rebuilding the figures from it"
start_sharpend run
started=$(date +%s%N)
api -X POST "$API/api/v1/insights/rebuild" -d '{}' >/dev/null
while :; do
	state=$(api "$API/api/v1/insights/rebuild" | grep -o '"state":"[A-Z]*"' | cut -d'"' -f4)
	[ "$state" = RUNNING ] || break
	kill -0 "$SHARPEND_PID" 2>/dev/null || { tail -50 "$WORK/run.log"; exit 1; }
	sleep 1
done
[ "$state" = DONE ] || { api "$API/api/v1/insights/rebuild"; echo; exit 1; }
awk -v groups="$(api "$API/api/v1/insights/rebuild" | grep -o '"groups":[0-9]*' | cut -d: -f2)" \
	-v from="$started" -v to="$(date +%s%N)" 'BEGIN { printf "rebuild: %s alert groups in %.1f s\n", groups, (to - from) / 1e9 }'

echo "== timing $REQUESTS requests of each kind (after a warm-up)"
java "$HERE/Measure.java" "$API" "$TOKEN" "$EMAIL" "$PASSWORD" "$REQUESTS" "$SCHEDULE"
