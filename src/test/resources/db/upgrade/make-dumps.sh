#!/usr/bin/env bash
# Makes the installations that UpgradeIntegrationTests upgrades: runs the built jar of the
# commit named in VERSION.txt on H2 and on PostgreSQL, fills each through the API as a team
# would (a status page with a component, a status incident and its update, an alert
# integration with a firing alert, an incident with a note, a review), stops it and dumps
# the database as SQL. Run from the repository root after `./mvnw -DskipTests package`
# on that commit, with PostgreSQL running and the role of ./test.
set -euo pipefail
jar=$(ls target/sharpend-*.jar | head -1)
out=src/test/resources/db/upgrade
token=upgrade_admin_token_0123456789abcdef
port=18931
base=http://localhost:$port

fill() {
	local H="Authorization: Bearer $token" J="Content-Type: application/json"
	for _ in $(seq 1 120); do curl -sf "$base/actuator/health" >/dev/null && break; sleep 1; done
	page=$(curl -sf -H "$H" -H "$J" -d '{"name": "Acme", "slug": "acme"}' $base/api/v1/status-pages | jq -r .id)
	comp=$(curl -sf -H "$H" -H "$J" -d '{"name": "Checkout API"}' $base/api/v1/status-pages/$page/components | jq -r .id)
	notice=$(curl -sf -H "$H" -H "$J" -d "{\"name\": \"Slow checkouts\", \"body\": \"We are looking into it.\",
		\"components\": {\"$comp\": \"degraded_performance\"}}" $base/api/v1/status-pages/$page/incidents | jq -r .id)
	curl -sf -H "$H" -H "$J" -d '{"status": "identified", "body": "A cache node is out."}' \
		$base/api/v1/status-pages/$page/incidents/$notice/updates >/dev/null
	key=$(curl -sf -H "$H" -H "$J" -d '{"name": "prod alertmanager", "type": "alertmanager"}' \
		$base/api/v1/integrations | jq -r .key)
	curl -sf -H "$J" -d '{"version": "4", "status": "firing", "receiver": "sharpend", "groupKey": "{}:{alertname=\"CheckoutLatency\"}",
		"alerts": [{"status": "firing", "labels": {"alertname": "CheckoutLatency", "severity": "critical"},
		"annotations": {"summary": "p99 checkout latency over 2 s"}, "startsAt": "2026-11-30T10:00:00Z",
		"fingerprint": "c0ffee0123456789"}]}' $base/hooks/alertmanager/$key >/dev/null
	incident=$(curl -sf -H "$H" -H "$J" -d '{"title": "Checkout latency", "severity": "SEV2"}' \
		$base/api/v1/incidents | jq -r .number)
	curl -sf -H "$H" -H "$J" -d '{"kind": "observation", "body": "Cache node cache-3 restarted."}' \
		$base/api/v1/incidents/$incident/timeline >/dev/null
	curl -sf -H "$H" -H "$J" -d "{\"incident\": $incident, \"title\": \"Checkout latency review\"}" \
		$base/api/v1/reviews >/dev/null
}

# The tests' master key (TestKeys.MASTER_KEY), so the upgraded installation can read its secrets.
export SHARPEND_MASTER_KEY=c2hhcnBlbmQtdGVzdC1tYXN0ZXIta2V5LTMyYnl0ZXM=

run() {
	SERVER_PORT=$port SHARPEND_BOOTSTRAP_ADMIN_EMAIL=admin@upgrade.test \
		SHARPEND_BOOTSTRAP_ADMIN_PASSWORD=upgrade-password SHARPEND_BOOTSTRAP_ADMIN_TOKEN=$token \
		java -jar "$jar" >/tmp/upgrade-app.log 2>&1 &
	app=$!
	fill
	kill $app
	wait $app || true
}

data=$(mktemp -d)
SHARPEND_DATA_DIR=$data run
java -cp "$(find ~/.m2/repository/com/h2database/h2 -name 'h2-*.jar' | sort -V | tail -1)" org.h2.tools.Script \
	-url "jdbc:h2:file:$data/db/sharpend;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" -user sa -script $out/h2.sql
rm -rf "$data"

psql_admin() { su postgres -c "psql -q -X -v ON_ERROR_STOP=1 $*"; }
psql_admin -c "'drop database if exists sharpend_upgrade'" -c "'create database sharpend_upgrade owner sharpend_test'"
SHARPEND_DATA_DIR=$(mktemp -d) SHARPEND_DATABASE_URL=jdbc:postgresql://localhost:5432/sharpend_upgrade \
	SHARPEND_DATABASE_USERNAME=sharpend_test SHARPEND_DATABASE_PASSWORD=sharpend_test run
su postgres -c "pg_dump --no-owner --no-privileges --inserts sharpend_upgrade" | grep -v '^\\' >$out/postgresql.sql
psql_admin -c "'drop database sharpend_upgrade'"
