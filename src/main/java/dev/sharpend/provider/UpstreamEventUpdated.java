package dev.sharpend.provider;

import java.time.Instant;

import org.springframework.modulith.NamedInterface;

/**
 * A provider's open, under way or scheduled incident or maintenance changed: a new
 * update, another state or impact, other components, or (for a maintenance) other planned
 * times. Published when the read is stored.
 *
 * @param provider the provider
 * @param providerName its name
 * @param event the incident or maintenance as it is now
 * @param at when the change was read
 */
@NamedInterface("api")
public record UpstreamEventUpdated(ProviderId provider, String providerName, WatchedEvent event, Instant at) {
}
