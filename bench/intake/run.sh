#!/usr/bin/env bash
# Sends repeated Alertmanager batches of 100 alerts to Sharpend's webhook intake and the
# equivalent alerts to a real Alertmanager's /api/v2/alerts, on the same machine in the
# same run, with the same wrk settings, and compares alerts/s and p99 latency: first with
# Sharpend on its embedded H2, then on PostgreSQL (on both it also measures new, unique
# alerts/s). Exits non-zero when Sharpend stores fewer re-sent alerts/s than Alertmanager
# takes in, on either database.
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-16}
DURATION=${DURATION:-10s}
WARMUP=${WARMUP:-5s}
SHARPEND_PORT=${SHARPEND_PORT:-18090}
ALERTMANAGER_PORT=${ALERTMANAGER_PORT:-18093}
HEAP=${HEAP:--Xmx512m}
DATABASES=${DATABASES:-h2 postgresql}
PGHOST=${PGHOST:-127.0.0.1}
PGPORT=${PGPORT:-5432}
PGUSER=${PGUSER:-sharpend}
export PGPASSWORD=${PGPASSWORD:-sharpend}
TOKEN=shp_bench-token-with-every-permission
WORK=$(mktemp -d /tmp/sharpend-intake-bench.XXXXXX)
SHARPEND_PID=
ALERTMANAGER_PID=
PG_DATABASE=
FAILED=0

stop_sharpend() {
	if [ -n "$SHARPEND_PID" ]; then
		kill "$SHARPEND_PID" 2>/dev/null && wait "$SHARPEND_PID" 2>/dev/null || true
		SHARPEND_PID=
	fi
}
drop_database() {
	if [ -n "$PG_DATABASE" ]; then
		psql -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" -d postgres -qc "drop database if exists $PG_DATABASE" >/dev/null || true
		PG_DATABASE=
	fi
}
cleanup() {
	stop_sharpend
	[ -n "$ALERTMANAGER_PID" ] && kill "$ALERTMANAGER_PID" 2>/dev/null || true
	drop_database
	rm -rf "$WORK"
}
trap cleanup EXIT

need() { command -v "$1" >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq "$2" >/dev/null; }; }
need wrk wrk
need curl curl
need prometheus-alertmanager prometheus-alertmanager
need psql postgresql-client

JAR=$(ls "$ROOT"/target/sharpend-*.jar 2>/dev/null | grep -v plain | head -1 || true)
if [ -z "$JAR" ]; then
	(cd "$ROOT" && ./mvnw -q -B -DskipTests package)
	JAR=$(ls "$ROOT"/target/sharpend-*.jar | grep -v plain | head -1)
fi

echo "== starting Alertmanager $(prometheus-alertmanager --version 2>&1 | head -1 | awk '{print $3}') on 127.0.0.1:$ALERTMANAGER_PORT"
cat > "$WORK/alertmanager.yml" <<CONF
route:
  receiver: nowhere
  group_by: [alertname]
receivers:
  - name: nowhere
CONF
prometheus-alertmanager --config.file="$WORK/alertmanager.yml" --storage.path="$WORK/alertmanager" \
	--web.listen-address="127.0.0.1:$ALERTMANAGER_PORT" --cluster.listen-address= \
	> "$WORK/alertmanager.log" 2>&1 &
ALERTMANAGER_PID=$!
AM=http://127.0.0.1:$ALERTMANAGER_PORT
for _ in $(seq 1 100); do
	curl -fs "$AM/-/ready" >/dev/null 2>&1 && break
	kill -0 "$ALERTMANAGER_PID" 2>/dev/null || { cat "$WORK/alertmanager.log"; exit 1; }
	sleep 0.1
done

start_sharpend() { # database
	local env=(SHARPEND_DATA_DIR="$WORK/data-$1" SERVER_PORT=$SHARPEND_PORT
		SHARPEND_BOOTSTRAP_ADMIN_EMAIL=bench@example.com SHARPEND_BOOTSTRAP_ADMIN_PASSWORD=bench-password-1
		SHARPEND_BOOTSTRAP_ADMIN_TOKEN=$TOKEN)
	if [ "$1" = postgresql ]; then
		PG_DATABASE=sharpend_bench_$(date +%s)_$$
		psql -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" -d postgres -qc "create database $PG_DATABASE" >/dev/null
		env+=(SHARPEND_DATABASE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$PG_DATABASE"
			SHARPEND_DATABASE_USERNAME="$PGUSER" SHARPEND_DATABASE_PASSWORD="$PGPASSWORD"
			SHARPEND_MASTER_KEY="$(head -c 32 /dev/urandom | base64)")
	fi
	echo "== starting Sharpend ($JAR, $HEAP, $1)"
	env "${env[@]}" java $HEAP -jar "$JAR" > "$WORK/sharpend-$1.log" 2>&1 &
	SHARPEND_PID=$!
	for _ in $(seq 1 240); do
		curl -fs "http://127.0.0.1:$SHARPEND_PORT/actuator/health/readiness" >/dev/null 2>&1 && return 0
		kill -0 "$SHARPEND_PID" 2>/dev/null || { tail -50 "$WORK/sharpend-$1.log"; exit 1; }
		sleep 0.5
	done
	echo "Sharpend did not get ready" >&2
	exit 1
}

