package dev.sharpend.provider;

import java.time.Instant;

import org.springframework.modulith.NamedInterface;

/**
 * A provider's incident or maintenance Sharpend had read as open, under way or scheduled
 * is over: the page says it is resolved or completed, or no longer lists it (then its end
 * is the time of that read). Published when the read is stored.
 *
 * @param provider the provider
 * @param providerName its name
 * @param event the incident or maintenance as it ended
 * @param at when its end was read
 */
@NamedInterface("api")
public record UpstreamEventResolved(ProviderId provider, String providerName, WatchedEvent event, Instant at) {
}
