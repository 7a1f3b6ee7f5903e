#!/usr/bin/env bash
# Escalation latency: 1,000 alert groups trigger at once through the Alertmanager webhook
# (one alert, one new group, per request, many requests in flight), each routed to a
# policy whose first step pages one person by e-mail. For every group it takes the time
# from the webhook's 2xx to the page's e-mail row in the outbox (notify_delivery, which
# the mail worker sends from), and prints p50, p95 and max. Target (issue 13): p95 <= 2 s.
# Exits non-zero when the target is missed or a page is missing.
#
# Runs on PostgreSQL; the escalation policy and its route are made through the API. The
# per-person cap is lifted for the run (it would hold back all but 6 pages a minute for
# the one person paged, by design).
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
COUNT=${COUNT:-1000}  # alert groups
CONCURRENCY=${CONCURRENCY:-32}
SHARPEND_PORT=${SHARPEND_PORT:-18095}
HEAP=${HEAP:--Xmx512m}
PGHOST=${PGHOST:-127.0.0.1}
PGPORT=${PGPORT:-5432}
PGUSER=${PGUSER:-sharpend}
export PGPASSWORD=${PGPASSWORD:-sharpend}
TOKEN=shp_bench-token-with-every-permission
ADMIN=bench@example.com
WORK=$(mktemp -d /tmp/sharpend-paging-bench.XXXXXX)
SHARPEND_PID=
PG_DATABASE=sharpend_paging_$(date +%s)_$$

cleanup() {
	if [ -n "$SHARPEND_PID" ]; then
		kill "$SHARPEND_PID" 2>/dev/null && wait "$SHARPEND_PID" 2>/dev/null || true
	fi
	psql -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" -d postgres -qc "drop database if exists $PG_DATABASE" >/dev/null 2>&1 || true
	rm -rf "$WORK"
}
trap cleanup EXIT

need() { command -v "$1" >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq "$2" >/dev/null; }; }
need curl curl
need psql postgresql-client
need python3 python3

# JAR=... benchmarks another build, such as one from before a change.
JAR=${JAR:-$(ls "$ROOT"/target/sharpend-*.jar 2>/dev/null | grep -v plain | head -1 || true)}
if [ -z "$JAR" ]; then
	(cd "$ROOT" && ./mvnw -q -B -DskipTests package)
	JAR=$(ls "$ROOT"/target/sharpend-*.jar | grep -v plain | head -1)
