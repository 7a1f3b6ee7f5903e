package dev.sharpend.provider;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What follows a change read on a provider's page, after the read is stored: its status
 * history for reports, the open incidents on our mapped components told, and the
 * components' automatic statuses brought in line. Runs as a reaction of its own, so a
 * failure here never loses a read and is retried.
 */
@Component
class UpstreamFollowing {

	private final ProviderReportRepository history;

	private final ComponentMappings mappings;

	UpstreamFollowing(ProviderReportRepository history, ComponentMappings mappings) {
		this.history = history;
		this.mappings = mappings;
	}

	@ApplicationModuleListener
	void on(UpstreamStatusChanged changed) {
		if (changed.from() != changed.to()) {
			this.history.changeStatus(changed.provider(), changed.to(), changed.at());
		}
		for (UpstreamComponentChange c : changed.components()) {
			this.mappings.announce(changed.provider(), c.name(), c.from(), c.to(), changed.activeIncidentTitle(),
					changed.at());
		}
		this.mappings.followProvider(changed.provider());
	}

}
