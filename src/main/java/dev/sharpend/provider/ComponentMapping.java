package dev.sharpend.provider;

import java.util.Optional;

import dev.sharpend.catalog.ComponentId;
import dev.sharpend.catalog.ComponentStatus;
import dev.sharpend.provider.upstream.UpstreamStatus;

import org.springframework.modulith.NamedInterface;

/**
 * One of a provider's components mapped to one of ours.
 *
 * @param provider the provider
 * @param upstreamComponent the provider's component, by the name its page shows
 * @param component our component
 * @param rule a note only, or an automatic status as well
 * @param cap the worst status the rule may give our component
 */
@NamedInterface("api")
public record ComponentMapping(ProviderId provider, String upstreamComponent, ComponentId component, MappingRule rule,
		ComponentStatus cap) {

	/** The cap when a team names none: a partial outage, short of declaring ours down. */
	public static final ComponentStatus DEFAULT_CAP = ComponentStatus.PARTIAL_OUTAGE;

	/**
	 * The status this mapping gives our component while the provider's component has
	 * {@code upstream}: none for a note, nor while the provider is operational, in
	 * maintenance or cannot be read (an unreadable page proves no outage); otherwise the
	 * matching status, never worse than the cap.
	 */
	public Optional<ComponentStatus> statusFor(UpstreamStatus upstream) {
		if (this.rule != MappingRule.DEGRADE) {
			return Optional.empty();
		}
		ComponentStatus matching = switch (upstream) {
			case DEGRADED -> ComponentStatus.DEGRADED_PERFORMANCE;
			case PARTIAL_OUTAGE -> ComponentStatus.PARTIAL_OUTAGE;
			case MAJOR_OUTAGE -> ComponentStatus.MAJOR_OUTAGE;
			case OPERATIONAL, MAINTENANCE, UNKNOWN -> null;
		};
		if (matching == null) {
			return Optional.empty();
		}
		return Optional.of((matching.severity() > this.cap.severity()) ? this.cap : matching);
	}

}
