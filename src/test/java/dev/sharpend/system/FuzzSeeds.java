package dev.sharpend.system;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Valid bodies the fuzz test mutates, written from each sender's documented format
 * (Alertmanager's and Grafana's webhook, PagerDuty Events v2) or taken from the bodies
 * Sharpend's own API tests send.
 */
final class FuzzSeeds {

	private FuzzSeeds() {
	}

	/** Alertmanager's webhook, version 4: a resolved alert next to a firing one. */
	static String alertmanager() {
		return """
				{"receiver": "sharpend", "status": "firing",
				 "alerts": [
				  {"status": "firing",
				   "labels": {"alertname": "HighLatency", "job": "api", "instance": "api-1:8080", "severity": "critical"},
				   "annotations": {"summary": "p99 latency above 2s on api-1", "runbook_url": "https://runbooks.local/latency"},
				   "startsAt": "2026-11-24T10:00:00.123Z", "endsAt": "0001-01-01T00:00:00Z",
				   "generatorURL": "http://prometheus.local/graph?g0.expr=latency%3E2", "fingerprint": "fuzz-am-1"},
				  {"status": "resolved",
				   "labels": {"alertname": "DiskFull", "job": "node", "instance": "db-7:9100", "severity": "warning"},
				   "annotations": {"description": "Disk at 95% on db-7"},
				   "startsAt": "2026-11-24T09:00:00Z", "endsAt": "2026-11-24T10:05:00Z",
				   "generatorURL": "http://prometheus.local/graph?g0.expr=disk", "fingerprint": "fuzz-am-2"}],
				 "groupLabels": {"alertname": "HighLatency"},
				 "commonLabels": {"severity": "critical"},
				 "commonAnnotations": {},
				 "externalURL": "http://alertmanager.local:9093",
				 "version": "4", "groupKey": "{}:{alertname=\\"HighLatency\\"}", "truncatedAlerts": 0}""";
	}

	/** Grafana alerting's webhook, version 1, as in Grafana's documentation. */
	static String grafana() {
		return """
				{"receiver": "sharpend", "status": "firing", "orgId": 1,
				 "alerts": [
				  {"status": "firing",
				   "labels": {"alertname": "High memory usage", "team": "blue", "zone": "us-1"},
				   "annotations": {"description": "The system has high memory usage", "summary": "Memory high in us-1"},
				   "startsAt": "2026-11-24T09:51:03.157076+02:00", "endsAt": "0001-01-01T00:00:00Z",
				   "generatorURL": "https://grafana.local/alerting/1afz29v7z/edit", "fingerprint": "c6eadffa33fcdf37",
				   "silenceURL": "https://grafana.local/alerting/silence/new?matchers=alertname%3DT2",
				   "dashboardURL": "", "panelURL": "", "values": {"B": 44.23943737541908, "C": 1},
				   "valueString": "[ var='B' labels={} value=44.2 ]"}],
				 "groupLabels": {}, "commonLabels": {"team": "blue"}, "commonAnnotations": {},
				 "externalURL": "https://grafana.local/", "version": "1", "groupKey": "{}:{}", "truncatedAlerts": 0,
				 "title": "[FIRING:1]  (blue)", "state": "alerting",
				 "message": "**Firing**\\n\\nLabels:\\n - alertname = High memory usage\\n"}""";
	}

	/** A PagerDuty Events v2 trigger with every optional part. */
	static String pagerDutyTrigger(String routingKey) {
		return """
				{"routing_key": "%s", "event_action": "trigger", "dedup_key": "srv01/mysql",
				 "client": "Sample Monitoring Service", "client_url": "https://monitoring.local/alert/1",
				 "payload": {"summary": "Disk at 99%% on db-7", "timestamp": "2026-11-24T08:42:58.315+0000",
				  "severity": "critical", "source": "db-7.local", "component": "postgres", "group": "storage",
				  "class": "disk", "custom_details": {"free space": "1%%", "ping time": "1500ms"}},
				 "images": [{"src": "https://chart.local/disk.png", "href": "https://monitoring.local/", "alt": "Disk"}],
				 "links": [{"href": "https://monitoring.local/db-7", "text": "db-7 dashboard"}]}"""
			.formatted(routingKey);
	}