integration_url() {
	curl -sS --fail-with-body -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
		-d '{"name":"bench alertmanager","type":"alertmanager","ratePerMinute":1000000}' \
		"http://127.0.0.1:$SHARPEND_PORT/api/v1/integrations" | grep -o '"url":"[^"]*"' | cut -d'"' -f4
}

# wrk prints "alerts/s N" (from alerts.lua) and, with --latency, "99% T" with a unit.
measure() { # url format mode duration -> "alerts/s p99ms"
	local out
	out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$4" --latency -s "$HERE/alerts.lua" "$1" -- "$2" "$3")
	local rate p99
	rate=$(awk '/^alerts\/s/ {printf "%d", $2}' <<<"$out")
	# Runs in a subshell: a refused or failed request turns the rate to 0, which the
	# results then show (and the re-sent check fails on).
	if grep -q "Non-2xx\|Socket errors" <<<"$out"; then
		echo "errors from $1:" >&2
		echo "$out" >&2
		rate=0
	fi
	p99=$(awk '$1=="99%" {v=$2; if (v ~ /us$/) {sub(/us/,"",v); v=v/1000} else if (v ~ /ms$/) {sub(/ms/,"",v)} else if (v ~ /s$/) {sub(/s/,"",v); v=v*1000}; print v}' <<<"$out")
	echo "$rate $p99"
}

RESULTS=()
for db in $DATABASES; do
	start_sharpend "$db"
	HOOK=$(integration_url)
	URL=http://127.0.0.1:$SHARPEND_PORT/${HOOK#http*://*/}
	echo "== warming up both ($WARMUP each)"
	measure "$URL" webhook resend "$WARMUP" >/dev/null
	measure "$AM/api/v2/alerts" v2 resend "$WARMUP" >/dev/null
	echo "== re-sent batches, wrk -t$THREADS -c$CONNECTIONS -d$DURATION"
	read -r am_rate am_p99 < <(measure "$AM/api/v2/alerts" v2 resend "$DURATION")
	read -r sp_rate sp_p99 < <(measure "$URL" webhook resend "$DURATION")
	ratio=$(awk -v a="$sp_rate" -v b="$am_rate" 'BEGIN {printf "%.2f", (b > 0) ? a / b : 0}')
	RESULTS+=("$(printf '%-11s %-7s %12s %12s %6sx %9s ms %9s ms' "$db" resend "$am_rate" "$sp_rate" "$ratio" "$am_p99" "$sp_p99")")
	awk -v r="$ratio" 'BEGIN {exit (r >= 1.0) ? 0 : 1}' || FAILED=1
	echo "== new unique alerts in every batch, wrk -t$THREADS -c$CONNECTIONS -d$DURATION"
	read -r am_rate am_p99 < <(measure "$AM/api/v2/alerts" v2 unique "$DURATION")
	read -r sp_rate sp_p99 < <(measure "$URL" webhook unique "$DURATION")
	ratio=$(awk -v a="$sp_rate" -v b="$am_rate" 'BEGIN {printf "%.2f", (b > 0) ? a / b : 0}')
	RESULTS+=("$(printf '%-11s %-7s %12s %12s %6sx %9s ms %9s ms' "$db" unique "$am_rate" "$sp_rate" "$ratio" "$am_p99" "$sp_p99")")
	if [ "$db" = postgresql ]; then
		stored=$(psql -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" -d "$PG_DATABASE" -tAc "select count(*) from alert")
		echo "   alerts stored in PostgreSQL: $stored"
		# Reactions to the alerts (incident timelines) run after intake answered; what they
		# left undone stays in event_publication.
		sleep 2
		left=$(psql -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" -d "$PG_DATABASE" -tAc "select count(*) from event_publication" 2>/dev/null || echo "n/a")
		echo "   reactions not yet run: $left"
	fi
	stop_sharpend
	drop_database
done

echo
echo "== results (alerts/s = requests/s x 100; Sharpend answers only after its transaction committed)"
printf '%-11s %-7s %12s %12s %7s %12s %12s\n' database alerts "Alertmanager" Sharpend ratio "AM p99" "Sharpend p99"
printf '%s\n' "${RESULTS[@]}"
exit "$FAILED"
