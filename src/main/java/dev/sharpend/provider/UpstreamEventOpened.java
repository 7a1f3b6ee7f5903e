package dev.sharpend.provider;

import java.time.Instant;

import org.springframework.modulith.NamedInterface;

/**
 * Sharpend read, for the first time, an incident a provider has open or a maintenance it
 * has scheduled or under way. Published when the read is stored.
 *
 * @param provider the provider
 * @param providerName its name
 * @param event the incident or maintenance
 * @param at when it was read
 */
@NamedInterface("api")
public record UpstreamEventOpened(ProviderId provider, String providerName, WatchedEvent event, Instant at) {
}
