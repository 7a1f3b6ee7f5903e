-- wrk script: POSTs batches of 100 realistic alerts.
--   wrk ... -s alerts.lua URL -- <format> <mode>
--   format: webhook (Alertmanager webhook v4, to Sharpend) or v2 (Alertmanager's /api/v2/alerts)
--   mode:   resend (the same 100 alerts every time) or unique (new alerts in every batch)
local format, mode = "webhook", "resend"
local thread_count = 0
local BATCH = 100
local STARTS = "2026-11-24T08:00:00Z"
local services = { "checkout", "payments", "search", "catalog", "accounts" }
local names = { "HighRequestLatency", "HighErrorRate", "PodCrashLooping", "DiskWillFillIn4Hours", "TargetDown" }

function setup(thread)
	thread:set("tid", thread_count)
	thread_count = thread_count + 1
end

local function alert(i, batch)
	local service = services[(i % #services) + 1]
	local name = names[(math.floor(i / #services) % #names) + 1]
	local instance = string.format("node-%d-%d-%d:9100", tid or 0, batch, i)
	local fingerprint = string.format("%04x%06x%06x", tid or 0, batch % 0x1000000, i)
	local labels = string.format(
		'{"alertname":"%s","job":"%s","service":"%s","instance":"%s","namespace":"prod",'
			.. '"cluster":"eu-west-1","severity":"%s","team":"sre"}',
		name, service, service, instance, (i % 3 == 0) and "critical" or "warning")
	local annotations = string.format(
		'{"summary":"%s on %s","description":"%s has been above its threshold for 5 minutes on %s.",'
			.. '"runbook_url":"https://runbooks.example.com/%s"}',
		name, instance, name, instance, name)
	local generator = "http://prometheus.example.com:9090/graph?g0.expr=up%7Bjob%3D%22" .. service .. "%22%7D"
	if format == "v2" then
		return string.format('{"labels":%s,"annotations":%s,"startsAt":"%s","generatorURL":"%s"}',
			labels, annotations, STARTS, generator)
	end
	return string.format('{"status":"firing","labels":%s,"annotations":%s,"startsAt":"%s",'
		.. '"endsAt":"0001-01-01T00:00:00Z","generatorURL":"%s","fingerprint":"%s"}',
		labels, annotations, STARTS, generator, fingerprint)
end

local function body(batch)
	local alerts = {}
	for i = 0, BATCH - 1 do
		alerts[#alerts + 1] = alert(i, batch)
	end
	local list = "[" .. table.concat(alerts, ",") .. "]"
	if format == "v2" then
		return list
	end
	return '{"version":"4","groupKey":"{}:{alertname=\\"bench\\"}","truncatedAlerts":0,"status":"firing",'
		.. '"receiver":"sharpend","groupLabels":{},"commonLabels":{"namespace":"prod"},"commonAnnotations":{},'
		.. '"externalURL":"http://alertmanager.example.com:9093","alerts":' .. list .. '}'
end

local fixed
local counter = 0

function init(args)
	format = args[1] or format
	mode = args[2] or mode
	wrk.method = "POST"
	wrk.headers["Content-Type"] = "application/json"
	fixed = wrk.format(nil, nil, nil, body(0))
end

function request()
	if mode == "unique" then
		counter = counter + 1
		return wrk.format(nil, nil, nil, body(counter))
	end
	return fixed
end

function done(summary, latency, requests)
	io.write(string.format("alerts/s %.1f\n", summary.requests * BATCH / (summary.duration / 1e6)))
end
