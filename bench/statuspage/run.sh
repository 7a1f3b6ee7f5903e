#!/usr/bin/env bash
# Serves one realistic status page from Sharpend and the same bytes from nginx, on the same
# machine in the same run, and compares wrk's requests/s and p99 latency. Exits non-zero
# when Sharpend is below 0.8x nginx's requests/s or above 2x its p99 in any scenario.
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-50}
DURATION=${DURATION:-5s}
WARMUP=${WARMUP:-5s}
SHARPEND_PORT=${SHARPEND_PORT:-18080}
NGINX_PORT=${NGINX_PORT:-18081}
HEAP=${HEAP:--Xmx512m}
TOKEN=shp_bench-token-with-every-permission
WORK=$(mktemp -d /tmp/sharpend-bench.XXXXXX)
SHARPEND_PID=
NGINX_PID=

cleanup() {
	[ -n "$SHARPEND_PID" ] && kill "$SHARPEND_PID" 2>/dev/null && wait "$SHARPEND_PID" 2>/dev/null || true
	[ -n "$NGINX_PID" ] && kill "$NGINX_PID" 2>/dev/null || true
	rm -rf "$WORK"
}
trap cleanup EXIT

need() { command -v "$1" >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq "$2" >/dev/null; }; }
need wrk wrk
need nginx nginx
need curl curl
need jcmd openjdk-17-jdk-headless

JAR=$(ls "$ROOT"/target/sharpend-*.jar 2>/dev/null | grep -v plain | head -1 || true)
if [ -z "$JAR" ]; then
	(cd "$ROOT" && ./mvnw -q -B -DskipTests package)
	JAR=$(ls "$ROOT"/target/sharpend-*.jar | grep -v plain | head -1)
fi

echo "== starting Sharpend ($JAR, $HEAP, embedded H2 in $WORK)"
SHARPEND_DATA_DIR="$WORK/data" SERVER_PORT=$SHARPEND_PORT \
	SHARPEND_BOOTSTRAP_ADMIN_EMAIL=bench@example.com SHARPEND_BOOTSTRAP_ADMIN_PASSWORD=bench-password-1 \
	SHARPEND_BOOTSTRAP_ADMIN_TOKEN=$TOKEN \
	java $HEAP -jar "$JAR" > "$WORK/sharpend.log" 2>&1 &
SHARPEND_PID=$!
BASE=http://127.0.0.1:$SHARPEND_PORT
for _ in $(seq 1 120); do
	curl -fs "$BASE/actuator/health/readiness" >/dev/null 2>&1 && break
	kill -0 "$SHARPEND_PID" 2>/dev/null || { cat "$WORK/sharpend.log"; exit 1; }
	sleep 0.5
done

api() { # method path json -> prints the response body
	curl -sS --fail-with-body -X "$1" -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' -d "$3" "$BASE$2"
}
id() { grep -o '"id":"[^"]*"' <<<"$1" | head -1 | cut -d'"' -f4; }

