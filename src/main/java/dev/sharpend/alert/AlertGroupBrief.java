package dev.sharpend.alert;

import java.util.List;

import org.springframework.modulith.NamedInterface;

/**
 * What responders start from when they take an alert group on.
 *
 * @param group the group's id
 * @param rule the group's alert rule in words, such as {@code HighLatency (job=api)}: the
 * same for every firing of the rule, unlike an alert's summary, which often names one
 * instance; the grouping labels when the group holds several rules
 * @param severities the distinct {@code severity} labels of its alerts, firing ones first
 * @param links the http(s) links in its alerts' annotations (such as
 * {@code runbook_url}), each once
 */
@NamedInterface("api")
public record AlertGroupBrief(long group, String rule, List<String> severities, List<Link> links) {

	/**
	 * A link an alert carries.
	 *
	 * @param name the annotation it came from, such as {@code runbook_url}
	 * @param url the address, http or https only
	 */
	public record Link(String name, String url) {
	}

}
