package dev.sharpend.provider;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import dev.sharpend.provider.upstream.UpstreamStatus;

import org.springframework.modulith.NamedInterface;

/**
 * A read of a provider's page changed its status as a whole or the status of any of its
 * components; a page that could not be read turns both to {@link UpstreamStatus#UNKNOWN
 * unknown}. Published when the read is stored.
 *
 * @param provider the provider
 * @param providerName its name
 * @param from its status as a whole before
 * @param to its status as a whole now (may equal {@code from} when only components
 * changed)
 * @param components the components whose status changed
 * @param activeIncidentTitle the title of its most severe open incident, null when none
 * @param at when the change was read
 */
@NamedInterface("api")
public record UpstreamStatusChanged(ProviderId provider, String providerName, UpstreamStatus from, UpstreamStatus to,
		List<UpstreamComponentChange> components, @Nullable String activeIncidentTitle, Instant at) {

	public UpstreamStatusChanged {
		components = List.copyOf(components);
	}

}