	/** A PagerDuty change event: a build that went out. */
	static String pagerDutyChange(String routingKey) {
		return """
				{"routing_key": "%s",
				 "payload": {"summary": "Build Success - Increase snapshot create timeout to 30 seconds",
				  "timestamp": "2026-11-24T09:58:00.000+0000", "source": "ci.local",
				  "custom_details": {"build_state": "passed", "build_number": "2", "run_time": "1236s"}},
				 "links": [{"href": "https://ci.local/builds/2", "text": "View build"}]}""".formatted(routingKey);
	}

	static String genericMapping() {
		return """
				{"alerts": "/checks", "title": "/check/name", "status": "/state", "resolvedValues": ["up"],
				 "fingerprint": "/id", "severity": "/level", "labels": "/tags"}""";
	}

	/** An uptime checker's own JSON, read through the mapping above. */
	static String generic() {
		return """
				{"checks": [
				  {"id": "chk-1", "check": {"name": "Homepage down"}, "state": "down", "level": "critical",
				   "tags": {"job": "web", "region": "eu"}},
				  {"id": "chk-2", "check": {"name": "API down"}, "state": "up", "tags": {"job": "api"}}]}""";
	}

	static Map<String, String> mattermostCommand(String token, String user) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("token", token);
		fields.put("team_id", "team-1");
		fields.put("team_domain", "ops");
		fields.put("channel_id", "channel-1");
		fields.put("channel_name", "incidents");
		fields.put("user_id", "id-" + user);
		fields.put("user_name", user);
		fields.put("command", "/sharpend");
		fields.put("text", "incident declare Checkout is slow");
		fields.put("response_url", "https://mattermost.local/hooks/commands/abc");
		fields.put("trigger_id", "trigger-1");
		return fields;
	}

	static String incident(String component) {
		return """
				{"title": "Checkout errors after deploy", "summary": "Payments fail for about 30%% of users.",
				 "severity": "SEV2", "components": ["%s"], "alertGroups": []}""".formatted(component);
	}

	static String provider(String component) {
		return """
				{"catalogue": "GitHub", "name": "GitHub fuzzed", "tenancy": "multi_tenant", "sensitivity": "confidential",
				 "access": "sso", "nextReview": "2027-03-31", "statusRegions": ["eu-west-1"], "dependsOn": [],
				 "components": [{"componentId": "%s", "strength": "hard", "note": "deploys"}]}"""
			.formatted(component);
	}

	static String timelineEntry() {
		return """
				{"kind": "observation", "body": "Search p99 at **4s** since the deploy", "occurredAt": "2026-11-24T10:00:00Z"}""";
	}

	static String statusIncident(String component) {
		return """
				{"name": "Elevated checkout errors", "status": "investigating", "impactOverride": "major",
				 "body": "We are **looking** into failed payments.", "components": {"%s": "major_outage"},
				 "componentIds": ["%s"], "deliverNotifications": false}""".formatted(component, component);
	}

	static String pageSettings() {
		return """
				{"name": "Fuzz status", "publicUrl": "https://status.example.com", "timeZone": "Europe/Berlin",
				 "visibility": "public", "accentColor": "#0055aa", "logoUrl": "https://example.com/logo.png",
				 "footerLinks": [{"label": "Docs", "url": "https://docs.example.com"},
				  {"label": "Support", "url": "https://example.com/support"}]}""";
	}

	/** The compatible manage API, as a script for the hosted product sends it. */
	static String compatIncident(String component) {
		return """
				{"incident": {"name": "Checkout errors", "status": "investigating", "impact_override": "major",
				  "body": "We are seeing failed payments.", "component_ids": ["%s"],
				  "components": {"%s": "major_outage"}, "deliver_notifications": false,
				  "metadata": {"jira": {"issue_id": "OPS-1"}}}}""".formatted(component, component);
	}

	static String compatComponent() {
		return """
				{"component": {"description": "Public REST API", "status": "partial_outage", "name": "API",
				 "only_show_if_degraded": false, "showcase": true, "start_date": "2024-01-01"}}""";
	}

	static String languageReview() {
		return """
				{"text": "Timeline is below. Priya forgot to renew the certificate; the root cause was the expiry.",
				 "people": ["Priya"]}""";
	}

	static Map<String, String> searchParameters() {
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put("q", "checkout latency");
		parameters.put("type", "incident,timeline_entry");
		parameters.put("severity", "sev2");
		parameters.put("component", "checkout");
		parameters.put("factorType", "technical");
		parameters.put("status", "resolved");
		parameters.put("from", "2026-11-01");
		parameters.put("to", "2026-11-30T23:59:59Z");
		parameters.put("page", "0");
		parameters.put("size", "20");
		return parameters;
	}

}
