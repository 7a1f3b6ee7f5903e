package dev.sharpend.provider.upstream;

import dev.sharpend.system.WireCode;

import org.springframework.modulith.NamedInterface;

/** The status page formats Sharpend reads, each by its own adapter. */
@NamedInterface("api")
public enum StatusFormat implements WireCode {

	/**
	 * Atlassian Statuspage public API v2 ({@code /api/v2/summary.json} and its siblings),
	 * also the compatibility shim incident.io pages serve.
	 */
	STATUSPAGE("statuspage", "Atlassian Statuspage v2"),

	/** incident.io pages read through {@code /proxy/<host>} and its incident history. */
	INCIDENT_IO("incident_io", "incident.io"),

	/** Instatus pages ({@code /summary.json}, {@code /v3/components.json}). */
	INSTATUS("instatus", "Instatus"),

	/** Better Stack (formerly Better Uptime) pages ({@code /index.json}). */
	BETTER_STACK("better_stack", "Better Stack"),

	/**
	 * Cachet 2 API ({@code /api/v1/components}, {@code incidents}, {@code schedules}).
	 */
	CACHET_2("cachet_2", "Cachet 2"),

	/**
	 * Cachet 3 JSON:API ({@code /api/components}, {@code incidents}, {@code schedules}).
	 */
	CACHET_3("cachet_3", "Cachet 3"),

	/** Google Cloud (and Google Workspace) {@code incidents.json}. */
	GOOGLE_CLOUD("google_cloud", "Google Cloud incidents"),

	/** AWS Health Dashboard RSS feeds. */
	AWS_RSS("aws_rss", "AWS Health RSS"),

	/** Azure status RSS feed. */
	AZURE_RSS("azure_rss", "Azure status RSS"),

	/** Slack status API v2.0.0 ({@code /api/v2.0.0/current}). */
	SLACK("slack", "Slack status API"),

	/** Any RSS or Atom feed, such as a page's incident history feed; the fallback. */
	FEED("feed", "RSS or Atom feed");

	private final String code;

	private final String label;

	StatusFormat(String code, String label) {
		this.code = code;
		this.label = label;
	}

	@Override
	public String code() {
		return this.code;
	}

	/** The format's name as people know it. */
	public String label() {
		return this.label;
	}

}