echo "== creating a page: 4 groups x 5 components, 3 incidents with updates, 1 maintenance"
PAGE=$(id "$(api POST /api/v1/status-pages '{"name":"Acme Cloud","slug":"acme"}')")
P=/api/v1/status-pages/$PAGE
MEMBERS=()
for g in "Compute" "Storage" "Networking" "Data"; do
	GROUP=$(id "$(api POST "$P/components" "{\"name\":\"$g\",\"group\":true}")")
	for r in "EU West" "EU Central" "US East" "US West" "Asia Pacific"; do
		MEMBERS+=("$(id "$(api POST "$P/components" "{\"name\":\"$g $r\",\"groupId\":\"$GROUP\",\"description\":\"$g in the $r region\"}")")")
	done
done
for i in 1 2 3; do
	INC=$(id "$(api POST "$P/incidents" "{\"name\":\"Elevated error rates $i\",\"body\":\"We are investigating **elevated error rates** for some requests.\",\"components\":{\"${MEMBERS[$i]}\":\"partial_outage\"}}")")
	api POST "$P/incidents/$INC/updates" '{"status":"identified","body":"The cause is identified; a fix is being rolled out to every region."}' >/dev/null
	if [ "$i" -lt 3 ]; then
		api POST "$P/incidents/$INC/updates" "{\"status\":\"resolved\",\"body\":\"This incident has been resolved.\",\"components\":{\"${MEMBERS[$i]}\":\"operational\"}}" >/dev/null
	fi
done
FROM=$(date -u -d '+2 days' +%Y-%m-%dT%H:00:00Z)
UNTIL=$(date -u -d '+2 days +2 hours' +%Y-%m-%dT%H:00:00Z)
api POST "$P/maintenances" "{\"name\":\"Database upgrade\",\"body\":\"We will upgrade the primary database.\",\"scheduledFor\":\"$FROM\",\"scheduledUntil\":\"$UNTIL\",\"componentIds\":[\"${MEMBERS[15]}\"]}" >/dev/null
for _ in $(seq 1 50); do
	curl -fs "$BASE/p/acme/api/v2/scheduled-maintenances.json" | grep -q "Database upgrade" && break
	sleep 0.1
done

echo "== saving the exact bytes Sharpend serves for nginx"
mkdir -p "$WORK/www"
curl -fsS "$BASE/p/acme/api/v2/summary.json" -o "$WORK/www/summary.json"
curl -fsS "$BASE/p/acme/" -o "$WORK/www/index.html"
curl -fsS -H 'Accept-Encoding: gzip' "$BASE/p/acme/api/v2/summary.json" -o "$WORK/www/summary.json.gz"
curl -fsS -H 'Accept-Encoding: gzip' "$BASE/p/acme/" -o "$WORK/www/index.html.gz"
ls -l "$WORK/www" | tail -n +2 | awk '{print "   " $5 " bytes  " $9}'

cat > "$WORK/nginx.conf" <<CONF
worker_processes auto;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
daemon off;
events { worker_connections 1024; }
http {
	access_log off;
	sendfile on;
	tcp_nopush on;
	keepalive_requests 10000;
	client_body_temp_path $WORK/nginx-tmp; proxy_temp_path $WORK/nginx-tmp; fastcgi_temp_path $WORK/nginx-tmp;
	uwsgi_temp_path $WORK/nginx-tmp; scgi_temp_path $WORK/nginx-tmp;
	gzip_static on;
	gzip_vary on;
	server {
		listen 127.0.0.1:$NGINX_PORT;
		root $WORK/www;
		add_header Cache-Control "public, max-age=5, stale-while-revalidate=30, stale-if-error=86400";
		location = /summary.json { default_type application/json; }
		location = / { default_type "text/html;charset=UTF-8"; try_files /index.html =404; }
	}
}
CONF
mkdir -p "$WORK/nginx-tmp"
chmod 755 "$WORK"; chmod -R a+rX "$WORK/www"
nginx -c "$WORK/nginx.conf" &
NGINX_PID=$!
for _ in $(seq 1 50); do curl -fs "http://127.0.0.1:$NGINX_PORT/summary.json" >/dev/null 2>&1 && break; sleep 0.1; done
cmp <(curl -fsS "http://127.0.0.1:$NGINX_PORT/summary.json") "$WORK/www/summary.json"
cmp <(curl -fsS -H 'Accept-Encoding: gzip' "http://127.0.0.1:$NGINX_PORT/") "$WORK/www/index.html.gz"

memory() {
	local rss heap
	rss=$(awk '/VmRSS/ {print int($2/1024)}' "/proc/$SHARPEND_PID/status")
	jcmd "$SHARPEND_PID" GC.run >/dev/null 2>&1 || true
	heap=$(jcmd "$SHARPEND_PID" GC.heap_info 2>/dev/null | awk '/used/ {for (i=1;i<=NF;i++) if ($i=="used") {v=$(i+1); sub(/K,?/,"",v); print int(v/1024); exit}}')
	echo "   $1: RSS ${rss} MB, heap used after a full GC ${heap:-?} MB ($HEAP)"
}
echo "== memory"
sleep 5
memory "idle after start"

# wrk prints "Requests/sec: N" and, with --latency, "99% T" with a unit.
measure() { # url accept-encoding -> "rps p99ms"
	local out
	if [ -n "$2" ]; then
		out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -H "Accept-Encoding: $2" "$1")
	else
		out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$1")
	fi
	local rps p99
	rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
	p99=$(awk '$1=="99%" {v=$2; if (v ~ /us$/) {sub(/us/,"",v); v=v/1000} else if (v ~ /ms$/) {sub(/ms/,"",v)} else if (v ~ /s$/) {sub(/s/,"",v); v=v*1000}; print v}' <<<"$out")
	grep -q "Non-2xx" <<<"$out" && { echo "non-2xx answers from $1" >&2; echo "$out" >&2; exit 1; }
	echo "$rps $p99"
}

echo "== warming up Sharpend ($WARMUP per document)"
for path in /p/acme/api/v2/summary.json /p/acme/; do
	wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -H 'Accept-Encoding: gzip' "$BASE$path" >/dev/null
	wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "$BASE$path" >/dev/null
done

echo "== wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency, nginx then Sharpend per scenario"
printf '%-24s %12s %12s %8s %10s %10s %8s\n' scenario "nginx req/s" "sharpend" ratio "nginx p99" "sharpend" ratio
FAILED=0
for scenario in "summary.json identity" "summary.json gzip" "page identity" "page gzip"; do
	read -r doc enc <<<"$scenario"
	if [ "$doc" = page ]; then n=/; s=/p/acme/; else n=/summary.json; s=/p/acme/api/v2/summary.json; fi
	header=""; [ "$enc" = gzip ] && header=gzip
	read -r nrps np99 <<<"$(measure "http://127.0.0.1:$NGINX_PORT$n" "$header")"
	read -r srps sp99 <<<"$(measure "$BASE$s" "$header")"
	rr=$(awk -v a="$srps" -v b="$nrps" 'BEGIN {printf "%.2f", a/b}')
	pr=$(awk -v a="$sp99" -v b="$np99" 'BEGIN {printf "%.2f", a/b}')
	printf '%-24s %12.0f %12.0f %7sx %8.2fms %8.2fms %7sx\n' "$doc $enc" "$nrps" "$srps" "$rr" "$np99" "$sp99" "$pr"
	awk -v r="$rr" -v p="$pr" 'BEGIN {exit !(r >= 0.8 && p <= 2.0)}' || FAILED=1
done

echo "== memory"
memory "after the benchmark"
if [ "$FAILED" = 1 ]; then
	echo "TARGET MISSED: Sharpend must reach 0.8x nginx's requests/s with at most 2x its p99 in every scenario."
	exit 1
fi
echo "Targets met: at least 0.8x nginx's requests/s and at most 2x its p99 in every scenario."