fi
sql() { psql -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" -d "$PG_DATABASE" -v ON_ERROR_STOP=1 -tAqc "$1"; }

psql -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" -d postgres -qc "create database $PG_DATABASE" >/dev/null
echo "== starting Sharpend ($JAR, $HEAP, PostgreSQL)"
env SHARPEND_DATA_DIR="$WORK/data" SERVER_PORT=$SHARPEND_PORT \
	SHARPEND_BOOTSTRAP_ADMIN_EMAIL=$ADMIN SHARPEND_BOOTSTRAP_ADMIN_PASSWORD=bench-password-1 \
	SHARPEND_BOOTSTRAP_ADMIN_TOKEN=$TOKEN \
	SHARPEND_DATABASE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$PG_DATABASE" \
	SHARPEND_DATABASE_USERNAME="$PGUSER" SHARPEND_DATABASE_PASSWORD="$PGPASSWORD" \
	SHARPEND_MASTER_KEY="$(head -c 32 /dev/urandom | base64)" \
	java $HEAP -jar "$JAR" --sharpend.oncall.max-pages-per-minute=1000000 > "$WORK/sharpend.log" 2>&1 &
SHARPEND_PID=$!
for _ in $(seq 1 240); do
	curl -fs "http://127.0.0.1:$SHARPEND_PORT/actuator/health/readiness" >/dev/null 2>&1 && break
	kill -0 "$SHARPEND_PID" 2>/dev/null || { tail -50 "$WORK/sharpend.log"; exit 1; }
	sleep 0.5
done

api() { # path json
	curl -sS --fail-with-body -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' -d "$2" \
		"http://127.0.0.1:$SHARPEND_PORT$1"
}
ADMIN_ID=$(sql "select id from app_user where email = '$ADMIN'")
TEAM=$(api /api/v1/teams "{\"name\":\"Bench\",\"timeZone\":\"UTC\",\"members\":[\"$ADMIN_ID\"]}" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
INTEGRATION=$(api /api/v1/integrations '{"name":"bench alertmanager","type":"alertmanager","groupBy":["alertname"]}')
INTEGRATION_ID=$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["id"])' "$INTEGRATION")
HOOK=$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["url"])' "$INTEGRATION")
HOOK=http://127.0.0.1:$SHARPEND_PORT/${HOOK#http*://*/}
POLICY=$(api /api/v1/escalation-policies "{\"team\":\"$TEAM\",\"name\":\"Bench\",\"repeat\":0,
	\"steps\":[{\"delayMinutes\":30,\"targets\":[{\"type\":\"user\",\"id\":\"$ADMIN_ID\"}]}]}" \
	| python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
curl -sS --fail-with-body -X PUT -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
	-d "[{\"matchers\":\"\",\"policy\":\"$POLICY\",\"urgency\":\"high\"}]" \
	"http://127.0.0.1:$SHARPEND_PORT/api/v1/integrations/$INTEGRATION_ID/routes" >/dev/null

echo "== $COUNT groups triggering at once ($CONCURRENCY webhook requests in flight)"
python3 - "$HOOK" "$COUNT" "$CONCURRENCY" > "$WORK/answered.tsv" <<'PY'
import json, sys, time, urllib.request
from concurrent.futures import ThreadPoolExecutor
hook, groups, concurrency = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
def fire(i):
    name = "BenchPage%04d" % i
    body = json.dumps({"version": "4", "status": "firing", "alerts": [{"status": "firing",
        "fingerprint": name, "labels": {"alertname": name, "instance": "a"},
        "annotations": {"summary": name}, "startsAt": "2026-12-02T22:00:00Z",
        "endsAt": "0001-01-01T00:00:00Z"}]}).encode()
    request = urllib.request.Request(hook, body, {"Content-Type": "application/json"})
    with urllib.request.urlopen(request) as response:
        if response.status // 100 != 2:
            raise SystemExit("webhook answered %d" % response.status)
    return name, time.time()
with ThreadPoolExecutor(concurrency) as pool:
    for name, at in pool.map(fire, range(groups)):
        print("%s\t%.6f" % (name, at))
PY

echo "== waiting for the pages in the outbox"
for _ in $(seq 1 120); do
	n=$(sql "select count(*) from notify_delivery where event = 'page.triggered'")
	[ "$n" -ge "$COUNT" ] && break
	sleep 0.5
done
sql "select payload, extract(epoch from created_at) from notify_delivery where event = 'page.triggered'" \
	| sed 's/|\([0-9.]*\)$/\t\1/' > "$WORK/queued.tsv"
sql "select g.title, extract(epoch from p.paged_at) from oncall_page p join alert_group g on g.id = p.group_id" \
	| tr '|' '\t' > "$WORK/fired.tsv"

python3 - "$WORK/answered.tsv" "$WORK/queued.tsv" "$COUNT" "$WORK/fired.tsv" <<'PY'
import math, re, sys
answered = dict(line.split("\t") for line in open(sys.argv[1]).read().split("\n") if line)
queued = {}
for line in open(sys.argv[2]).read().split("\n"):
    if not line:
        continue
    payload, at = line.rsplit("\t", 1)
    name = re.search(r"Page: (BenchPage\d+)", payload).group(1)
    queued[name] = float(at)
latencies = sorted(queued[n] - float(a) for n, a in answered.items() if n in queued)
missing = int(sys.argv[3]) - len(latencies)
def pct(p):
    return latencies[max(0, math.ceil(p / 100 * len(latencies)) - 1)]
print()
print("== from the webhook's 2xx to the page's e-mail in the outbox, per group")
print("groups %d, paged %d, missing %d" % (len(answered), len(latencies), missing))
print("p50 %.3f s   p95 %.3f s   max %.3f s   (target: p95 <= 2 s)" % (pct(50), pct(95), latencies[-1]))
fired = dict(line.split("\t") for line in open(sys.argv[4]).read().split("\n") if line)
steps = sorted(float(fired[n]) - float(a) for n, a in answered.items() if n in fired)
print("of which to the first step firing: p50 %.3f s   p95 %.3f s   max %.3f s" % (
    steps[len(steps) // 2], steps[max(0, math.ceil(0.95 * len(steps)) - 1)], steps[-1]))
sys.exit(0 if missing == 0 and pct(95) <= 2.0 else 1)
PY
