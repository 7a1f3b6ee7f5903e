#!/usr/bin/env bash
# One noisy sender must not grind the others to a halt: starts Sharpend (the jar, H2 in a
# temp folder, loopback) with two Alertmanager integrations. A quiet one sends one new
# alert per delivery at a steady 10 deliveries/s (Steady.java); a noisy one floods at full
# speed with wrk (batches of 100 new alerts, alerts.lua). Prints the quiet integration's
# p99 unloaded, loaded with the noisy one held to its rate (the default, 600 a minute) and,
# for contrast, loaded with the noisy one's rate lifted to 1,000,000 a minute. Exits
# non-zero when the loaded p99 under the rate is more than 2x the unloaded p99.
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
FLOOD_THREADS=${FLOOD_THREADS:-1}
FLOOD_CONNECTIONS=${FLOOD_CONNECTIONS:-16}
QUIET_RATE=${QUIET_RATE:-10}
SECONDS_EACH=${SECONDS_EACH:-20}
# The flood runs this long before the quiet sender is measured, so that the noisy sender's
# burst (a minute's worth of deliveries, admitted at once) is spent and written: what is
# measured is a sustained flood. LEAD=0 measures the burst too.
LEAD=${LEAD:-30}
# resend: the same 100 alerts in every delivery (Alertmanager re-sending); unique: 100 new
# alerts in every delivery (the costly case: every admitted delivery is 100 inserts)
FLOOD_MODE=${FLOOD_MODE:-unique}
SHARPEND_PORT=${SHARPEND_PORT:-18091}
HEAP=${HEAP:--Xmx512m}
TOKEN=shp_bench-token-with-every-permission
BASE=http://127.0.0.1:$SHARPEND_PORT
WORK=$(mktemp -d /tmp/sharpend-noisy-bench.XXXXXX)
SHARPEND_PID=
FLOOD_PID=

cleanup() {
	[ -n "$FLOOD_PID" ] && kill "$FLOOD_PID" 2>/dev/null || true
	if [ -n "$SHARPEND_PID" ]; then
		kill "$SHARPEND_PID" 2>/dev/null && wait "$SHARPEND_PID" 2>/dev/null || true
	fi
	rm -rf "$WORK"
}
trap cleanup EXIT

need() { command -v "$1" >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq "$2" >/dev/null; }; }
need wrk wrk
need curl curl

JAR=$(ls "$ROOT"/target/sharpend-*.jar 2>/dev/null | grep -v plain | head -1 || true)
if [ -z "$JAR" ]; then
	(cd "$ROOT" && ./mvnw -q -B -DskipTests package)
	JAR=$(ls "$ROOT"/target/sharpend-*.jar | grep -v plain | head -1)
fi

echo "== starting Sharpend ($JAR, $HEAP, h2) on 127.0.0.1:$SHARPEND_PORT"
env SHARPEND_DATA_DIR="$WORK/data" SERVER_PORT=$SHARPEND_PORT SERVER_ADDRESS=127.0.0.1 \
	SHARPEND_BOOTSTRAP_ADMIN_EMAIL=bench@example.com SHARPEND_BOOTSTRAP_ADMIN_PASSWORD=bench-password-1 \
	SHARPEND_BOOTSTRAP_ADMIN_TOKEN=$TOKEN java $HEAP -jar "$JAR" > "$WORK/sharpend.log" 2>&1 &
SHARPEND_PID=$!
for _ in $(seq 1 240); do
	curl -fs "$BASE/actuator/health/readiness" >/dev/null 2>&1 && break
	kill -0 "$SHARPEND_PID" 2>/dev/null || { tail -50 "$WORK/sharpend.log"; exit 1; }
	sleep 0.5
done

api() { # method path [json]
	curl -sS --fail-with-body -X "$1" -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
		${3:+-d "$3"} "$BASE$2"
}
field() { grep -o "\"$1\":\"[^\"]*\"" | head -1 | cut -d'"' -f4; }

