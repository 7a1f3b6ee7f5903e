package dev.sharpend.provider;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;

/**
 * A scheduled maintenance a provider announced, touching components of ours, is about to
 * start, and the people who keep the provider register are to be reminded of it.
 * Published once per maintenance and planned start across the cluster.
 *
 * @param provider the provider's name
 * @param title the maintenance's title
 * @param startsAt when it is planned to start
 * @param endsAt when it is planned to end, null when not announced
 * @param components the names of our components it touches
 * @param url where the provider describes it, null when its page gives no link
 * @param recipients the e-mail addresses of the people to remind
 */
@NamedInterface("api")
public record UpstreamMaintenanceDue(String provider, String title, Instant startsAt, @Nullable Instant endsAt,
		List<String> components, @Nullable String url, List<String> recipients) {

	public UpstreamMaintenanceDue {
		components = List.copyOf(components);
		recipients = List.copyOf(recipients);
	}

}
