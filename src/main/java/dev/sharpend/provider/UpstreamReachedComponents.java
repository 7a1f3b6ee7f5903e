package dev.sharpend.provider;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import dev.sharpend.catalog.ComponentId;
import dev.sharpend.provider.upstream.UpstreamStatus;

import org.springframework.modulith.NamedInterface;

/**
 * A provider's component changed status, and our components mapped to it are affected:
 * open incidents on those components record it.
 *
 * @param provider the provider's name
 * @param upstreamComponent its component, as its page names it
 * @param from the status it had
 * @param to the status it has now
 * @param incident the title of the provider's open incident, null for none
 * @param components our components mapped to it
 * @param at when Sharpend read the change
 */
@NamedInterface("api")
public record UpstreamReachedComponents(String provider, String upstreamComponent, UpstreamStatus from,
		UpstreamStatus to, @Nullable String incident, List<ComponentId> components, Instant at) {

	public UpstreamReachedComponents {
		components = List.copyOf(components);
	}

	/**
	 * One line as a timeline shows it, such as {@code Heroku: Postgres is partial outage
	 * (was operational); upstream incident "Elevated error rates".}
	 */
	public String describe() {
		StringBuilder text = new StringBuilder("Upstream: ").append(this.provider)
			.append(" · ")
			.append(this.upstreamComponent)
			.append(" is ")
			.append(this.to.label().toLowerCase(Locale.ROOT))
			.append(" (was ")
			.append(this.from.label().toLowerCase(Locale.ROOT))
			.append(')');
		if (this.incident != null && this.to != UpstreamStatus.OPERATIONAL) {
			text.append("; upstream incident \"").append(this.incident).append('"');
		}
		return text.append('.').toString();
	}

}