NOISY=$(api POST /api/v1/integrations '{"name":"noisy","type":"alertmanager"}')
NOISY_ID=$(field id <<<"$NOISY")
NOISY_URL=$BASE/hooks/alertmanager/$(field key <<<"$NOISY")
QUIET=$(api POST /api/v1/integrations '{"name":"quiet","type":"alertmanager"}')
QUIET_URL=$BASE/hooks/alertmanager/$(field key <<<"$QUIET")

noisy_rate() { api PATCH "/api/v1/integrations/$NOISY_ID" "{\"ratePerMinute\":$1}" >/dev/null; }
quiet() { # seconds -> "sent N non2xx N p50 X p99 X max X"
	java "$HERE/Steady.java" "$QUIET_URL" "$QUIET_RATE" "$1"
}
flood() { # seconds lead; runs in the background, wrk's summary in $WORK/flood.txt
	wrk -t"$FLOOD_THREADS" -c"$FLOOD_CONNECTIONS" -d"$1" -s "$HERE/alerts.lua" "$NOISY_URL" -- webhook "$FLOOD_MODE" \
		> "$WORK/flood.txt" 2>&1 &
	FLOOD_PID=$!
	sleep "$2"
}
flooded() { # "requests N answered-non-2xx N"
	wait "$FLOOD_PID" || true
	FLOOD_PID=
	awk '/requests in/ {r=$1} /Non-2xx/ {n=$NF} END {printf "requests %d refused %d", r, n}' "$WORK/flood.txt"
}
p99() { awk '{print $8}'; }

echo "== warming up (noisy unlimited, 5 s flood; quiet 5 s)"
noisy_rate 1000000
flood 5 0 && flooded >/dev/null
quiet 5 >/dev/null

echo "== quiet alone: $QUIET_RATE deliveries/s for ${SECONDS_EACH}s"
UNLOADED=$(quiet "$SECONDS_EACH")
echo "   $UNLOADED"

echo "== quiet while noisy floods ($FLOOD_MODE) at its rate (default, 600/min): wrk -t$FLOOD_THREADS -c$FLOOD_CONNECTIONS, measured after ${LEAD}s"
api PATCH "/api/v1/integrations/$NOISY_ID" '{"ratePerMinute":null}' >/dev/null
flood $((LEAD + SECONDS_EACH + 2)) "$LEAD"
LIMITED=$(quiet "$SECONDS_EACH")
LIMITED_FLOOD=$(flooded)
echo "   $LIMITED   (noisy: $LIMITED_FLOOD)"

echo "== contrast: quiet while noisy floods ($FLOOD_MODE) with its rate lifted to 1,000,000/min, measured after ${LEAD}s"
noisy_rate 1000000
flood $((LEAD + SECONDS_EACH + 2)) "$LEAD"
UNLIMITED=$(quiet "$SECONDS_EACH")
UNLIMITED_FLOOD=$(flooded)
echo "   $UNLIMITED   (noisy: $UNLIMITED_FLOOD)"

u=$(p99 <<<"$UNLOADED")
l=$(p99 <<<"$LIMITED")
x=$(p99 <<<"$UNLIMITED")
echo
echo "== quiet integration's p99 (ms; from when each delivery was due; load average $(cut -d' ' -f1-3 /proc/loadavg))"
printf '%-34s %10s %8s\n' scenario "p99 ms" ratio
printf '%-34s %10s %8s\n' "unloaded" "$u" "1.00x"
printf '%-34s %10s %8s\n' "noisy flooding, held to 600/min" "$l" "$(awk -v a="$l" -v b="$u" 'BEGIN {printf "%.2fx", a / b}')"
printf '%-34s %10s %8s\n' "noisy flooding, rate lifted" "$x" "$(awk -v a="$x" -v b="$u" 'BEGIN {printf "%.2fx", a / b}')"
awk -v a="$l" -v b="$u" 'BEGIN {exit (a <= 2 * b) ? 0 : 1}'
